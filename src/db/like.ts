import { type RawBuilder, sql } from "kysely";

/** `column LIKE '%text%'` with the text taken literally (its `%`, `_` and `\` escaped), on both engines. */
export function containsText(column: string, text: string): RawBuilder<boolean> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}
