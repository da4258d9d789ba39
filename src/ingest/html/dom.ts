import type { AnyNode, Element } from "domhandler";

/**
 * Small helpers over the parsed tree (domhandler nodes as cheerio/htmlparser2 build them). The HTML
 * reader walks nodes directly instead of through cheerio selections: one pass over a 60 KB page is
 * what keeps reading at thousands of pages per second.
 */
export type { AnyNode, Element };

export const isElement = (node: AnyNode): node is Element =>
  node.type === "tag" || node.type === "script" || node.type === "style";

/** Elements whose content is never part of a report's text. */
export const NOISE_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "svg",
  "canvas",
  "object",
  "embed",
  "head",
  "title",
  "meta",
  "link",
  "button",
  "select",
  "option",
  "input",
  "textarea",
  "map",
  "audio",
  "video",
]);

/** Elements that start and end a line of text. */
export const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "center",
  "dd",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "html",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
  "caption",
]);

/** Element children of a node. */
export function elementChildren(node: AnyNode): Element[] {
  if (!("children" in node)) return [];
  return node.children.filter(isElement);
}

/** All text below a node, raw (white space as in the source). */
export function rawText(node: AnyNode): string {
  if (node.type === "text") return node.data;
  if (!("children" in node)) return "";
  if (isElement(node) && NOISE_TAGS.has(node.name)) return "";
  let s = "";
  for (const child of node.children) s += rawText(child);
  return s;
}

/** Whether `ancestor` is `node` or one of its ancestors. */
export function contains(ancestor: AnyNode, node: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** Deepest node containing all `nodes` (the nodes themselves included). */
export function commonAncestor(nodes: readonly AnyNode[]): AnyNode | null {
  const [first, ...rest] = nodes;
  if (!first) return null;
  let candidate: AnyNode | null = first;
  while (candidate && !rest.every((n) => contains(candidate as AnyNode, n))) candidate = candidate.parent;
  return candidate;
}
