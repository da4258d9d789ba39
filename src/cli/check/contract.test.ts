import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyReport } from "../../domain/report/model.ts";
import { toCheckJson } from "../../services/reports/check-json.ts";
import { REPO_ROOT } from "./check.test-support.ts";
import { unreadableLine } from "./check-line.ts";
import { checkLineJsonSchema, checkLineSchema } from "./contract.ts";
import { schemaErrors } from "./json-schema-check.test-support.ts";

const published = JSON.parse(readFileSync(join(REPO_ROOT, "docs/check-line.schema.json"), "utf8"));

const report2021 = () => toCheckJson("a.html", { ...emptyReport("2021", 0), year: 2023, agency: "某局" }, []);
const report2019 = () => toCheckJson("b.txt", emptyReport("2019"), []);
const finding = {
  rule: "t3.balance",
  severity: "error",
  message: "不平",
  cells: [{ table: "applications", row: 0, col: 6 }],
  expected: 5,
  actual: 0,
};

/** [name, line, conforms]: each case judged by the zod schema and by the published JSON Schema. */
const cases: [string, unknown, boolean][] = [
  ["a 2021 report with zeros", report2021(), true],
  ["a 2019 report with null cells", report2019(), true],
  ["a finding with cells and both numbers", { ...report2021(), findings: [finding] }, true],
  ["a finding with null expected", { ...report2021(), findings: [{ ...finding, expected: null }] }, true],
  ["an unreadable file", unreadableLine("x.pdf", "PDF 文件受密码保护"), true],
  ["an extra top-level key", { ...report2021(), extra: 1 }, false],
  [
    "a 2021 table 三 with 23 rows",
    { ...report2021(), tables: { ...report2021().tables, applications: report2019().tables.applications } },
    false,
  ],
  [
    "a row of 6 numbers",
    {
      ...report2021(),
      tables: {
        ...report2021().tables,
        applications: report2021().tables.applications.map((r) => r.slice(1)),
      },
    },
    false,
  ],
  [
    "table 四 with 14 numbers",
    { ...report2021(), tables: { ...report2021().tables, litigation: Array(14).fill(0) } },
    false,
  ],
  [
    "a table 二 row of the other format",
    { ...report2021(), tables: { ...report2021().tables, proactive: report2019().tables.proactive } },
    false,
  ],
  [
    "a number as a string",
    { ...report2021(), tables: { ...report2021().tables, litigation: ["0", ...Array(14).fill(0)] } },
    false,
  ],
  ["severity fatal", { ...report2021(), findings: [{ ...finding, severity: "fatal" }] }, false],
  [
    "a cell of table 五",
    { ...report2021(), findings: [{ ...finding, cells: [{ table: "t5", row: 0, col: 0 }] }] },
    false,
  ],
  ["tables without a format", { ...report2021(), format: null }, false],
  ["an unreadable file without a reason", { ...unreadableLine("x", "y"), findings: [] }, false],
  ["format 2024", { ...report2021(), format: "2024" }, false],
];

describe("the gongkai check --json contract", () => {
  it("docs/check-line.schema.json is the schema the code produces", () => {
    expect(published).toEqual(checkLineJsonSchema());
  });

  it.each(cases)("%s: conforms = %s, by zod and by the published JSON Schema", (_name, line, conforms) => {
    expect(checkLineSchema.safeParse(line).success).toBe(conforms);
    expect(schemaErrors(published, line).length === 0).toBe(conforms);
  });
});
