import type { Finding } from "../domain/report/finding.ts";
import type { ReportModel } from "../domain/report/model.ts";

/**
 * A document reduced to what the recogniser needs: its lines in reading order. A row of a real
 * table (HTML, Word, PDF with positions) carries its cells one by one; a line of plain text carries
 * the cells it was split into (tabs), or one cell. The recogniser never sees file formats.
 */
export interface DocLine {
  cells: string[];
  /** True when the cells come from a real table structure, so their boundaries can be trusted. */
  fromTable: boolean;
}

/**
 * What every reader returns. `report` is null when nothing of an annual report could be read (empty
 * or binary input, a document that is not a report); `findings` then says why (rule `read.failed`).
 * Otherwise `findings` explains every cell the reader could not read (`read.unreadable`,
 * `read.ambiguous`) and every structural deviation it saw (`structure.tables`, `structure.sections`).
 */
export interface ReadResult {
  report: ReportModel | null;
  findings: Finding[];
}
