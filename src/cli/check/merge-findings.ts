import { TABLE_NAMES } from "../../domain/report/cell-name.ts";
import type { CellRef, Finding, TableKey } from "../../domain/report/finding.ts";

const cellKey = (c: CellRef): string => `${c.table}|${c.row}|${c.col}`;

/**
 * The findings of one file: the reader's first (what could not be read, and why), then the
 * validator's, without saying the same thing twice. Both report blank cells and missing rows under
 * `structure.tables`: the reader because it saw the gap, the validator because the cell is null. A
 * validator `structure.tables` finding whose cells all appear in reader findings is dropped — the
 * reader's message is the one that explains the gap. So is one about cells of a table the reader
 * did not find at all (its `未找到表三…` finding names no cells: the whole table is missing, and
 * twenty-five "row left blank" findings would bury that). The verdict does not change: a reader
 * finding (`read.unreadable` is a warning) that stands in for a dropped error becomes an error, as
 * the format requires every cell. Identical findings are kept once.
 */
export function mergeFindings(reader: readonly Finding[], validator: readonly Finding[]): Finding[] {
  const readerByCell = new Map<string, number[]>();
  reader.forEach((f, i) => {
    for (const c of f.cells) {
      const key = cellKey(c);
      readerByCell.set(key, [...(readerByCell.get(key) ?? []), i]);
    }
  });
  const missingTables = tablesNotFound(reader);
  const promoted = new Set<number>();
  const kept: Finding[] = [];
  for (const f of validator) {
    const covered =
      f.rule === "structure.tables" &&
      f.cells.length > 0 &&
      f.cells.every((c) => readerByCell.has(cellKey(c)) || missingTables.has(c.table));
    if (!covered) {
      kept.push(f);
      continue;
    }
    if (f.severity !== "error") continue;
    for (const c of f.cells) for (const i of readerByCell.get(cellKey(c)) ?? []) promoted.add(i);
  }
  const seen = new Set<string>();
  const merged: Finding[] = [];
  const add = (f: Finding) => {
    const key = `${f.rule}\n${f.message}\n${f.cells.map(cellKey).join(",")}`;
    if (seen.has(key)) return;
    seen.add(key);
    merged.push(f);
  };
  reader.forEach((f, i) => {
    add(promoted.has(i) && f.severity !== "error" ? { ...f, severity: "error" } : f);
  });
  for (const f of kept) add(f);
  return merged;
}

/** Tables the reader says it did not find: `structure.tables` without cells, `未找到表三…`. */
function tablesNotFound(reader: readonly Finding[]): Set<TableKey> {
  const missing = new Set<TableKey>();
  for (const f of reader) {
    if (f.rule !== "structure.tables" || f.cells.length > 0) continue;
    for (const [table, name] of Object.entries(TABLE_NAMES) as [TableKey, string][]) {
      if (f.message.startsWith(`未找到${name}`)) missing.add(table);
    }
  }
  return missing;
}
