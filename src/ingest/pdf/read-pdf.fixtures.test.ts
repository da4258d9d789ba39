import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sharedAvailable, sharedFixture } from "../../test-support/shared-fixtures.ts";
import { pdfToLines, readPdf } from "./index.ts";

/**
 * The three real PDFs, read cell by cell. Every number below was written down by hand from the
 * rendered pages (pdftoppm), not from this reader's output.
 */
const zeros = [0, 0, 0, 0, 0, 0, 0];
const only = (n: number) => [n, 0, 0, 0, 0, 0, n];

const FIXTURES = [
  {
    file: "external/huaian-city-2024.pdf",
    agency: "淮安市人民政府",
    year: 2024,
    collapsed: [] as string[],
    proactive: {
      regulations: { issued: 1, abolished: 0, inForce: 11 },
      normativeDocuments: { issued: 8, abolished: 26, inForce: 66 },
      permits: { decisions: 447228 },
      penalties: { decisions: 3985758 },
      enforcement: { decisions: 88283 },
      fees: { amount: 96171.6 },
    },
    applications: [
      [3001, 53, 0, 0, 61, 4, 3119],
      only(34),
      [1288, 21, 0, 0, 50, 3, 1362],
      [447, 7, 0, 0, 0, 0, 454],
      only(2),
      [30, 1, 0, 0, 0, 0, 31],
      only(5),
      only(6),
      [7, 1, 0, 0, 0, 0, 8],
      only(12),
      only(9),
      only(105),
      [746, 12, 0, 0, 10, 1, 769],
      only(11),
      only(1),
      [56, 6, 0, 0, 0, 0, 62],
      only(25),
      zeros,
      zeros,
      only(1),
      [67, 3, 0, 0, 1, 0, 71],
      only(6),
      [108, 2, 0, 0, 0, 0, 110],
      [2932, 53, 0, 0, 61, 4, 3050],
      only(103),
    ],
    litigation: [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20],
    prose: "全市共受理政府信息公开申请3119件",
  },
  {
    file: "external/hongze-district-2023.pdf",
    agency: "洪泽区人民政府",
    year: 2023,
    // （六）其他处理 printed as one row: its numbers go to （六）3, items 1–2 stay unread.
    collapsed: ["otherHandling"],
    proactive: {
      regulations: { issued: 0, abolished: 0, inForce: 0 },
      normativeDocuments: { issued: 0, abolished: 5, inForce: 5 },
      permits: { decisions: 550 },
      penalties: { decisions: 4119 },
      enforcement: { decisions: 195 },
      fees: { amount: 7730.28 },
    },
    applications: [
      only(21),
      zeros,
      zeros,
      only(4),
      only(1),
      zeros,
      zeros,
      zeros,
      zeros,
      only(1),
      only(1),
      zeros,
      only(10),
      only(3),
      zeros,
      only(1),
      zeros,
      zeros,
      zeros,
      zeros,
      Array(7).fill(null),
      Array(7).fill(null),
      zeros,
      only(21),
      zeros,
    ],
    // As printed, although its totals do not add up.
    litigation: [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0],
    prose: "2023年全区受理政府信息公开申请21件",
  },
  {
    file: "external/hongze-district-2024.pdf",
    agency: "淮安市洪泽区人民政府",
    year: 2024,
    collapsed: ["otherHandling"],
    proactive: {
      regulations: { issued: 0, abolished: 0, inForce: 0 },
      normativeDocuments: { issued: 3, abolished: 0, inForce: 8 },
      permits: { decisions: 9487 },
      penalties: { decisions: 2776 },
      enforcement: { decisions: 84 },
      fees: { amount: 7545 },
    },
    applications: [
      only(95),
      zeros,
      only(50),
      only(9),
      zeros,
      zeros,
      only(1),
      zeros,
      zeros,
      only(1),
      only(1),
      zeros,
      only(31),
      only(1),
      zeros,
      only(1),
      zeros,
      zeros,
      zeros,
      zeros,
      Array(7).fill(null),
      Array(7).fill(null),
      zeros,
      only(95),
      zeros,
    ],
    litigation: [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3],
    prose: "政府信息公开工作虽取得一定成绩",
  },
];

