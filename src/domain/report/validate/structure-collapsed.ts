import { applicationRowName } from "../cell-name.ts";
import type { Finding } from "../finding.ts";
import { type CheckContext, makeFinding } from "./context.ts";

export interface CollapsedGroupFindings {
  /** Groups named in `collapsedGroups` that the format does not have (a reader's mistake). */
  unknown: Finding[];
  /** The finding of each collapsed group, keyed by its first item row (its place in the table). */
  byFirstRow: Map<number, Finding>;
  /** The last item of each collapsed group: it holds the group's numbers, so its nulls are real. */
  lastItems: Set<number>;
}

/**
 * The `structure.tables` findings for `report.collapsedGroups`: a 2021 report that printed a result
 * group (in practice （六）其他处理) as one row, the 2019 way. The reader put the row's numbers in the
 * group's last item; validation counts the other items as 0.
 */
export function collapsedGroupFindings(ctx: CheckContext): CollapsedGroupFindings {
  const { format, report, layout } = ctx;
  const result: CollapsedGroupFindings = { unknown: [], byFirstRow: new Map(), lastItems: new Set() };
  for (const key of report.collapsedGroups) {
    const group = format.applications.groups.find((g) => g.key === key);
    const items = layout.groupItems.get(key) ?? [];
    const first = items[0];
    const last = items[items.length - 1];
    if (!group || first === undefined || last === undefined) {
      result.unknown.push(
        makeFinding(
          "structure.tables",
          `表三的分组“${key}”被标为印成一行，但 ${format.version} 格式没有这一分组`,
        ),
      );
      continue;
    }
    result.lastItems.add(last);
    result.byFirstRow.set(
      first,
      makeFinding(
        "structure.tables",
        `${format.version} 格式的报告把${group.number}${group.label}印成一行（2019 年试行格式的写法），` +
          `格式要求分 ${items.length} 项填报。这一行的数字按“${applicationRowName(format, last, true)}”计，` +
          `其余各项按 0 核对；请按格式分项填报`,
        items.flatMap((row) =>
          format.applications.columns.map((_, col) => ({ table: "applications" as const, row, col })),
        ),
      ),
    );
  }
  return result;
}
