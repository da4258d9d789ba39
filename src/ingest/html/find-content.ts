import { cleanText } from "../join-text.ts";
import { type AnyNode, commonAncestor, type Element, isElement, NOISE_TAGS, rawText } from "./dom.ts";
import { isLayoutTable, tableGrid } from "./table-grid.ts";

/**
 * Finding the report inside a saved web page. A government site wraps the report in navigation,
 * banners, breadcrumbs, a sidebar of links, "相关链接" and a footer; the report itself is the part that
 * holds its tables, its numbered section headings and its title. Those are the anchors: the report
 * is their deepest common container, and chrome inside it (link lists, nav/footer elements, share
 * bars) is skipped while walking.
 */

/** A report title: 「…年政府信息公开工作年度报告」, 「…年度政府信息公开工作报告」, 「…政务公开年报」. */
const isTitleText = (t: string): boolean =>
  /(信息公开|政务公开)/.test(t) && /(报告|年报)/.test(t) && /年/.test(t) && !t.startsWith("本报告");
const SECTION_HEADING =
  /^[一二三四五六][、.．]\s*(总体情况|主动公开|收到和处理|政府信息公开行政复议|因政府信息公开|存在的主要问题|政府信息公开工作存在|其他需要报告)/;
const CHROME_NAME =
  /(^|[-_\s])(nav|navbar|menu|breadcrumbs?|crumbs?|sidebar|side|left|right|footer|foot|share|related|relate|xgl?j|pager|toolbar|tools|login|search|banner|topbar|top|header|head|copyright|bottom)([-_\s\d]|$)/i;
const CHROME_TAGS = new Set(["nav", "aside", "footer", "header", "form"]);

export interface PageContent {
  /** The container to read: the report's deepest common ancestor, or the whole document. */
  root: AnyNode;
  /** Elements below `root` that are page chrome and must not be read. */
  skip: Set<Element>;
  /** The element holding the report title, if one was seen. */
  title: Element | null;
}

/** Running totals of one pass, reused for every element (no allocation per node). */
interface Pass {
  anchors: Element[];
  titles: Element[];
  /** Elements that look like chrome, to be skipped unless they hold the chosen title. */
  chrome: Element[];
  text: number;
  link: number;
  links: number;
  anchor: boolean;
  /** Words seen in the text below: TITLE_WORD, SECTION_WORD bits. Only then is the text assembled. */
  words: number;
}

const TITLE_WORD = 1;
const SECTION_WORD = 2;
const SECTION_WORDS = /总体情况|主动公开|收到和处理|行政复议|存在的主要问题|其他需要报告/;
const wordsOf = (t: string): number =>
  (t.includes("报告") || t.includes("年报") ? TITLE_WORD : 0) | (SECTION_WORDS.test(t) ? SECTION_WORD : 0);

/** Finds the report container of a parsed page and the chrome inside it. */
export function findContent(doc: AnyNode): PageContent {
  const pass: Pass = {
    anchors: [],
    titles: [],
    chrome: [],
    text: 0,
    link: 0,
    links: 0,
    anchor: false,
    words: 0,
  };
  collect(doc, pass, false);
  const { anchors, titles } = pass;
  const anchorRoot = commonAncestor(anchors);
  const title = nearestTitle(titles, anchorRoot);
  const root = commonAncestor([...anchors, ...(title ? [title] : [])]) ?? doc;
  const keep = new Set<AnyNode>();
  for (let n: AnyNode | null = title; n; n = n.parent) keep.add(n);
  return { root, skip: new Set(pass.chrome.filter((el) => !keep.has(el))), title };
}

function isChrome(el: Element, text: number, link: number, links: number): boolean {
  if (CHROME_TAGS.has(el.name)) return true;
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if ((cls && CHROME_NAME.test(cls)) || (id && CHROME_NAME.test(id))) return true;
  // A block that is mostly link text: menus, "相关链接" lists, pagers. One link in a paragraph (an
  // e-mail address, an attachment) is content.
  return links >= 2 && link / text > 0.5;
}

/**
 * One post-order pass: per-element text and link-text lengths (kept in `pass` while the element's
 * subtree is visited), data tables, section headings, title candidates and chrome.
 */
function collect(node: AnyNode, pass: Pass, inLink: boolean): void {
  if (node.type === "text") {
    // Length without the surrounding white space: close enough for lengths and link density.
    const n = node.data.trim().length;
    pass.text += n;
    if (inLink) pass.link += n;
    else if (n > 1) pass.words |= wordsOf(node.data);
    return;
  }
  if (!("children" in node)) return;
  const el = isElement(node) ? node : null;
  if (el && NOISE_TAGS.has(el.name)) return;
  const linkHere = inLink || el?.name === "a";
  // Totals of the enclosing element so far; this element's own totals accumulate from zero.
  const outer = {
    text: pass.text,
    link: pass.link,
    links: pass.links,
    anchor: pass.anchor,
    words: pass.words,
  };
  pass.text = 0;
  pass.link = 0;
  pass.links = 0;
  pass.anchor = false;
  pass.words = 0;
  const titlesBefore = pass.titles.length;
  for (const child of node.children) collect(child, pass, linkHere);
  if (el) {
    if (el.name === "a") pass.links++;
    if (!pass.anchor && isAnchor(el, pass.text, pass.words, linkHere)) {
      pass.anchors.push(el);
      pass.anchor = true;
    }
    // Titles are the deepest matching elements: an element whose descendant already matched is not one.
    if (
      !linkHere &&
      pass.titles.length === titlesBefore &&
      pass.text >= 8 &&
      pass.text <= 80 &&
      (pass.words & TITLE_WORD) !== 0 &&
      el.name !== "table" &&
      isTitleText(cleanText(rawText(el)))
    ) {
      pass.titles.push(el);
    }
    if (!pass.anchor && isChrome(el, pass.text, pass.link, pass.links)) pass.chrome.push(el);
  }
  pass.text += outer.text;
  pass.link += outer.link;
  pass.links += outer.links;
  pass.anchor ||= outer.anchor;
  pass.words |= outer.words;
}

function isAnchor(el: Element, text: number, words: number, inLink: boolean): boolean {
  if (inLink) return false;
  if (el.name === "table") return isDataTable(el);
  if (text > 40 || text < 4 || (words & SECTION_WORD) === 0) return false;
  return SECTION_HEADING.test(cleanText(rawText(el)));
}

/** A table with at least four cells that are plain numbers, not one that lays out the page. */
function isDataTable(table: Element): boolean {
  if (isLayoutTable(table)) return false;
  let numbers = 0;
  for (const row of tableGrid(table)) for (const cell of row) if (/^[\d０-９.,，]+$/.test(cell)) numbers++;
  return numbers >= 4;
}

/** The title element that shares the deepest container with the report's anchors. */
function nearestTitle(titles: readonly Element[], anchorRoot: AnyNode | null): Element | null {
  if (!anchorRoot) return titles[0] ?? null;
  let best: Element | null = null;
  let bestDepth = -1;
  for (const t of titles) {
    const depth = depthOf(commonAncestor([t, anchorRoot]));
    if (depth > bestDepth) {
      best = t;
      bestDepth = depth;
    }
  }
  return best;
}

function depthOf(node: AnyNode | null): number {
  let d = 0;
  for (let n = node; n; n = n.parent) d++;
  return d;
}
