import type { SectionKey } from "../format/types.ts";
import type { ReportModel } from "../model.ts";

const WHITESPACE = /\s+/g;
const FULL_WIDTH_DIGIT = /[０-９]/g;
const HAS_FULL_WIDTH_DIGIT = /[０-９]/;
const ASCII_ALNUM = /[0-9A-Za-z]/;

/**
 * Prose made comparable: full-width digits to ASCII, whitespace removed — PDF text breaks lines in
 * the middle of words (`答\n复 3050 件`) — except a single space between two ASCII letters or digits,
 * so that two separate figures never merge into one.
 */
export function normalizeProse(text: string): string {
  const ascii = HAS_FULL_WIDTH_DIGIT.test(text)
    ? text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    : text;
  return ascii.replace(WHITESPACE, (run: string, at: number, whole: string) =>
    ASCII_ALNUM.test(whole.charAt(at - 1)) && ASCII_ALNUM.test(whole.charAt(at + run.length)) ? " " : "",
  );
}

/** Blocks of prose (preamble, sections) are joined with a full stop so no sentence runs across two. */
const BLOCK_JOIN = "。";

/** The report's prose, normalised on first use only: most rules never read it. */
export class ProseView {
  #all: string | undefined;
  readonly #sections = new Map<SectionKey, string | null>();

  constructor(private readonly report: ReportModel) {}

  /** Preamble and every section, normalised. */
  get all(): string {
    this.#all ??= [this.report.preamble, ...this.report.sections.map((s) => s.text)]
      .map(normalizeProse)
      .filter((t) => t !== "")
      .join(BLOCK_JOIN);
    return this.#all;
  }

  /** The normalised prose of the section(s) recognised as `key`; null when the report has none. */
  section(key: SectionKey): string | null {
    if (!this.#sections.has(key)) {
      const texts = this.report.sections.filter((s) => s.key === key).map((s) => normalizeProse(s.text));
      this.#sections.set(key, texts.length === 0 ? null : texts.join(BLOCK_JOIN));
    }
    return this.#sections.get(key) ?? null;
  }
}
