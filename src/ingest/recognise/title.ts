import { chineseOrdinal, chineseYear, toHalfWidth } from "./normalise.ts";

export interface TitleInfo {
  title: string | null;
  agency: string | null;
  year: number | null;
  /** Index of the title's last line, -1 when none was found. */
  line: number;
}

const YEAR = "((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})";
const TITLE = new RegExp(`^(.*?)${YEAR}年度?(.*(?:信息公开|政务公开).*报告.*)$`);
const TITLE_NO_YEAR = /(?:信息公开|政务公开).*报告/;
const AGENCY_YEAR = new RegExp(`^(.*?)${YEAR}年度?$`);
const SEARCH_LINES = 12;

const compact = (s: string): string => toHalfWidth(s).replace(/\s+/g, "");

function yearOf(s: string): number | null {
  return /^\d{4}$/.test(s) ? Number(s) : chineseYear(s);
}

/** A short line that can be an agency name on the line above the title. */
function agencyLine(s: string): boolean {
  return s.length > 0 && s.length <= 40 && !/[。；;:：,，\d]/.test(s);
}

/**
 * The title among the first lines: `{agency}{year}年政府信息公开工作年度报告`, on one line or with
 * the agency (or agency and year) on the line above.
 */
export function findTitle(texts: string[]): TitleInfo {
  const limit = Math.min(texts.length, SEARCH_LINES);
  for (let i = 0; i < limit; i++) {
    const line = compact(texts[i] ?? "");
    if (line.length > 80) continue;
    const m = TITLE.exec(line);
    if (m) {
      let agency = m[1] ?? "";
      const previous = i > 0 ? compact(texts[i - 1] ?? "") : "";
      if (agency === "" && agencyLine(previous)) agency = previous;
      const year = yearOf(m[2] ?? "");
      return { title: `${agency}${line.slice((m[1] ?? "").length)}`, agency: agency || null, year, line: i };
    }
    if (TITLE_NO_YEAR.test(line) && i > 0) {
      const above = AGENCY_YEAR.exec(compact(texts[i - 1] ?? ""));
      if (above) {
        return {
          title: `${above[0]}${line}`,
          agency: above[1] || null,
          year: yearOf(above[2] ?? ""),
          line: i,
        };
      }
    }
  }
  return { title: null, agency: null, year: null, line: -1 };
}

const DATE_ARABIC =
  /^(?:发布(?:日期|时间)[:：]?)?((?:19|20)\d{2})(?:年(\d{1,2})月(\d{1,2})日|[-./](\d{1,2})[-./](\d{1,2}))$/;
const DATE_CHINESE =
  /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;

function cnSmall(s: string): number | null {
  if (s.length === 3 && s[1] === "十") {
    const tens = chineseOrdinal(s[0] ?? "");
    const ones = chineseOrdinal(s[2] ?? "");
    return tens === null || ones === null ? null : tens * 10 + ones;
  }
  if (s.length === 2 && s[1] === "十") {
    const tens = chineseOrdinal(s[0] ?? "");
    return tens === null ? null : tens * 10;
  }
  return chineseOrdinal(s);
}

function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A date standing alone on a line (`2024年1月20日`, `二〇二四年一月二十日`, `2024-01-20`) as YYYY-MM-DD. */
export function dateLine(text: string): string | null {
  if (text.length > 40) return null;
  const s = compact(text);
  if (s.length > 24) return null;
  const a = DATE_ARABIC.exec(s);
  if (a) return isoDate(Number(a[1]), Number(a[2] ?? a[4]), Number(a[3] ?? a[5]));
  const c = DATE_CHINESE.exec(s);
  if (c) {
    const y = chineseYear(c[1] ?? "");
    const m = cnSmall(c[2] ?? "");
    const d = cnSmall(c[3] ?? "");
    return y === null || m === null || d === null ? null : isoDate(y, m, d);
  }
  return null;
}

/** The publication date: a date line just under the title or among the last lines, and where it is. */
export function findPublishDate(texts: string[], titleLine: number): { date: string; line: number } | null {
  const near = [];
  for (let i = titleLine + 1; i <= titleLine + 4 && i < texts.length; i++) near.push(i);
  for (let i = Math.max(titleLine + 1, texts.length - 4); i < texts.length; i++) near.push(i);
  for (const i of near) {
    const date = dateLine(texts[i] ?? "");
    if (date) return { date, line: i };
  }
  return null;
}

/**
 * Where the closing signature starts when the date closes the document: the date line, and the
 * agency line above it (short, no sentence punctuation). Those lines are not prose of section 六.
 */
export function signatureStart(texts: string[], date: { line: number } | null): number {
  if (!date || date.line < texts.length - 2) return texts.length;
  const above = texts[date.line - 1] ?? "";
  return above.length > 0 && above.length <= 30 && !/[。；;，,：:]/.test(above) ? date.line - 1 : date.line;
}