describe.skipIf(!sharedAvailable).each(FIXTURES)("readPdf on $file", (fx) => {
  const bytes = () => new Uint8Array(readFileSync(sharedFixture(fx.file)));
  let read: ReturnType<typeof readPdf> | undefined;
  const once = () => {
    read ??= readPdf(bytes());
    return read;
  };

  it("reads agency, year and every cell of tables 二, 三 and 四", async () => {
    const { report } = await once();
    expect(report?.agency).toBe(fx.agency);
    expect(report?.year).toBe(fx.year);
    expect(report?.format).toBe("2021");
    expect(report?.tables.proactive).toEqual(fx.proactive);
    expect(report?.tables.applications).toEqual(fx.applications);
    expect(report?.tables.litigation).toEqual(fx.litigation);
    expect(report?.collapsedGroups).toEqual(fx.collapsed);
  });

  it("finds the six sections in order, with paragraphs joined across lines and pages", async () => {
    const { report } = await once();
    expect(report?.sections.map((s) => s.key)).toEqual([
      "overview",
      "proactive",
      "applications",
      "litigation",
      "problems",
      "other",
    ]);
    const all = report?.sections.map((s) => s.text).join("\n") ?? "";
    expect(all).toContain(fx.prose);
    expect(report?.sections.at(-1)?.text).toMatch(/信息处理费\s*\d+\s*元/);
  });

  it("drops the page numbers", async () => {
    const result = await pdfToLines(bytes());
    if (!("lines" in result)) throw new Error(result.failure);
    expect(result.lines.flatMap((l) => l.cells).filter((c) => /^-\s*\d+\s*-$/.test(c))).toEqual([]);
  });
});

describe.skipIf(!sharedAvailable)("table rows of huaian-city-2024.pdf", () => {
  it("keeps the wrapped label, the vertical header and the group cut by the page break", async () => {
    const result = await pdfToLines(
      new Uint8Array(readFileSync(sharedFixture("external/huaian-city-2024.pdf"))),
    );
    if (!("lines" in result)) throw new Error(result.failure);
    const rows = result.lines.filter((l) => l.fromTable).map((l) => l.cells);
    expect(rows).toContainEqual([
      "三、本年度办理结果",
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
      "447",
      "7",
      "0",
      "0",
      "0",
      "0",
      "454",
    ]);
    // Page 5 opens inside the merged cells 「三、本年度办理结果」 and 「（四）无法提供」.
    expect(rows).toContainEqual([
      "三、本年度办理结果",
      "法提供",
      "2.没有现成信息需要另行制作",
      "11",
      "0",
      "0",
      "0",
      "0",
      "0",
      "11",
    ]);
  });
});

describe.skipIf(!sharedAvailable)("table rows of hongze-district-2023.pdf", () => {
  it("closes the table cut at the foot of page 3 and carries its merged cells onto page 4", async () => {
    const result = await pdfToLines(
      new Uint8Array(readFileSync(sharedFixture("external/hongze-district-2023.pdf"))),
    );
    if (!("lines" in result)) throw new Error(result.failure);
    const rows = result.lines.filter((l) => l.fromTable).map((l) => l.cells.slice(1));
    // The last row on page 3 has no bottom border; page 4 opens inside 「（四）无法提供」.
    expect(rows).toContainEqual([
      "（四）无法提供",
      "2.没有现成信息需要另行制作",
      "3",
      "0",
      "0",
      "0",
      "0",
      "0",
      "3",
    ]);
    expect(rows).toContainEqual([
      "（四）无法提供",
      "3.补正后申请内容仍不明确",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
    ]);
    // （六）其他处理 printed as one row, its label cell spanning the item column.
    expect(rows).toContainEqual(["（六）其他处理", "0", "0", "0", "0", "0", "0", "0"]);
  });
});
