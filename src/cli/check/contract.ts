import { pathToFileURL } from "node:url";
import { z } from "zod";
import { FORMATS } from "../../domain/report/format/index.ts";
import type { FormatVersion } from "../../domain/report/format/types.ts";

/**
 * The `gongkai check --json` contract as a schema: one object per file and line. Built from the
 * format data, so that the keys of table 二 and the row count of table 三 are exactly the format's.
 * `docs/check-line.schema.json` is its JSON Schema (`checkLineJsonSchema`); tests check real output
 * against it and that the file is what this code produces.
 */
const docs = z.registry<{ id?: string; description?: string }>();

function note<T extends z.ZodType>(schema: T, description: string, id?: string): T {
  docs.add(schema, id ? { id, description } : { description });
  return schema;
}

const cell = note(z.number().nullable(), "a number as printed; null when blank or unreadable", "cell");

const cellRef = note(
  z.strictObject({
    table: z.enum(["proactive", "applications", "litigation"]),
    row: note(
      z.union([z.number().int().min(0), z.string()]),
      "applications: row index in official order; litigation: 0; proactive: the row key",
    ),
    col: note(
      z.union([z.number().int().min(0), z.string()]),
      "applications: 0 自然人 … 6 总计; litigation: 0–14; proactive: the column key",
    ),
  }),
  "a cell of a table",
  "cellRef",
);

const finding = note(
  z.strictObject({
    rule: note(z.string().min(1), "rule id: t3.balance, read.failed, read.unreadable, …"),
    severity: z.enum(["error", "warning"]),
    message: note(z.string().min(1), "what is wrong and how to fix it, in Chinese"),
    cells: z.array(cellRef),
    expected: z.number().nullable().optional(),
    actual: z.number().nullable().optional(),
  }),
  "one problem of the file",
  "finding",
);

function tablesOf(version: FormatVersion) {
  const format = FORMATS[version];
  const proactiveRows: Record<string, z.ZodType> = {};
  for (const block of format.proactive) {
    const columns = Object.fromEntries(block.columns.map((c) => [c.key, cell]));
    const row = note(
      z.strictObject(columns),
      `${block.item}: ${block.columns.map((c) => `${c.key} ${c.label}`).join(", ")}`,
      `proactive${version}.${block.key}`,
    );
    for (const r of block.rows) proactiveRows[r.key] = row;
  }
  const rows = format.applications.rows.length;
  return z.strictObject({
    proactive: note(z.strictObject(proactiveRows), `table 二 of the ${version} format`),
    applications: note(
      z.array(z.array(cell).length(7)).length(rows),
      `table 三: ${rows} rows in official order × 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计`,
    ),
    litigation: note(z.array(cell).length(15), "table 四: 15 numbers in official order"),
  });
}

const readable = (version: FormatVersion) =>
  note(
    z.strictObject({
      file: note(z.string(), "the path as given, or as found in a folder"),
      format: z.literal(version),
      year: z.number().int().min(2008).max(2100).nullable(),
      agency: z.string().nullable(),
      tables: tablesOf(version),
      findings: z.array(finding),
    }),
    `a report read in the ${version} format`,
    `report${version}`,
  );

const unreadable = note(
  z.strictObject({
    file: z.string(),
    format: z.null(),
    year: z.null(),
    agency: z.null(),
    tables: z.null(),
    findings: note(z.array(finding).min(1), "why the file could not be read (rule read.failed)"),
  }),
  "a file of which nothing could be read",
  "unreadable",
);

/** One line of `gongkai check --json`. */
export const checkLineSchema = z.union([readable("2021"), readable("2019"), unreadable]);

/** The JSON Schema (draft 2020-12) of one line: the file docs/check-line.schema.json. */
export function checkLineJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(checkLineSchema, { metadata: docs });
  return { $schema: schema.$schema, title: "gongkai check --json: one line per file", ...schema };
}

// `npx tsx src/cli/check/contract.ts > docs/check-line.schema.json` writes the published schema.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(checkLineJsonSchema(), null, 2)}\n`);
}
