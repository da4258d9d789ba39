import type { Finding } from "../finding.ts";
import type { SectionDef, SectionKey } from "../format/types.ts";
import { type CheckContext, makeFinding } from "./context.ts";

const sectionName = (s: SectionDef) => `${s.number}、${s.label}`;

/** The common case, checked without allocating: each section once, in the format's order. */
function exactlyInOrder(ctx: CheckContext): boolean {
  const defs = ctx.format.sections;
  let next = 0;
  for (const section of ctx.report.sections) {
    if (section.key === null) continue;
    if (section.key !== defs[next]?.key) return false;
    next++;
  }
  return next === defs.length;
}

/**
 * `structure.sections`: the six sections of the format are present, each once, in order. Headings
 * that were not recognised as a section (key null) are ignored. Findings: the missing sections (one
 * finding naming all), each repeated section, then the order.
 */
export function checkStructureSections(ctx: CheckContext): Finding[] {
  const defs = ctx.format.sections;
  if (exactlyInOrder(ctx)) return [];
  const keys = ctx.report.sections.flatMap((s) => (s.key === null ? [] : [s.key]));
  const findings: Finding[] = [];

  const missing = defs.filter((d) => !keys.includes(d.key));
  if (missing.length > 0) {
    findings.push(
      makeFinding(
        "structure.sections",
        `报告缺少${missing.map((d) => `“${sectionName(d)}”`).join("、")}部分。年度报告应依次包含` +
          `${defs.map((d) => d.number).join("、")}共 ${defs.length} 个部分，请补上缺少的部分`,
      ),
    );
  }

  const seen = new Set<SectionKey>();
  const firstOccurrences: SectionKey[] = [];
  const repeated = new Set<SectionKey>();
  for (const key of keys) {
    if (seen.has(key)) repeated.add(key);
    else firstOccurrences.push(key);
    seen.add(key);
  }
  for (const def of defs) {
    if (repeated.has(def.key)) {
      findings.push(
        makeFinding("structure.sections", `“${sectionName(def)}”部分出现了不止一次，请合并为一个部分`),
      );
    }
  }

  const position = (key: SectionKey) => defs.findIndex((d) => d.key === key);
  const inOrder = firstOccurrences.every(
    (key, i) => i === 0 || position(firstOccurrences[i - 1] as SectionKey) < position(key),
  );
  if (!inOrder) {
    const number = (key: SectionKey) => defs[position(key)]?.number ?? key;
    findings.push(
      makeFinding(
        "structure.sections",
        `各部分顺序不对：报告中的顺序是 ${firstOccurrences.map(number).join("、")}，` +
          `应为 ${defs.map((d) => d.number).join("、")}，请按格式调整顺序`,
      ),
    );
  }
  return findings;
}
