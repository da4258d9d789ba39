import { useEffect, useState } from "react";
import type { Vocabulary } from "../../http/routes/applications-vocabulary.ts";
import { api } from "./client.ts";

export type { Vocabulary };

type VocabularyOption = Vocabulary["phases"][number];

let pending: Promise<Vocabulary> | null = null;

/**
 * The procedure's Chinese names (phases, outcomes, steps, channels …) from
 * `GET /api/vocabulary/applications`, asked once per browser session and shared by every screen.
 */
export function useVocabulary(): Vocabulary | undefined {
  const [words, setWords] = useState<Vocabulary>();
  useEffect(() => {
    let current = true;
    pending ??= api.get<Vocabulary>("/api/vocabulary/applications");
    pending.then(
      (v) => current && setWords(v),
      () => {
        // Asked again on the next screen; meanwhile values show as they are.
        pending = null;
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return words;
}

/** The label of a value in one of the lists, or the value itself while the list is unknown. */
export function labelOf(list: readonly VocabularyOption[] | undefined, value: string): string {
  return list?.find((o) => o.value === value)?.label ?? value;
}
