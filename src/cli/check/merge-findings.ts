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
 * twenty-five "row left blank" findings would bury that). Identical findings are kept once.
 */
export function mergeFindings(reader: readonly Finding[], validator: readonly Finding[]): Finding[] {
  const readerCells = new Set<string>();
  for (const f of reader) for (const c of f.cells) readerCells.add(cellKey(c));
  const missingTables = tablesNotFound(reader);
  const seen = new Set<string>();
  const merged: Finding[] = [];
  const add = (f: Finding) => {
    const key = `${f.rule}\n${f.message}\n${f.cells.map(cellKey).join(",")}`;
    if (seen.has(key)) return;
    seen.add(key);
    merged.push(f);
  };
  for (const f of reader) add(f);
  for (const f of validator) {
    const covered =
      f.rule === "structure.tables" &&
      f.cells.length > 0 &&
      f.cells.every((c) => readerCells.has(cellKey(c)) || missingTables.has(c.table));
    if (!covered) add(f);
  }
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
