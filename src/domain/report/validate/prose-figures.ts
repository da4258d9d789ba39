import { parseFigure } from "./chinese-number.ts";
import {
  aboutAnotherYear,
  applicationAnchors,
  FOLLOWED_BY_APPLICATION,
  FOLLOWED_BY_NEXT_YEAR,
  figureSpots,
  type LitigationKey,
  litigationAnchors,
  SUB_RESULTS,
  SUB_RESULTS_END,
  WINDOW,
} from "./prose-patterns.ts";

/**
 * What a figure in the prose claims to be. Applications: 一、本年新收 (`new`), （七）总计 (`total`),
 * 二、上年结转 (`carriedOver`), 四、结转下年度 (`carriedForward`), all of the 总计 column. Litigation:
 * a result of 行政复议 or of 行政诉讼 (`suit`: both suit groups together).
 */
export type FigureKey =
  | "new"
  | "total"
  | "carriedOver"
  | "carriedForward"
  | `${"reconsideration" | "suit"}.${"upheld" | "corrected" | "other" | "pending" | "total"}`;

export interface ProseFigure {
  key: FigureKey;
  value: number;
  /** The phrase as written (normalised), for the message. */
  quote: string;
  /** Offset in the text, to keep prose order among figures of one key. */
  at: number;
}

/** The results stated in the clause after a litigation total: `其中结果维持 72 件，结果纠正 64 件…`. */
function subResults(text: string, from: number, group: "reconsideration" | "suit"): ProseFigure[] {
  const rest = text.slice(from, from + 100);
  const end = rest.search(SUB_RESULTS_END);
  const region = end < 0 ? rest : rest.slice(0, end);
  const figures: ProseFigure[] = [];
  for (const [result, re] of SUB_RESULTS) {
    const m = re.exec(region);
    const value = m ? parseFigure(m.groups?.n ?? "") : null;
    if (m && value !== null)
      figures.push({ key: `${group}.${result}`, value, quote: m[0], at: from + m.index });
  }
  return figures;
}

/**
 * The figures that the prose states about the tables, found conservatively. Every figure of the text
 * (`N 件`, `N 起`) is looked at once; it is taken only when anchor words sit right next to it
 * (受理…申请 N 件, 办结 N 件, 上年结转 N 件, N 件结转下年度, 行政复议 N 件 and the results after
 * it), and dropped when its sentence is about another year, a comparison, a subset (其中, 网上受理)
 * or a running total. Unrelated figures (公开信息 1136 条, dates, phone numbers) never match.
 * Linear in the text: one scan for figures, then small windows around each.
 *
 * @param text normalised prose (see normalizeProse)
 * @param year the report year, to drop figures of sentences dated another year
 */
export function extractFigures(text: string, year: number | null): ProseFigure[] {
  const figures: ProseFigure[] = [];
  const seen = new Set<string>();
  const add = (figure: ProseFigure) => {
    const id = `${figure.key}=${figure.value}`;
    if (!seen.has(id)) figures.push(figure);
    seen.add(id);
  };
  for (const { at, end, number, unit } of figureSpots(text)) {
    const value = parseFigure(number);
    if (value === null) continue;
    const from = Math.max(0, at - WINDOW);
    const before = text.slice(from, at);
    if (unit === "件") {
      const after = text.slice(end, end + 16);
      for (const anchor of applicationAnchors(before, year, text, from)) {
        if (anchor.key === "new" && !anchor.noun && !FOLLOWED_BY_APPLICATION.test(after)) continue;
        add({ key: anchor.key, value, quote: text.slice(anchor.at, end), at: anchor.at });
      }
      const next = FOLLOWED_BY_NEXT_YEAR.exec(after);
      if (next && !aboutAnotherYear(text, at, year)) {
        add({ key: "carriedForward", value, quote: text.slice(at, end + next[0].length), at });
      }
    }
    for (const anchor of litigationAnchors(before, year, text, from)) {
      const quote = text.slice(anchor.at, end);
      const keys: LitigationKey[] = anchor.key === "both" ? ["reconsideration", "suit"] : [anchor.key];
      for (const key of keys) add({ key: `${key}.total`, value, quote, at: anchor.at });
      if (anchor.key !== "both") for (const figure of subResults(text, end, anchor.key)) add(figure);
    }
  }
  return figures;
}
