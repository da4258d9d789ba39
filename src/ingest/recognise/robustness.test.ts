import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportModelSchema } from "../../domain/report/model.ts";
import { readText } from "../text/index.ts";
import type { ReadResult } from "../types.ts";
import { recognise } from "./index.ts";

const fixture = readFileSync(new URL("../text/fixtures/zunhuadian-2023.txt", import.meta.url), "utf8");

/** Whatever the input: no throw, and either no report with a read.failed finding, or a valid model. */
function expectWellFormed(result: ReadResult): void {
  if (result.report === null) {
    expect(result.findings.map((f) => f.rule)).toEqual(["read.failed"]);
    expect(result.findings[0]?.message).not.toContain("内部错误");
  } else {
    const parsed = reportModelSchema.safeParse(result.report);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  }
  for (const f of result.findings) {
    expect(f.message.length).toBeGreaterThan(0);
    expect(["error", "warning"]).toContain(f.severity);
  }
}

/** Characters that reach the interesting paths: labels, numerals, numbers, dashes, separators. */
const pieces = fc.constantFrom(
  ..."一二三四五六七（）()、.．，。0123456789０１２３—-/\t \n#|".split(""),
  "总体情况",
  "主动公开政府信息情况",
  "收到和处理政府信息公开申请情况",
  "本年新收政府信息公开申请数量",
  "属于国家秘密",
  "其他处理",
  "其他",
  "总计",
  "行政复议",
  "规章",
  "2023年政府信息公开工作年度报告",
  "- 4 -",
  "713000074",
);
const reportish = fc.array(pieces, { maxLength: 400 }).map((a) => a.join(""));

describe("never throws, always finishes", () => {
  it("arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 600 }), (s) => expectWellFormed(readText(s))),
      { numRuns: 300 },
    );
  });

  it("arbitrary report-like text", () => {
    fc.assert(
      fc.property(reportish, (s) => expectWellFormed(readText(s))),
      { numRuns: 500 },
    );
  });

  it("arbitrary lines and cells, from tables or not", () => {
    const line = fc.record({ cells: fc.array(reportish, { maxLength: 12 }), fromTable: fc.boolean() });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => expectWellFormed(recognise(lines))),
      { numRuns: 300 },
    );
  });

  it("arbitrary mutations of a real report", () => {
    const lines = fixture.split("\n");
    const mutation = fc.oneof(
      fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
      fc.record({ op: fc.constant("duplicate" as const), at: fc.nat() }),
      fc.record({ op: fc.constant("swap" as const), at: fc.nat(), to: fc.nat() }),
      fc.record({ op: fc.constant("insert" as const), at: fc.nat(), text: reportish }),
      fc.record({
        op: fc.constant("edit" as const),
        at: fc.nat(),
        pos: fc.nat(),
        text: fc.string({ maxLength: 3 }),
      }),
      fc.record({ op: fc.constant("join" as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 30 }), (ops) => {
        const doc = [...lines];
        for (const m of ops) {
          const i = m.at % Math.max(1, doc.length);
          if (m.op === "delete") doc.splice(i, 1);
          else if (m.op === "duplicate") doc.splice(i, 0, doc[i] ?? "");
          else if (m.op === "swap") {
            const j = m.to % Math.max(1, doc.length);
            [doc[i], doc[j]] = [doc[j] ?? "", doc[i] ?? ""];
          } else if (m.op === "insert") doc.splice(i, 0, m.text);
          else if (m.op === "edit") {
            const l = doc[i] ?? "";
            const p = m.pos % (l.length + 1);
            doc[i] = l.slice(0, p) + m.text + l.slice(p + 1);
          } else doc.splice(i, 2, (doc[i] ?? "") + (doc[i + 1] ?? ""));
        }
        expectWellFormed(readText(doc.join("\n")));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["a line of 200 000 digits", "1".repeat(200_000)],
    [
      "a glued run of 5 000 digits in a table 三 row",
      `三、收到和处理政府信息公开申请情况\n1.属于国家秘密 ${"7".repeat(5000)}`,
    ],
    ["a glued table 四 of 3 000 digits", `四、政府信息公开行政复议、行政诉讼情况\n${"1".repeat(3000)}`],
    ["100 000 lines of one character", "三\n".repeat(100_000)],
    [
      "50 000 numbers one per line",
      `三、收到和处理政府信息公开申请情况\n1.属于国家秘密\n${"0\n".repeat(50_000)}`,
    ],
    ["a label repeated 20 000 times", "1.属于国家秘密\n".repeat(20_000)],
    ["100 000 spaces between two values", `规章 1${" ".repeat(100_000)}2`],
  ])("%s", (_, input) => {
    expectWellFormed(readText(input));
  });
});
