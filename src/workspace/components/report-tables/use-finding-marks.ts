import { useCallback, useMemo, useState } from "react";
import { cellElementId, cellKey } from "./cell-key.ts";
import type { FindingItem } from "./findings-list.tsx";
import type { CellMarks } from "./report-table.tsx";

/**
 * The marks of a report's findings on its cells (an error outranks a warning), and the selected
 * finding: selecting one highlights its cells and scrolls the first into view.
 */
export function useFindingMarks(findings: readonly FindingItem[]) {
  const [selected, setSelected] = useState<number | null>(null);
  const severity = useMemo(() => {
    const map = new Map<string, "error" | "warning">();
    for (const f of findings) {
      for (const c of f.cells) {
        const key = cellKey(c);
        if (map.get(key) !== "error") map.set(key, f.severity);
      }
    }
    return map;
  }, [findings]);
  const current = selected === null ? undefined : findings[selected];
  const focused = useMemo(() => new Set((current?.cells ?? []).map(cellKey)), [current]);
  const select = useCallback(
    (index: number) => {
      setSelected(index);
      const first = findings[index]?.cells[0];
      if (!first) return;
      // After the highlight renders: the cell is in the document whatever tab showed the list.
      requestAnimationFrame(() =>
        document
          .getElementById(cellElementId(first))
          ?.scrollIntoView({ behavior: "smooth", block: "center" }),
      );
    },
    [findings],
  );
  const marks: CellMarks = { severity, focused };
  return { marks, selected: current ? selected : null, select };
}
