import type { ApplicationRowKind, LitigationColumnDef, ReportFormat } from "../format/types.ts";

type LitigationGroup = LitigationColumnDef["group"];
type LitigationResult = LitigationColumnDef["result"];

/** Indexes of one table 四 group: its four results and its total. */
export interface LitigationGroupLayout {
  group: LitigationGroup;
  /** Indexes of 结果维持, 结果纠正, 其他结果, 尚未审结, in official order. */
  parts: number[];
  total: number;
}

/**
 * Where things sit in a format's tables, derived once from the format data (row kinds and groups,
 * column keys) so that no rule hard-codes an index and a new format year needs no code change.
 */
export interface FormatLayout {
  newRow: number;
  carriedOverRow: number;
  totalRow: number;
  carriedForwardRow: number;
  /** Every leaf result row (21 in 2021, 19 in 2019), in official order. */
  resultRows: number[];
  /** Result group key → its item rows, in official order. */
  groupItems: Map<string, number[]>;
  /** The six applicant columns (自然人 … 其他). */
  applicantCols: number[];
  totalCol: number;
  litigationGroups: LitigationGroupLayout[];
  /** Table 四 index by `${group}.${result}`. */
  litigationIndex: Map<string, number>;
}

const cache = new WeakMap<ReportFormat, FormatLayout>();

function rowOfKind(format: ReportFormat, kind: ApplicationRowKind): number {
  const rows = format.applications.rows.flatMap((r, i) => (r.kind === kind ? [i] : []));
  if (rows.length !== 1)
    throw new Error(`format ${format.version} must have one table 三 row of kind ${kind}`);
  return rows[0] as number;
}

function derive(format: ReportFormat): FormatLayout {
  const rows = format.applications.rows;
  const groupItems = new Map<string, number[]>();
  rows.forEach((row, i) => {
    if (row.group) groupItems.set(row.group, [...(groupItems.get(row.group) ?? []), i]);
  });
  const columns = format.applications.columns;
  const litigationIndex = new Map(format.litigation.columns.map((c, i) => [c.key, i]));
  const groups = [...new Set(format.litigation.columns.map((c) => c.group))];
  const index = (group: LitigationGroup, result: LitigationResult): number => {
    const i = litigationIndex.get(`${group}.${result}`);
    if (i === undefined) throw new Error(`format ${format.version} has no table 四 cell ${group}.${result}`);
    return i;
  };
  return {
    newRow: rowOfKind(format, "new"),
    carriedOverRow: rowOfKind(format, "carriedOver"),
    totalRow: rowOfKind(format, "total"),
    carriedForwardRow: rowOfKind(format, "carriedForward"),
    resultRows: rows.flatMap((r, i) => (r.kind === "result" ? [i] : [])),
    groupItems,
    applicantCols: columns.flatMap((c, i) => (c.key === "total" ? [] : [i])),
    totalCol: columns.findIndex((c) => c.key === "total"),
    litigationGroups: groups.map((group) => ({
      group,
      parts: format.litigation.columns.flatMap((c, i) =>
        c.group === group && c.result !== "total" ? [i] : [],
      ),
      total: index(group, "total"),
    })),
    litigationIndex,
  };
}

/** The layout of a format, computed on first use and cached. */
export function layoutOf(format: ReportFormat): FormatLayout {
  let layout = cache.get(format);
  if (!layout) {
    layout = derive(format);
    cache.set(format, layout);
  }
  return layout;
}
