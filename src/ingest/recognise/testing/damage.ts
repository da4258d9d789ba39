import type { LayoutLine } from "./write-layout.ts";

/**
 * Test-only damage of a written layout, the way copying, scraping and PDF extraction damage real
 * reports. Every operation keeps the numbers' printed order; none invents or drops one.
 */
export interface Damage {
  separator: "tab" | "spaces";
  /** Extra spaces in each gap when separator is "spaces" (0–2), cycled. */
  spaceRuns: number[];
  /** [line pick, cell pick] pairs: glue two adjacent value cells of a table row. */
  glue: [number, number][];
  /** Line picks whose digits and punctuation are printed full-width. */
  fullWidth: number[];
  /** Print zeros as —, -, /, －, – or (tab-separated only) a blank cell, chosen per cell from this list (empty: keep 0). */
  dashes: number[];
  /** [line pick, cut pick]: break a row label over two lines. */
  breaks: [number, number][];
  /** Positions (line picks) where a page footer `- n -` is inserted. */
  footers: number[];
}

const DASHES = ["—", "-", "/", "－", "–", ""];

const pick = <T>(list: T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

function toFullWidth(s: string): string {
  return s.replace(/[0-9().,:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

const NUMBERING = /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.、])\s*/;

export function damageLayout(input: LayoutLine[], d: Damage): string {
  const lines = input.map((l) => ({ ...l, cells: [...l.cells] }));
  const rows = () => lines.filter((l) => l.kind === "row" || l.kind === "litigation");
  if (d.dashes.length > 0) {
    let k = 0;
    for (const l of rows()) {
      for (let c = l.firstValue ?? 0; c < l.cells.length; c++) {
        if (l.cells[c] !== "0") continue;
        const dash = DASHES[(d.dashes[k++ % d.dashes.length] ?? 0) % DASHES.length] as string;
        l.cells[c] = dash === "" && d.separator !== "tab" ? "—" : dash;
      }
    }
  }
  const gluable = () => rows().filter((l) => l.cells.length - (l.firstValue ?? 0) >= 2);
  for (const [lp, cp] of d.glue) {
    const l = pick(gluable(), lp);
    if (!l) continue;
    const first = l.firstValue ?? 0;
    const c = first + (cp % (l.cells.length - first - 1));
    const a = l.cells[c] ?? "";
    const b = l.cells[c + 1] ?? "";
    if (!/^\d+$/.test(a) || !/^\d+$/.test(b)) continue;
    l.cells.splice(c, 2, a + b);
  }
  for (const lp of d.fullWidth) {
    const l = pick(lines, lp);
    if (l) l.cells = l.cells.map(toFullWidth);
  }
  const out: string[][] = [];
  const breakAt = new Map<LayoutLine, number>();
  for (const [lp, cut] of d.breaks) {
    const l = pick(
      lines.filter((x) => x.kind === "row"),
      lp,
    );
    if (l) breakAt.set(l, cut);
  }
  for (const l of lines) {
    const cut = breakAt.get(l);
    const labelAt = (l.firstValue ?? 1) - 1;
    const label = l.cells[labelAt] ?? "";
    const numbering = NUMBERING.exec(label)?.[0].length ?? 0;
    if (cut === undefined || label.length - numbering < 2) {
      out.push(l.cells);
      continue;
    }
    const at = numbering + 1 + (cut % (label.length - numbering - 1));
    out.push([...l.cells.slice(0, labelAt), label.slice(0, at)]);
    out.push([label.slice(at), ...l.cells.slice(labelAt + 1)]);
  }
  const footerAt = new Set(d.footers.map((f) => f % (out.length + 1)));
  const text: string[] = [];
  let page = 1;
  out.forEach((cells, i) => {
    if (footerAt.has(i)) text.push(`- ${page++} -`);
    if (d.separator === "tab") text.push(cells.join("\t"));
    else {
      let k = 0;
      text.push(
        cells
          .filter((c) => c !== "")
          .reduce(
            (acc, c) =>
              acc === ""
                ? c
                : `${acc}${" ".repeat(1 + (d.spaceRuns[k++ % Math.max(1, d.spaceRuns.length)] ?? 0))}${c}`,
            "",
          ),
      );
    }
  });
  return text.join("\n");
}
