import type {
  ApplicationRowDef,
  ProactiveBlockDef,
  ProactiveRowDef,
  ReportFormat,
} from "../../domain/report/format/index.ts";
import { type Candidate, LabelMatcher } from "./label-match.ts";
import { type LabelPart, type Numbering, type Part, parseCell } from "./line-parse.ts";

/**
 * Matchers built from the format data (never a second copy of the labels): each format's rows,
 * groups and header wording, parsed by the same code that parses documents.
 */

export type ApplicationTarget =
  | { kind: "row"; index: number; def: ApplicationRowDef }
  | { kind: "group"; key: string; label: string; items: number[] };

export interface ProactiveTarget {
  block: ProactiveBlockDef;
  row: ProactiveRowDef;
}

/** A format label parsed as a document label would be: its numbering and its CJK key. */
export function parseLabel(text: string): { key: string; numbering: Numbering | null } {
  const parts: Part[] = [];
  parseCell(text, parts);
  const labels = parts.filter((p): p is LabelPart => p.kind === "label");
  return { key: labels.map((l) => l.key).join(""), numbering: labels[0]?.numbering ?? null };
}

const applicationMatchers = new WeakMap<ReportFormat, LabelMatcher<ApplicationTarget>>();

export function applicationMatcher(format: ReportFormat): LabelMatcher<ApplicationTarget> {
  const known = applicationMatchers.get(format);
  if (known) return known;
  const app = format.applications;
  const candidates: Candidate<ApplicationTarget>[] = [];
  app.rows.forEach((def, index) => {
    candidates.push({ ...parseLabel(`${def.number}${def.label}`), target: { kind: "row", index, def } });
  });
  for (const g of app.groups) {
    const items = app.rows.flatMap((r, i) => (r.group === g.key ? [i] : []));
    candidates.push({
      ...parseLabel(`${g.number}${g.label}`),
      target: { kind: "group", key: g.key, label: g.label, items },
    });
  }
  const headers = [
    app.corner,
    app.applicantHeader,
    app.organisationHeader,
    app.resultsHeader,
    ...app.columns.map((c) => c.label),
  ];
  const matcher = new LabelMatcher(
    candidates,
    headers.map((h) => parseLabel(h).key),
    true,
  );
  applicationMatchers.set(format, matcher);
  return matcher;
}

const proactiveMatchers = new WeakMap<ReportFormat, LabelMatcher<ProactiveTarget>>();

export function proactiveMatcher(format: ReportFormat): LabelMatcher<ProactiveTarget> {
  const known = proactiveMatchers.get(format);
  if (known) return known;
  const candidates: Candidate<ProactiveTarget>[] = [];
  const headers: string[] = [];
  for (const block of format.proactive) {
    for (const row of block.rows)
      candidates.push({ key: parseLabel(row.label).key, numbering: null, target: { block, row } });
    headers.push(
      parseLabel(block.item).key,
      parseLabel(block.contentLabel).key,
      ...block.columns.map((c) => parseLabel(c.label).key),
    );
  }
  const matcher = new LabelMatcher(candidates, headers, false);
  proactiveMatchers.set(format, matcher);
  return matcher;
}
