import type { Finding } from "../finding.ts";
import { type CheckContext, makeFinding } from "./context.ts";
import { ProseView } from "./prose.ts";
import { SHINGLE, ShingleSet, shingleHashes, shingleSet } from "./shingles.ts";

/** The share of this year's prose found in last year's at which the report counts as copied. */
const REPEAT_THRESHOLD = 0.8;
/** Too little prose to judge (a report of headings only): no finding either way. */
const MIN_SHINGLES = 50;
/** Sections shorter than this are not named in the message: their share says little. */
const MIN_SECTION_SHINGLES = 20;

const percent = (share: number) => Math.round(share * 100);

/**
 * `text.repeat`: the prose (preamble and sections) is not largely copied from last year's report.
 * Similarity is containment — the share of this year's distinct 4-character shingles that occur
 * anywhere in last year's prose, figures ignored — and a finding comes at ≥ 80 %, naming the
 * sections whose shingles are ≥ 80 % found in last year's. Needs `previous`. One pass over each
 * text with hash tables: linear, and it only runs with a previous report.
 */
export function checkTextRepeat(ctx: CheckContext): Finding[] {
  const previous = ctx.previous;
  if (!previous) return [];
  const theirs = shingleSet(new ProseView(previous).all);
  const mine = new ShingleSet(ctx.prose.all.length);
  let shared = 0;
  const copied: string[] = [];
  for (const block of ctx.prose.blocks()) {
    const hashes = shingleHashes(block.text);
    let found = 0;
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i] as number;
      const known = theirs.has(hash);
      if (known) found++;
      if (mine.add(hash) && known) shared++;
    }
    const def = ctx.format.sections.find((s) => s.key === block.key);
    if (def && hashes.length >= MIN_SECTION_SHINGLES && found >= REPEAT_THRESHOLD * hashes.length) {
      copied.push(`“${def.number}、${def.label}”${percent(found / hashes.length)}%`);
    }
  }
  if (mine.size < MIN_SHINGLES) return [];
  const share = shared / mine.size;
  if (share < REPEAT_THRESHOLD) return [];
  const lastYear = previous.year === null ? "上年" : `上年（${previous.year} 年）`;
  return [
    makeFinding(
      "text.repeat",
      `正文与${lastYear}报告的相似度为 ${percent(share)}%（本年正文 ${mine.size} 个${SHINGLE}字片段中有 ${shared} 个` +
        `在上年报告中出现）${copied.length > 0 ? `，其中${copied.join("、")}` : ""}。` +
        `请按本年实际情况撰写，不要照抄上年报告`,
      [],
      undefined,
      percent(share),
    ),
  ];
}
