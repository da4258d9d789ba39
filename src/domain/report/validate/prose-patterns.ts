/**
 * The words that tie a figure of the prose to a table cell, and the context that unties it. All
 * compiled once; `extractFigures` applies them to small windows around each figure.
 */

const H = "[\\u4e00-\\u9fff]";
const NUM_TEXT = "(?:\\d+(?:,\\d{3})*|[零〇一二两三四五六七八九十百千]+)";
/** The figure is captured as `n`. */
const NUM = `(?<n>${NUM_TEXT})`;
const FILL = "(?:共计|合计|总计|总数|数量|共|计|为|达|了){0,3}";
const NOUN = `${H}{0,16}?申请(?:公开)?(?:事项)?`;
const UNIT = "(?:件|起|宗)";
const NEXT_YEAR = "(?:结转|顺延|转入)(?:到|至|入)?(?:下一?年度?|明年|次年)";

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const NUMERALS = codes("零〇一二两三四五六七八九十百千");
const COMMA = 0x2c;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export interface FigureSpot {
  /** Offset of the figure's first character. */
  at: number;
  /** Offset just after its unit. */
  end: number;
  number: string;
  unit: string;
}

const UNITS = ["件", "起", "宗"];

/** Where the unit at `i` is preceded by a number: the number's first offset, else -1. */
function numberStart(text: string, i: number): number {
  let j = i;
  if (isDigit(text.charCodeAt(i - 1))) {
    while (
      j > 0 &&
      (isDigit(text.charCodeAt(j - 1)) ||
        (text.charCodeAt(j - 1) === COMMA && isDigit(text.charCodeAt(j - 2))))
    )
      j--;
  } else {
    while (j > 0 && NUMERALS.has(text.charCodeAt(j - 1))) j--;
  }
  return j < i ? j : -1;
}

/**
 * Every figure of the text — a number (ASCII digits with thousands commas, or Chinese numerals)
 * right before 件, 起 or 宗 — in text order. The units are found with indexOf (native search), not
 * with a regular expression tried at every position.
 */
export function figureSpots(text: string): FigureSpot[] {
  const spots: FigureSpot[] = [];
  for (const unit of UNITS) {
    for (let i = text.indexOf(unit, 1); i > 0; i = text.indexOf(unit, i + 1)) {
      const at = numberStart(text, i);
      if (at >= 0) spots.push({ at, end: i + 1, number: text.slice(at, i), unit });
    }
  }
  return spots.sort((a, b) => a.at - b.at);
}

/** How far before a figure its anchor may start. */
export const WINDOW = 32;

/** `收到 21 件政府信息公开申请`: the application noun after the figure. */
export const FOLLOWED_BY_APPLICATION = new RegExp(`^${H}{0,10}?申请`);
/** `103 件顺延到下年度`. */
export const FOLLOWED_BY_NEXT_YEAR = new RegExp(`^${H}{0,10}?${NEXT_YEAR}`);

type ApplicationKey = "new" | "total" | "carriedOver" | "carriedForward";
export type LitigationKey = "reconsideration" | "suit";

interface Anchor<K> {
  key: K;
  /** Anchor words ending right before the figure (window ends at the figure). */
  re: RegExp;
  /** A cheap test of the window before running `re`. */
  hint: (window: string) => boolean;
  /** Words in `span` that make the figure something else. */
  foreign?: RegExp;
  /** New and total figures are easily confused with subsets (其中…, 网上受理…): extra caution. */
  strict?: boolean;
}

/** Words between verb and figure that make it something other than this year's applications. */
const FOREIGN_SPAN = /结转|复议|诉讼|建议|提案|信访|举报|投诉|咨询|留言|来信|上一?年|去年|下一?年|顺延/;

const APPLICATION_ANCHORS: Anchor<ApplicationKey>[] = [
  {
    key: "new",
    re: new RegExp(`(?:收到|受理|新收|接收|收悉)(?<span>${NOUN})?${FILL}$`),
    hint: (w) => w.includes("收") || w.includes("受"),
    foreign: FOREIGN_SPAN,
    strict: true,
  },
  {
    key: "carriedOver",
    re: new RegExp(`(?:上一?年度?|去年)结转(?<span>${H}{0,12}?)${FILL}$`),
    hint: (w) => w.includes("结转"),
    foreign: /办结|答复|办理|受理|收到|新收/,
  },
  {
    key: "total",
    re: new RegExp(`(?:办结|答复|办理)(?<span>${NOUN})?${FILL}$`),
    hint: (w) => w.includes("办") || w.includes("答复"),
    foreign: FOREIGN_SPAN,
    strict: true,
  },
  {
    key: "carriedForward",
    re: new RegExp(`${NEXT_YEAR}(?<span>${H}{0,10}?)${FILL}$`),
    hint: (w) => w.includes("年"),
  },
];

