import type { ReportFormat, SectionKey } from "../../domain/report/format/index.ts";
import type { ParsedDoc } from "./doc.ts";
import { applicationMatcher, proactiveMatcher } from "./format-labels.ts";
import type { ParsedLine } from "./line-parse.ts";
import type { SectionHeading } from "./sections.ts";
import { prose } from "./sections.ts";

export interface TableRegions {
  proactive: ParsedLine[] | null;
  applications: ParsedLine[] | null;
  litigation: ParsedLine[] | null;
}

type TableKey = keyof TableRegions;

/** Where a table starts when its heading is missing: wording only that table prints. */
const ANCHORS: Record<TableKey, (key: string) => boolean> = {
  proactive: (k) => k.includes("第二十条第"),
  applications: (k) => k.includes("本列数据的勾稽关系") || k.includes("本年新收政府信息公开申请"),
  litigation: (k) => k.startsWith("行政复议") || k.includes("未经复议直接起诉"),
};

function anchorLine(doc: ParsedDoc, table: TableKey, from: number): number {
  for (let i = from; i < doc.length; i++) {
    // Anchor wording sits in short header lines, never in long prose.
    if ((doc.texts[i] as string).length > 80) continue;
    for (const p of doc.line(i).parts) if (p.kind === "label" && ANCHORS[table](p.key)) return i;
  }
  return -1;
}

/**
 * The lines of each table: from its section heading to the next heading, or — where the heading
 * is missing or unrecognisable — from the first line only that table prints.
 */
export function regions(doc: ParsedDoc, headings: SectionHeading[]): TableRegions {
  const starts: { key: SectionKey; start: number }[] = headings.map((h) => ({
    key: h.key,
    start: h.line + 1,
  }));
  let from = 0;
  for (const table of ["proactive", "applications", "litigation"] as const) {
    const heading = starts.find((s) => s.key === table);
    if (heading) {
      from = heading.start;
      continue;
    }
    const at = anchorLine(doc, table, from);
    if (at >= 0) {
      starts.push({ key: table, start: at });
      from = at + 1;
    }
  }
  starts.sort((a, b) => a.start - b.start);
  const region = (table: TableKey): ParsedLine[] | null => {
    const i = starts.findIndex((s) => s.key === table);
    if (i < 0) return null;
    const start = (starts[i] as { start: number }).start;
    const end = starts[i + 1]?.start ?? doc.length + 1;
    // The next region starts after its heading line: stop before the heading.
    const next = starts[i + 1];
    const stop = next && headings.some((h) => h.key === next.key) ? end - 1 : end;
    return doc.slice(start, stop);
  };
  return {
    proactive: region("proactive"),
    applications: region("applications"),
    litigation: region("litigation"),
  };
}

const SENTENCE = /[。，；]/;

/** The prose around a table: sentences before its first line and after its last, table wording excluded. */
export function tableProse(body: ParsedLine[], key: SectionKey, format: ReportFormat): string {
  const matcher =
    key === "applications"
      ? applicationMatcher(format)
      : key === "proactive"
        ? proactiveMatcher(format)
        : null;
  const isTableLine = (l: ParsedLine): boolean =>
    l.cellular ||
    l.parts.some((p) => {
      if (p.kind === "value") return true;
      if (!matcher) return false;
      const m = matcher.match(p);
      return m.target !== null || m.header;
    });
  let first = body.findIndex(isTableLine);
  if (first < 0) first = body.length;
  let last = body.length - 1;
  while (last >= first && !isTableLine(body[last] as ParsedLine)) last--;
  const texts: string[] = [];
  body.forEach((l, i) => {
    if ((i < first || i > last) && SENTENCE.test(l.text)) texts.push(l.text);
  });
  return prose(texts);
}
