import { parseDocument } from "htmlparser2";
import { cleanText } from "../join-text.ts";
import type { DocLine } from "../types.ts";
import { type AnyNode, BLOCK_TAGS, type Element, elementChildren, isElement, NOISE_TAGS } from "./dom.ts";
import { findContent } from "./find-content.ts";
import { cellText, isLayoutTable, tableGrid, tableRows } from "./table-grid.ts";
import { trimPageChrome } from "./trim-chrome.ts";

export interface HtmlLinesOptions {
  /**
   * Read every element, without looking for the report inside page chrome. For HTML that is the
   * document itself (Word converted by mammoth).
   */
  wholeDocument?: boolean;
}

interface Walk {
  lines: DocLine[];
  pending: string;
  skip: ReadonlySet<Element>;
}

/**
 * A web page (or a Word document converted to HTML) → the lines of the report, in reading order:
 * one DocLine per table row (rowspan/colspan expanded, `fromTable: true`), one per heading,
 * paragraph or `<br>`-separated line of prose.
 */
export function htmlToLines(html: string, options: HtmlLinesOptions = {}): DocLine[] {
  // htmlparser2 (the parser inside cheerio) without cheerio's wrapper: one walk needs no selection
  // API, and the wrapper multiplies garbage collection per page several times over.
  const doc = parseDocument(html) as AnyNode;
  if (options.wholeDocument) {
    const walk: Walk = { lines: [], pending: "", skip: new Set() };
    visit(doc, walk);
    flush(walk);
    return walk.lines;
  }
  const content = findContent(doc);
  const walk: Walk = { lines: [], pending: "", skip: content.skip };
  visit(content.root, walk);
  flush(walk);
  return trimPageChrome(walk.lines);
}

function flush(walk: Walk): void {
  if (walk.pending === "") return;
  const text = cleanText(walk.pending);
  if (text !== "") walk.lines.push({ cells: [text], fromTable: false });
  walk.pending = "";
}

function visit(node: AnyNode, walk: Walk): void {
  if (node.type === "text") {
    walk.pending += node.data;
    return;
  }
  if (!("children" in node)) return;
  if (isElement(node)) {
    if (NOISE_TAGS.has(node.name) || walk.skip.has(node)) return;
    if (node.name === "br") {
      flush(walk);
      return;
    }
    if (node.name === "table") {
      flush(walk);
      visitTable(node, walk);
      return;
    }
  }
  const block = !isElement(node) || BLOCK_TAGS.has(node.name);
  if (block) flush(walk);
  for (const child of node.children) visit(child, walk);
  if (block) flush(walk);
}

function visitTable(table: Element, walk: Walk): void {
  for (const caption of elementChildren(table)) {
    const text = caption.name === "caption" ? cellText(caption) : "";
    if (text !== "") walk.lines.push({ cells: [text], fromTable: false });
  }
  if (isLayoutTable(table)) {
    // A frame around the page: its cells are containers to read in order, not data.
    for (const row of tableRows(table)) {
      for (const cell of elementChildren(row)) {
        if (cell.name !== "td" && cell.name !== "th") continue;
        if (walk.skip.has(cell)) continue;
        for (const child of cell.children) visit(child, walk);
        flush(walk);
      }
    }
    return;
  }
  for (const cells of tableGrid(table)) {
    if (cells.some((c) => c !== "")) walk.lines.push({ cells, fromTable: true });
  }
}
