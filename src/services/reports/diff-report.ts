import type { CellRef } from "../../domain/report/finding.ts";
import type { SectionKey } from "../../domain/report/format/types.ts";
import type { ReportModel } from "../../domain/report/model.ts";

/** What differs between a published version and the report as it stands now. */
export interface PublicationChanges {
  /** Whether the preamble changed. */
  preamble: boolean;
  /** Sections whose prose changed. */
  sections: SectionKey[];
  /** Table cells whose number changed (records entered or corrected since publication). */
  cells: CellRef[];
  /** True when anything at all changed: publishing again would make a new version. */
  any: boolean;
}

function proactiveChanges(a: ReportModel, b: ReportModel): CellRef[] {
  const cells: CellRef[] = [];
  for (const [row, columns] of Object.entries(b.tables.proactive)) {
    for (const [col, value] of Object.entries(columns)) {
      if (a.tables.proactive[row]?.[col] !== value) cells.push({ table: "proactive", row, col });
    }
  }
  return cells;
}

/** The changes from `published` to `current` (same agency, year and format). */
export function changesSince(published: ReportModel, current: ReportModel): PublicationChanges {
  const text = (m: ReportModel, key: SectionKey) =>
    m.sections
      .filter((s) => s.key === key)
      .map((s) => s.text)
      .join("\n");
  const sections = current.sections
    .map((s) => s.key)
    .filter((k): k is SectionKey => k !== null && text(published, k) !== text(current, k));
  const cells: CellRef[] = proactiveChanges(published, current);
  current.tables.applications.forEach((row, r) => {
    row.forEach((value, c) => {
      if (published.tables.applications[r]?.[c] !== value)
        cells.push({ table: "applications", row: r, col: c });
    });
  });
  current.tables.litigation.forEach((value, c) => {
    if (published.tables.litigation[c] !== value) cells.push({ table: "litigation", row: 0, col: c });
  });
  const preamble = published.preamble !== current.preamble;
  return { preamble, sections, cells, any: preamble || sections.length > 0 || cells.length > 0 };
}
