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

interface Stats {
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
  const anchors: Element[] = [];
  const titles: Element[] = [];
  const stats = new Map<Element, Stats>();
  collect(doc, anchors, titles, stats, false);

  const anchorRoot = commonAncestor(anchors);
  const title = nearestTitle(titles, anchorRoot);
  const root = commonAncestor([...anchors, ...(title ? [title] : [])]) ?? doc;
  const keep = new Set<AnyNode>();
  for (let n: AnyNode | null = title; n; n = n.parent) keep.add(n);
  const skip = new Set<Element>();
  for (const [el, s] of stats) {
    if (s.anchor || keep.has(el)) continue;
    if (isChrome(el, s)) skip.add(el);
  }
  return { root, skip, title };
}

function isChrome(el: Element, s: Stats): boolean {
  if (CHROME_TAGS.has(el.name)) return true;
  const name = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`;
  if (name.trim() !== "" && CHROME_NAME.test(name)) return true;
  // A block that is mostly link text: menus, "相关链接" lists, pagers. One link in a paragraph (an
  // e-mail address, an attachment) is content.
  return s.links >= 2 && s.link / s.text > 0.5;
}

/** One pass: per-element text and link-text lengths, data tables, section headings, title elements. */
function collect(
  node: AnyNode,
  anchors: Element[],
  titles: Element[],
  stats: Map<Element, Stats>,
  inLink: boolean,
): Stats {
  if (node.type === "text") {
    // Length without the surrounding white space: close enough for lengths and link density.
    const n = node.data.trim().length;
    return { text: n, link: inLink ? n : 0, links: 0, anchor: false, words: inLink ? 0 : wordsOf(node.data) };
  }
  const total: Stats = { text: 0, link: 0, links: 0, anchor: false, words: 0 };
  if (!("children" in node)) return total;
  if (isElement(node) && NOISE_TAGS.has(node.name)) return total;
  const el = isElement(node) ? node : null;
  const linkHere = inLink || el?.name === "a";
  const titlesBefore = titles.length;
  for (const child of node.children) {
    const s = collect(child, anchors, titles, stats, linkHere);
    total.text += s.text;
    total.link += s.link;
    total.links += s.links;
    total.anchor ||= s.anchor;
    total.words |= s.words;
  }
  if (!el) return total;
  if (el.name === "a") total.links++;
  if (!total.anchor && isAnchor(el, total, linkHere)) {
    anchors.push(el);
    total.anchor = true;
  }
  // Titles are the deepest matching elements: an element whose descendant already matched is not one.
  if (
    !linkHere &&
    titles.length === titlesBefore &&
    total.text >= 8 &&
    total.text <= 80 &&
    (total.words & TITLE_WORD) !== 0 &&
    el.name !== "table"
  ) {
    if (isTitleText(cleanText(rawText(el)))) titles.push(el);
  }
  stats.set(el, total);
  return total;
}

function isAnchor(el: Element, s: Stats, inLink: boolean): boolean {
  if (inLink) return false;
  if (el.name === "table") return isDataTable(el);
  if (s.text > 40 || s.text < 4 || (s.words & SECTION_WORD) === 0) return false;
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
