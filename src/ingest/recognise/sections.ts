import type { ReportFormat, SectionKey } from "../../domain/report/format/index.ts";
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

const labelCache = new WeakMap<ReportFormat, SectionLabel[]>();

function sectionLabels(format: ReportFormat): SectionLabel[] {
  const known = labelCache.get(format);
  if (known) return known;
  const out: SectionLabel[] = [];
  for (const s of format.sections) {
    for (const text of [s.label, ...s.aliases]) out.push({ key: s.key, label: parseLabel(text).key });
  }
  labelCache.set(format, out);
  return out;
}

/** The format section a heading line names, if it names one: its wording, not its number, decides. */
export function sectionOf(line: ParsedLine, labels: SectionLabel[]): SectionKey | null {
  if (line.fromTable || line.text.length > MAX_HEADING) return null;
  let key = "";
  for (const p of line.parts) {
    if (p.kind === "value" && p.status !== "empty") return null;
    if (p.kind === "label") key += p.key;
  }
  if (key.length < 2) return null;
  let best: SectionKey | null = null;
  let bestScore = ACCEPT;
  for (const l of labels) {
    if (l.label === key) return l.key;
    if (diceUpperBound(key.length, l.label.length) < bestScore) continue;
    const s = dice(key, l.label);
    if (s >= bestScore) {
      best = l.key;
      bestScore = s;
    }
  }
  return best;
}

/**
 * The report's section headings in document order. A heading is a short line whose wording matches
 * a section of the format (or one of its aliases), however it is numbered or marked up; each section
 * is taken once, so a sub-heading such as `一、加强组织领导…` inside 一 is never mistaken for one.
 */
export function findSections(lines: ParsedLine[], format: ReportFormat, from: number): SectionHeading[] {
  const labels = sectionLabels(format);
  const found: SectionHeading[] = [];
  const taken = new Set<SectionKey>();
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as ParsedLine;
    const key = sectionOf(line, labels);
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