const LITIGATION_ANCHORS: Anchor<LitigationKey | "both">[] = [
  {
    key: "both",
    re: /行政复议(?:和|及|与|、)行政诉讼(?:案件)?(?:各|均为|均|都为|都)$/,
    hint: (w) => w.includes("行政诉讼"),
  },
  {
    key: "reconsideration",
    re: new RegExp(`行政复议(?:案件|申请)?${FILL}$`),
    hint: (w) => w.includes("行政复议"),
  },
  {
    key: "suit",
    re: new RegExp(`(?<!行政复议[、和及与])行政诉讼(?:案件)?${FILL}$`),
    hint: (w) => w.includes("行政诉讼"),
  },
];

/** In the clause before a figure: a comparison. */
const COMPARISON_CLAUSE = /同比|同期|较/;
/** In the sentence before a figure: it is about last year — but 上年结转 is this year's carried-over. */
const LAST_YEAR_SENTENCE = /(?:上一?年度?|去年|前年)(?!度|结转)/;
/** In the sentence before a new/total figure: it is a part or a running total, not the year's figure. */
const SUBSET_SENTENCE = /其中|累计|历年/;
/** In the clause before a new/total verb: it speaks of the carried-over (上年结转的申请已全部办结 N 件). */
const CARRIED_CLAUSE = /结转|顺延/;
/** Right before a new/total verb: a channel or a result qualifies it (网上受理, 予以公开答复, 不予受理). */
const QUALIFIED_VERB =
  /公开|提供|处理|告知|予以|不予|未|网上|网络|信函|当面|邮件|传真|现场|继续|结转|顺延|下一?年/;
/** The last year named in a text (greedy prefix): `2024年`. */
const LAST_YEAR_MENTION = /^.*((?:19|20)\d{2})年/s;

const CLAUSE_STOPS = codes("，,；;。！？!?：:（()、");
const SENTENCE_STOPS = codes("；;。！？!?");

/** Text from the last stop character before `at` (at most `max` characters back) up to `at`. */
function back(text: string, at: number, stops: Set<number>, max: number): string {
  let i = at - 1;
  const floor = Math.max(0, at - max);
  while (i >= floor && !stops.has(text.charCodeAt(i))) i--;
  return text.slice(i + 1, at);
}

/** Whether the figure at `at` belongs to a sentence about another year or to a comparison. */
export function aboutAnotherYear(text: string, at: number, year: number | null): boolean {
  if (COMPARISON_CLAUSE.test(back(text, at, CLAUSE_STOPS, 30))) return true;
  const sentence = back(text, at, SENTENCE_STOPS, 120);
  if (LAST_YEAR_SENTENCE.test(sentence)) return true;
  if (year === null) return false;
  const last = LAST_YEAR_MENTION.exec(sentence)?.[1];
  return last !== undefined && Number(last) !== year;
}

function isSubset(text: string, at: number): boolean {
  return (
    SUBSET_SENTENCE.test(back(text, at, SENTENCE_STOPS, 120)) ||
    CARRIED_CLAUSE.test(back(text, at, CLAUSE_STOPS, 30)) ||
    QUALIFIED_VERB.test(back(text, at, CLAUSE_STOPS, 6))
  );
}

interface Found<K> {
  key: K;
  /** Offset of the anchor's first character in the text. */
  at: number;
  /** Whether the words between anchor and figure name the application (…申请). */
  noun: boolean;
}

function find<K>(anchors: Anchor<K>[], window: string, year: number | null, text: string, from: number) {
  const found: Found<K>[] = [];
  for (const anchor of anchors) {
    if (!anchor.hint(window)) continue;
    const m = anchor.re.exec(window);
    if (!m) continue;
    const span = m.groups?.span;
    if (span && anchor.foreign?.test(span)) continue;
    const at = from + m.index;
    if (aboutAnotherYear(text, at, year) || (anchor.strict && isSubset(text, at))) continue;
    found.push({ key: anchor.key, at, noun: span !== undefined });
  }
  return found;
}

/** The application anchors ending at the end of `window` (the text from `from` to a figure). */
export function applicationAnchors(window: string, year: number | null, text: string, from: number) {
  return find(APPLICATION_ANCHORS, window, year, text, from);
}

/** The litigation anchors ending at the end of `window`; `both` for 行政复议、行政诉讼各 N 件. */
export function litigationAnchors(window: string, year: number | null, text: string, from: number) {
  return find(LITIGATION_ANCHORS, window, year, text, from);
}

/** Results stated in the clause after a litigation total, each captured as `n`. */
export const SUB_RESULTS: ["upheld" | "corrected" | "other" | "pending", RegExp][] = [
  ["upheld", new RegExp(`维持${H}{0,6}?${NUM}${UNIT}`)],
  ["corrected", new RegExp(`(?:纠正|纠错)${H}{0,6}?${NUM}${UNIT}`)],
  ["other", new RegExp(`其他(?:结果)?${FILL}${NUM}${UNIT}`)],
  ["pending", new RegExp(`(?:尚未审结|未审结|未结案|审理中|正在审理)${FILL}${NUM}${UNIT}`)],
];
/** The clause of the results ends at a sentence stop or at the next litigation total. */
export const SUB_RESULTS_END = /[；;。！？!?]|行政复议|行政诉讼/;
