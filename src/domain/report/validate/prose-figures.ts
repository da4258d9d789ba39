import { parseFigure } from "./chinese-number.ts";

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

const H = "[\\u4e00-\\u9fff]";
const NUM_TEXT = "(?:\\d+(?:,\\d{3})*|[零〇一二两三四五六七八九十百千]+)";
/** The figure: every pattern captures it as `n`, and the words between anchor and figure as `span`. */
const NUM = `(?<n>${NUM_TEXT})`;
const FILL = "(?:共计|合计|总计|总数|数量|共|计|为|达|了){0,3}";
const NOUN = `${H}{0,16}?申请(?:公开)?(?:事项)?`;
const UNIT = "(?:件|起|宗)";
const NEXT_YEAR = "(?:结转|顺延|转入)(?:到|至|入)?(?:下一?年度?|明年|次年)";

interface Pattern {
  key: "new" | "total" | "carriedOver" | "carriedForward" | "reconsideration" | "suit" | "both";
  re: RegExp;
  /** New and total figures are easily confused with subsets (其中…, 网上受理…): extra caution. */
  strict: boolean;
}

const pattern = (key: Pattern["key"], source: string, strict = false): Pattern => ({
  key,
  re: new RegExp(source, "g"),
  strict,
});

/** Compiled once; the order is the order of the table cells they speak about. */
const PATTERNS: Pattern[] = [
  // 收到/受理 … 申请 N 件, or 收到 N 件 … 申请
  pattern(
    "new",
    `(?:收到|受理|新收|接收|收悉)(?:(?<span>${NOUN})${FILL}|${FILL}(?=${NUM_TEXT}件${H}{0,10}?申请))${NUM}件`,
    true,
  ),
  pattern("carriedOver", `(?:上一?年度?|去年)结转(?<span>${H}{0,12}?)${FILL}${NUM}件`),
  pattern("total", `(?:办结|答复|办理)(?<span>${NOUN})?${FILL}${NUM}件`, true),
  pattern("carriedForward", `${NEXT_YEAR}(?<span>${H}{0,10}?)${FILL}${NUM}件`),
  pattern("carriedForward", `${NUM}件(?<span>${H}{0,10}?)${NEXT_YEAR}`),
  pattern("both", `行政复议(?:和|及|与|、)行政诉讼(?:案件)?(?:各|均为|均|都为|都)${NUM}${UNIT}`),
  pattern("reconsideration", `行政复议(?:案件|申请)?${FILL}${NUM}${UNIT}`),
  pattern("suit", `(?<!行政复议[、和及与])行政诉讼(?:案件)?${FILL}${NUM}${UNIT}`),
];

/** Words in the span between verb and number that make it something other than this year's applications. */
const FOREIGN_SPAN = /结转|复议|诉讼|建议|提案|信访|举报|投诉|咨询|留言|来信|上一?年|去年|下一?年|顺延/;
/** In the clause before a figure: a comparison. */
const COMPARISON_CLAUSE = /同比|同期|较/;
/** In the sentence before a figure: it is about last year — but 上年结转 is this year's carried-over. */
const LAST_YEAR_SENTENCE = /(?:上一?年度?|去年|前年)(?!度|结转)/;
/** In the sentence before a new/total figure: it is a part or a running total, not the year's figure. */
const SUBSET_SENTENCE = /其中|累计|历年/;
/** Right before a new/total verb: a channel or a result qualifies it (网上受理, 予以公开答复, 不予受理). */
const QUALIFIED_VERB =
  /公开|提供|处理|告知|予以|不予|未|网上|网络|信函|当面|邮件|传真|现场|继续|结转|顺延|下一?年/;
const YEAR_MENTION = /((?:19|20)\d{2})年/g;

const CLAUSE_STOPS = "，,；;。！？!?：:（()、";
const SENTENCE_STOPS = "；;。！？!?";

/** Text from the last stop character before `at` (at most `max` characters back) up to `at`. */
function back(text: string, at: number, stops: string, max: number): string {
  let i = at - 1;
  const floor = Math.max(0, at - max);
  while (i >= floor && !stops.includes(text.charAt(i))) i--;
  return text.slice(i + 1, at);
}

function aboutAnotherYear(text: string, at: number, year: number | null): boolean {
  if (COMPARISON_CLAUSE.test(back(text, at, CLAUSE_STOPS, 30))) return true;
  const sentence = back(text, at, SENTENCE_STOPS, 120);
  if (LAST_YEAR_SENTENCE.test(sentence)) return true;
  if (year === null) return false;
  let last: string | undefined;
  for (const m of sentence.matchAll(YEAR_MENTION)) last = m[1];
  return last !== undefined && Number(last) !== year;
}

function isSubset(text: string, at: number): boolean {
  return (
    SUBSET_SENTENCE.test(back(text, at, SENTENCE_STOPS, 120)) ||
    QUALIFIED_VERB.test(back(text, at, CLAUSE_STOPS, 6))
  );
}

/** The figures of one clause that follows a litigation total: `其中结果维持 72 件，结果纠正 64 件…`. */
const SUB_RESULTS: ["upheld" | "corrected" | "other" | "pending", RegExp][] = [
  ["upheld", new RegExp(`维持${H}{0,6}?${NUM}${UNIT}`)],
  ["corrected", new RegExp(`(?:纠正|纠错)${H}{0,6}?${NUM}${UNIT}`)],
  ["other", new RegExp(`其他(?:结果)?${FILL}${NUM}${UNIT}`)],
  ["pending", new RegExp(`(?:尚未审结|未审结|未结案|审理中|正在审理)${FILL}${NUM}${UNIT}`)],
];
const REGION_END = /[；;。！？!?]|行政复议|行政诉讼/;

function subResults(text: string, from: number, group: "reconsideration" | "suit"): ProseFigure[] {
  const rest = text.slice(from, from + 100);
  const end = rest.search(REGION_END);
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
 * The figures that the prose states about the tables, found conservatively: a figure is taken only
 * with its anchor words right next to it (受理…申请 N 件, 办结 N 件, 上年结转 N 件, N 件结转下年度,
 * 行政复议 N 件 and the results after it), and dropped when its sentence is about another year, a
 * comparison, a subset (其中, 网上受理) or a running total. Unrelated figures (公开信息 1136 条, dates,
 * phone numbers) never match.
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
  for (const { key, re, strict } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const at = m.index;
      const span = m.groups?.span ?? "";
      if ((key === "new" || key === "total") && FOREIGN_SPAN.test(span)) continue;
      if (aboutAnotherYear(text, at, year) || (strict && isSubset(text, at))) continue;
      const value = parseFigure(m.groups?.n ?? "");
      if (value === null) continue;
      const quote = m[0];
      if (key === "both") {
        add({ key: "reconsideration.total", value, quote, at });
        add({ key: "suit.total", value, quote, at });
      } else if (key === "reconsideration" || key === "suit") {
        add({ key: `${key}.total`, value, quote, at });
        for (const figure of subResults(text, at + quote.length, key)) add(figure);
      } else {
        add({ key, value, quote, at });
      }
    }
  }
  return figures;
}
