import type { ReportFormat, SectionKey } from "../../domain/report/format/index.ts";
import type { ParsedDoc } from "./doc.ts";
import { parseLabel } from "./format-labels.ts";
import type { ParsedLine } from "./line-parse.ts";
import { dice, diceUpperBound } from "./similarity.ts";

export interface SectionHeading {
  key: SectionKey;
  line: number;
  heading: string;
}

const ACCEPT = 0.8;
const MAX_HEADING = 45;

interface SectionLabel {
  key: SectionKey;
  label: string;
}

interface SectionIndex {
  labels: SectionLabel[];
  /** Bigram (two char codes) → bit mask of the labels containing it: a cheap filter before dice. */
  bigrams: Map<number, number>;
}

const indexCache = new WeakMap<ReportFormat, SectionIndex>();

const bigram = (s: string, i: number): number => (s.charCodeAt(i) << 16) | s.charCodeAt(i + 1);

function sectionIndex(format: ReportFormat): SectionIndex {
  const known = indexCache.get(format);
  if (known) return known;
  const labels: SectionLabel[] = [];
  for (const s of format.sections) {
    for (const text of [s.label, ...s.aliases]) labels.push({ key: s.key, label: parseLabel(text).key });
  }
  const bigrams = new Map<number, number>();
  labels.forEach((l, bit) => {
    for (let i = 0; i + 1 < l.label.length; i++) {
      const b = bigram(l.label, i);
      bigrams.set(b, (bigrams.get(b) ?? 0) | (1 << bit));
    }
  });
  const index = { labels, bigrams };
  indexCache.set(format, index);
  return index;
}

const shared = new Int8Array(32);

/** The format section a heading line names, if it names one: its wording, not its number, decides. */
export function sectionOf(line: ParsedLine, index: SectionIndex): SectionKey | null {
  if (line.fromTable || line.text.length > MAX_HEADING) return null;
  let key = "";
  for (const p of line.parts) {
    if (p.kind === "value" && p.status !== "empty") return null;
    if (p.kind === "label") key += p.key;
  }
  if (key.length < 2) return null;
  const { labels, bigrams } = index;
  shared.fill(0);
  for (let i = 0; i + 1 < key.length; i++) {
    let mask = bigrams.get(bigram(key, i)) ?? 0;
    while (mask !== 0) {
      const bit = 31 - Math.clz32(mask);
      shared[bit] = (shared[bit] as number) + 1;
      mask &= ~(1 << bit);
    }
  }
  let best: SectionKey | null = null;
  let bestScore = ACCEPT;
  labels.forEach((l, bit) => {
    if (l.label === key) {
      best = l.key;
      bestScore = 2;
      return;
    }
    // Wording damaged beyond half its bigrams is not this heading.
    if ((shared[bit] as number) * 2 < l.label.length - 1) return;
    if (diceUpperBound(key.length, l.label.length) < bestScore) return;
    const s = dice(key, l.label);
    if (s >= bestScore) {
      best = l.key;
      bestScore = s;
    }
  });
  return best;
}

/**
 * The report's section headings in document order. A heading is a short line whose wording matches
 * a section of the format (or one of its aliases), however it is numbered or marked up; each section
 * is taken once, so a sub-heading such as `一、加强组织领导…` inside 一 is never mistaken for one.
 */
export function findSections(doc: ParsedDoc, format: ReportFormat, from: number): SectionHeading[] {
  const index = sectionIndex(format);
  const found: SectionHeading[] = [];
  const taken = new Set<SectionKey>();
  for (let i = from; i < doc.length; i++) {
    if ((doc.texts[i] as string).length > MAX_HEADING || doc.fromTable(i)) continue;
    const line = doc.line(i);
    const key = sectionOf(line, index);
    if (key && !taken.has(key)) {
      taken.add(key);
      found.push({ key, line: i, heading: line.text });
    }
  }
  return found;
}

const SENTENCE_END = /[。！？!?；;：:]$/;
const ITEM_START =
  /^(?:[-*•·]\s|\d{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,2}[、.．]|第[一二三四五六七八九十]+[，、,])/;

/**
 * Prose of consecutive lines: lines wrapped by a PDF extractor are joined back into their paragraph;
 * a paragraph ends after sentence-final punctuation or before a list item or numbered line.
 */
export function prose(texts: string[]): string {
  const paragraphs: string[] = [];
  let current = "";
  for (const raw of texts) {
    const t = raw.trim();
    if (t === "") continue;
    if (current !== "" && (SENTENCE_END.test(current) || ITEM_START.test(t))) {
      paragraphs.push(current);
      current = t;
    } else current += t;
  }
  if (current !== "") paragraphs.push(current);
  return paragraphs.join("\n");
}
