import type { Prose, SuggestionInput } from "./facts.ts";
import { suggestOther } from "./other.ts";
import { suggestOverview, suggestPreamble } from "./overview.ts";
import { suggestProblems } from "./problems.ts";
import { suggestApplications, suggestLitigation, suggestProactive } from "./table-sections.ts";

export { PLACEHOLDER_MARK, type Prose, placeholder, type SuggestionInput } from "./facts.ts";

/**
 * Prose suggestions for every part of a report, written from its figures: what the records say is
 * written out; what only staff know is a `【请填写：…】` prompt (publication refuses those).
 * Pure: the same input gives the same text.
 */
export function suggestProse(input: SuggestionInput): Prose {
  return {
    preamble: suggestPreamble(input),
    sections: {
      overview: suggestOverview(input),
      proactive: suggestProactive(input),
      applications: suggestApplications(input),
      litigation: suggestLitigation(input),
      problems: suggestProblems(input),
      other: suggestOther(input),
    },
  };
}
