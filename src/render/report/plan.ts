import type { TableKey } from "../../domain/report/finding.ts";
import { FORMATS, type SectionKey } from "../../domain/report/format/index.ts";
import { type ReportModel, reportTitle } from "../../domain/report/model.ts";
import { formatChineseDate } from "./format-cell.ts";
import { type Grid, reportGrids } from "./grid/index.ts";

export interface PlannedSection {
  heading: string;
  paragraphs: string[];
  /** The table printed after the section's prose, if the section carries one. */
  table: Grid | null;
}

/** A report reduced to what every output prints, in order. */
export interface ReportPlan {
  title: string;
  /**
   * The title cut where a line may break without splitting a phrase (GB/T 9704 §7.2.3: 词意完整):
   * before the year, so 「某某县人民政府办公室」「2023年政府信息公开工作年度报告」. Joined, they are `title`.
   */
  titleParts: string[];
  preamble: string[];
  sections: PlannedSection[];
  /** The agency and date under the last section, when known. */
  signature: { signer: string | null; date: string | null } | null;
}

const TABLE_OF_SECTION: Partial<Record<SectionKey, TableKey>> = {
  proactive: "proactive",
  applications: "applications",
  litigation: "litigation",
};

/** Prose as paragraphs: one per line, trimmed (leading 　　 indentation is the renderer's job), blanks dropped. */
export function paragraphs(text: string): string[] {
  return text
    .split("\n")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** A title cut before its year (「…2023年政府信息公开工作年度报告」), or whole when it has none. */
export function titleParts(title: string): string[] {
  const year = title.search(/\d{4}\s*年/);
  return year > 0 ? [title.slice(0, year), title.slice(year)] : [title];
}

/**
 * What to print, in order. Each table goes under the first section recognised as its section; a
 * table whose section the model lacks gets that section's official heading at its official place,
 * so no number is ever left out of the output.
 */
export function reportPlan(report: ReportModel): ReportPlan {
  const format = FORMATS[report.format];
  const grids = reportGrids(report);
  const order = (key: SectionKey | null) => format.sections.findIndex((s) => s.key === key);
  const placed = new Set<TableKey>();
  const sections: PlannedSection[] = report.sections.map((s) => {
    const tableKey = s.key ? TABLE_OF_SECTION[s.key] : undefined;
    const table = tableKey && !placed.has(tableKey) ? grids[tableKey] : null;
    if (tableKey) placed.add(tableKey);
    return { heading: s.heading, paragraphs: paragraphs(s.text), table };
  });
  const keys = report.sections.map((s) => s.key);
  for (const def of format.sections) {
    const tableKey = TABLE_OF_SECTION[def.key];
    if (!tableKey || placed.has(tableKey)) continue;
    let at = 0;
    keys.forEach((k, i) => {
      if (k !== null && order(k) < order(def.key)) at = i + 1;
    });
    sections.splice(at, 0, {
      heading: `${def.number}、${def.label}`,
      paragraphs: [],
      table: grids[tableKey],
    });
    keys.splice(at, 0, def.key);
    placed.add(tableKey);
  }
  const signature =
    report.agency !== null || report.publishDate !== null
      ? {
          signer: report.agency,
          date: report.publishDate === null ? null : formatChineseDate(report.publishDate),
        }
      : null;
  const title = report.title ?? reportTitle(report.agency, report.year);
  return {
    title,
    titleParts: titleParts(title),
    preamble: paragraphs(report.preamble),
    sections,
    signature,
  };
}
