import { AppError } from "../app-error.ts";
import { FORMATS } from "../report/format/index.ts";
import type { ReportFormat } from "../report/format/types.ts";
import { APPLICANT_TYPES, type ApplicantType, applicantTypeSchema } from "./applicant-types.ts";
import { OUTCOME_INFO, type Outcome, outcomeSchema } from "./outcomes.ts";

/** What table 三 needs to know about one application. Dates are `YYYY-MM-DD`. */
export interface ApplicationRecord {
  applicantType: ApplicantType;
  /** The legal receipt date (条例 第31条) of the application as first received. */
  receivedOn: string;
  /** The day handling ended (reply sent, withdrawn, treated as abandoned); null while open. */
  closedOn: string | null;
  /** Required once closed; may be set on an open application (decided, reply not yet sent). */
  outcome: Outcome | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Table 三 of the annual report on `year`, computed from application records: rows in the format's
 * order, 7 columns (six applicant types, then the total).
 * - 一 new: received in the year; 二 carried over: received before the year and not closed before it;
 * - results: closed in the year, one row per outcome; （七）总计: their sum;
 * - 四 carried forward: received by the year's end and not closed by it.
 * So 一 + 二 = （七） + 四 in every column, and year Y's 四 equals year Y+1's 二, by construction.
 * The 2019 format's single （六）其他处理 row takes the three （六） outcomes.
 * @throws AppError VALIDATION for a record with a bad date, closed before received, or closed without outcome.
 */
export function aggregateApplications(
  records: Iterable<ApplicationRecord>,
  year: number,
  format: ReportFormat = FORMATS["2021"],
): number[][] {
  const rows = format.applications.rows;
  const table = rows.map(() => Array<number>(7).fill(0));
  const rowOf = (key: string) => rows.findIndex((r) => r.key === key);
  const [newRow, carriedOverRow, totalRow, forwardRow] = [
    "new",
    "carriedOver",
    "total",
    "carriedForward",
  ].map(rowOf);
  const outcomeRow = new Map<string, number>();
  for (const info of Object.values(OUTCOME_INFO)) {
    const own = rowOf(info.key);
    outcomeRow.set(info.key, own >= 0 ? own : rowOf(info.group ?? ""));
  }
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  let index = 0;
  for (const record of records) {
    checkRecord(record, index++);
    const column = APPLICANT_TYPES.indexOf(record.applicantType);
    const { receivedOn, closedOn } = record;
    const add = (row: number | undefined) => {
      const cells = row === undefined || row < 0 ? undefined : table[row];
      if (!cells) throw new Error(`format ${format.version} lacks a table 三 row this aggregation needs`);
      cells[column] = (cells[column] ?? 0) + 1;
      cells[6] = (cells[6] ?? 0) + 1;
    };
    if (receivedOn > last || (closedOn !== null && closedOn < first)) continue;
    if (receivedOn >= first) add(newRow);
    else add(carriedOverRow);
    if (closedOn !== null && closedOn <= last) {
      add(outcomeRow.get(record.outcome as Outcome));
      add(totalRow);
    } else add(forwardRow);
  }
  return table;
}

function checkRecord(record: ApplicationRecord, index: number): void {
  const fail = (message: string) => {
    throw new AppError("VALIDATION", `第 ${index + 1} 条申请记录：${message}`, {
      issues: [{ path: [index], message }],
    });
  };
  if (!applicantTypeSchema.safeParse(record.applicantType).success) fail("申请人类型无效");
  if (!DATE.test(record.receivedOn)) fail(`收到申请日期“${record.receivedOn}”无效，应为 YYYY-MM-DD`);
  if (record.closedOn !== null) {
    if (!DATE.test(record.closedOn)) fail(`办结日期“${record.closedOn}”无效，应为 YYYY-MM-DD`);
    if (record.closedOn < record.receivedOn)
      fail(`办结日期 ${record.closedOn} 早于收到申请日期 ${record.receivedOn}`);
    if (record.outcome === null) fail(`已于 ${record.closedOn} 办结，但没有办理结果`);
  }
  if (record.outcome !== null && !outcomeSchema.safeParse(record.outcome).success) fail("办理结果无效");
}
