import type { SectionKey } from "../format/types.ts";
import type { ReportModel } from "../model.ts";

const NEEDS_WORK = /[\s０-９]/;

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Prose made comparable: full-width digits to ASCII, whitespace removed — PDF text breaks lines in
 * the middle of words (`答\n复 3050 件`) — except a single space between two ASCII letters or digits,
 * so that two separate figures never merge into one. One pass over the characters.
 */
export function normalizeProse(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  let out = "";
  let start = 0; // first character not yet copied
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff10 && code <= 0xff19) {
      out += text.slice(start, i) + String.fromCharCode(code - 0xfee0);
      start = i + 1;
    } else if (isSpace(code)) {
      let end = i + 1;
      while (end < text.length && isSpace(text.charCodeAt(end))) end++;
      out += text.slice(start, i);
      if (i > 0 && isAsciiAlnum(text.charCodeAt(i - 1)) && isAsciiAlnum(text.charCodeAt(end))) out += " ";
      start = end;
      i = end - 1;
    }
  }
  return out + text.slice(start);
}

/** Blocks of prose (preamble, sections) are joined with a full stop so no sentence runs across two. */
const BLOCK_JOIN = "。";

/** The report's prose, normalised on first use only (most rules never read it), each block once. */
export class ProseView {
  #blocks: { key: SectionKey | null; text: string }[] | undefined;
  #all: string | undefined;

  constructor(private readonly report: ReportModel) {}

  #normalized(): { key: SectionKey | null; text: string }[] {
    if (!this.#blocks) {
      const blocks: { key: SectionKey | null; text: string }[] = [
        { key: null, text: normalizeProse(this.report.preamble) },
      ];
      for (const s of this.report.sections) blocks.push({ key: s.key, text: normalizeProse(s.text) });
      this.#blocks = blocks;
    }
    return this.#blocks;
  }

  /** Preamble (key null) and each section, normalised, in document order. */
  blocks(): readonly { key: SectionKey | null; text: string }[] {
    return this.#normalized();
  }

  /** Preamble and every section, normalised. */
  get all(): string {
    if (this.#all === undefined) {
      let all = "";
      for (const block of this.#normalized()) {
        if (block.text !== "") all = all === "" ? block.text : all + BLOCK_JOIN + block.text;
      }
      this.#all = all;
    }
    return this.#all;
  }

  /** The normalised prose of the section(s) recognised as `key`; null when the report has none. */
  section(key: SectionKey): string | null {
    let text: string | null = null;
    for (const block of this.#normalized()) {
      if (block.key === key) text = text === null ? block.text : text + BLOCK_JOIN + block.text;
    }
    return text;
  }
}
