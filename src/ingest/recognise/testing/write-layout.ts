import { FORMATS } from "../../../domain/report/format/index.ts";
import type { Cell, ReportModel } from "../../../domain/report/model.ts";

/**
 * Test-only: a report printed as text in the layout of a web page copied as text (the zunhuadian
 * fixture): one array of cells per line, tab-separated when joined. Each line says what it holds so
 * damage can be aimed at it.
 */
export interface LayoutLine {
  cells: string[];
  kind: "title" | "heading" | "prose" | "header" | "row" | "litigation";
  /** For table rows: the index of the first value cell. */
  firstValue?: number;
}

const show = (v: Cell): string => (v === null ? "" : String(v));

export interface LayoutOptions {
  /** Print 三、本年度办理结果 on its own line before the rows, as PDF text does, instead of in the first row. */
  resultsHeaderAlone?: boolean;
}

export function writeLayout(report: ReportModel, options: LayoutOptions = {}): LayoutLine[] {
  const format = FORMATS[report.format];
  const out: LayoutLine[] = [
    { cells: [`${report.agency ?? ""}${report.year ?? ""}年政府信息公开工作年度报告`], kind: "title" },
  ];
  const heading = (key: string) => {
    const s = format.sections.find((x) => x.key === key);
    out.push({ cells: [`${s?.number}、${s?.label}`], kind: "heading" });
    const text = report.sections.find((x) => x.key === key)?.text;
    if (text) for (const p of text.split("\n")) out.push({ cells: [p], kind: "prose" });
  };
  heading("overview");
  heading("proactive");
  for (const block of format.proactive) {
    out.push({ cells: [block.item], kind: "header" });
    out.push({ cells: [block.contentLabel, ...block.columns.map((c) => c.label)], kind: "header" });
    for (const row of block.rows) {
      const values = block.columns.map((c) => show(report.tables.proactive[row.key]?.[c.key] ?? null));
      out.push({ cells: [row.label, ...values], kind: "row", firstValue: 1 });
    }
  }
  heading("applications");
  const app = format.applications;
  out.push({ cells: [app.corner, "", app.applicantHeader, "", "", "", "", "", "总计"], kind: "header" });
  out.push({ cells: ["", "", "自然人", app.organisationHeader], kind: "header" });
  out.push({ cells: ["", "", "", ...app.columns.slice(1, 6).map((c) => c.label)], kind: "header" });
  if (options.resultsHeaderAlone) out.push({ cells: [app.resultsHeader], kind: "header" });
  const groupSeen = new Set<string>();
  app.rows.forEach((def, i) => {
    const values = (report.tables.applications[i] ?? []).map(show);
    const label = `${def.number}${def.label}`;
    let lead: string[];
    if (def.kind === "result" && !def.group) {
      const first = i === app.rows.findIndex((r) => r.kind === "result");
      lead = [first && !options.resultsHeaderAlone ? app.resultsHeader : "", label];
    } else if (def.group) {
      const g = app.groups.find((x) => x.key === def.group);
      lead = [groupSeen.has(def.group) ? "" : `${g?.number}${g?.label}`, label];
      groupSeen.add(def.group);
    } else lead = [label, ""];
    out.push({ cells: [...lead, ...values], kind: "row", firstValue: lead.length });
  });
  heading("litigation");
  const lit = format.litigation;
  out.push({ cells: [lit.groupLabels.reconsideration, "", "", "", "", lit.suitHeader], kind: "header" });
  out.push({ cells: lit.columns.slice(0, 5).map((c) => c.label), kind: "header" });
  out.push({ cells: [lit.groupLabels.directSuit, lit.groupLabels.suitAfterReconsideration], kind: "header" });
  out.push({ cells: report.tables.litigation.map(show), kind: "litigation", firstValue: 0 });
  heading("problems");
  heading("other");
  return out;
}
