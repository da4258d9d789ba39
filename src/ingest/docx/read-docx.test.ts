import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { describe, expect, it } from "vitest";
import { docxToLines, readDocx } from "./index.ts";

/** A cell as written in the test tables: text, and the spans Word stores as w:gridSpan / w:vMerge. */
type Spec = string | number | { text: string; rows?: number; cols?: number };

const cell = (spec: Spec): TableCell => {
  const s = typeof spec === "object" ? spec : { text: String(spec) };
  return new TableCell({
    children: [new Paragraph(s.text)],
    ...(s.rows ? { rowSpan: s.rows } : {}),
    ...(s.cols ? { columnSpan: s.cols } : {}),
  });
};
const table = (rows: Spec[][]): Table =>
  new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });

/** 洪泽区人民政府's 2023 figures (read by hand from its PDF), typed into the official 2021 layout. */
const T3_LABELS: [Spec[], number[]][] = [
  [[{ text: "一、本年新收政府信息公开申请数量", cols: 3 }], [21, 0, 0, 0, 0, 0, 21]],
  [[{ text: "二、上年结转政府信息公开申请数量", cols: 3 }], [0, 0, 0, 0, 0, 0, 0]],
  [
    [
      { text: "三、本年度办理结果", rows: 22 },
      { text: "（一）予以公开", cols: 2 },
    ],
    [0, 0, 0, 0, 0, 0, 0],
  ],
  [[{ text: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", cols: 2 }], [4, 0, 0, 0, 0, 0, 4]],
  [
    [{ text: "（三）不予公开", rows: 8 }, "1.属于国家秘密"],
    [1, 0, 0, 0, 0, 0, 1],
  ],
  [["2.其他法律行政法规禁止公开"], [0, 0, 0, 0, 0, 0, 0]],
  [["3.危及“三安全一稳定”"], [0, 0, 0, 0, 0, 0, 0]],
  [["4.保护第三方合法权益"], [0, 0, 0, 0, 0, 0, 0]],
  [["5.属于三类内部事务信息"], [0, 0, 0, 0, 0, 0, 0]],
  [["6.属于四类过程性信息"], [1, 0, 0, 0, 0, 0, 1]],
  [["7.属于行政执法案卷"], [1, 0, 0, 0, 0, 0, 1]],
  [["8.属于行政查询事项"], [0, 0, 0, 0, 0, 0, 0]],
  [
    [{ text: "（四）无法提供", rows: 3 }, "1.本机关不掌握相关政府信息"],
    [10, 0, 0, 0, 0, 0, 10],
  ],
  [["2.没有现成信息需要另行制作"], [3, 0, 0, 0, 0, 0, 3]],
  [["3.补正后申请内容仍不明确"], [0, 0, 0, 0, 0, 0, 0]],
  [
    [{ text: "（五）不予处理", rows: 5 }, "1.信访举报投诉类申请"],
    [1, 0, 0, 0, 0, 0, 1],
  ],
  [["2.重复申请"], [0, 0, 0, 0, 0, 0, 0]],
  [["3.要求提供公开出版物"], [0, 0, 0, 0, 0, 0, 0]],
  [["4.无正当理由大量反复申请"], [0, 0, 0, 0, 0, 0, 0]],
  [["5.要求行政机关确认或重新出具已获取信息"], [0, 0, 0, 0, 0, 0, 0]],
  [
    [{ text: "（六）其他处理", rows: 3 }, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
    [0, 0, 0, 0, 0, 0, 0],
  ],
  [["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"], [0, 0, 0, 0, 0, 0, 0]],
  [["3.其他"], [0, 0, 0, 0, 0, 0, 0]],
  [[{ text: "（七）总计", cols: 2 }], [21, 0, 0, 0, 0, 0, 21]],
  [[{ text: "四、结转下年度继续办理", cols: 3 }], [0, 0, 0, 0, 0, 0, 0]],
];

async function reportDocx(): Promise<Uint8Array> {
  const p = (t: string) => new Paragraph(t);
  const results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
  const doc = new Document({
    sections: [
      {
        children: [
          p("洪泽区人民政府"),
          p("2023年政府信息公开工作年度报告"),
          p("本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。"),
          p("一、总体情况"),
          p("2023年全区受理政府信息公开申请21件，均在法定期限答复。"),
          p("二、主动公开政府信息情况"),
          table([
            [{ text: "第二十条第（一）项", cols: 4 }],
            ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
            ["规章", 0, 0, 0],
            ["行政规范性文件", 0, 5, 5],
            [{ text: "第二十条第（五）项", cols: 4 }],
            ["信息内容", { text: "本年处理决定数量", cols: 3 }],
            ["行政许可", { text: "550", cols: 3 }],
            [{ text: "第二十条第（六）项", cols: 4 }],
            ["信息内容", { text: "本年处理决定数量", cols: 3 }],
            ["行政处罚", { text: "4119", cols: 3 }],
            ["行政强制", { text: "195", cols: 3 }],
            [{ text: "第二十条第（八）项", cols: 4 }],
            ["信息内容", { text: "本年收费金额（单位：万元）", cols: 3 }],
            ["行政事业性收费", { text: "7730.28", cols: 3 }],
          ]),
          p("三、收到和处理政府信息公开申请情况"),
          table([
            [
              {
                text: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                cols: 3,
                rows: 3,
              },
              { text: "申请人情况", cols: 7 },
            ],
            [
              { text: "自然人", rows: 2 },
              { text: "法人或其他组织", cols: 5 },
              { text: "总计", rows: 2 },
            ],
            ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
            ...T3_LABELS.map(([labels, numbers]) => [...labels, ...numbers]),
          ]),
          p("四、政府信息公开行政复议、行政诉讼情况"),
          table([
            [
              { text: "行政复议", cols: 5, rows: 2 },
              { text: "行政诉讼", cols: 10 },
            ],
            [
              { text: "未经复议直接起诉", cols: 5 },
              { text: "复议后起诉", cols: 5 },
            ],
            [...results, ...results, ...results],
            // Table 四 exactly as the district printed it (its 总计 cells do not add up).
            [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0],
          ]),
          p("五、存在的主要问题及改进情况"),
          p("依申请公开工作规范性还有待提高。"),
          p("六、其他需要报告的事项"),
          p("2023年，全年收取政府信息公开信息处理费0元。"),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe("readDocx on a Word file with merged cells", async () => {
  const bytes = await reportDocx();

  it("keeps tables in document order with the paragraphs and repeats merged cells", async () => {
    const lines = await docxToLines(bytes);
    const at = (label: string) => lines.findIndex((l) => l.cells.includes(label));
    expect(at("二、主动公开政府信息情况")).toBeLessThan(at("规章"));
    expect(at("规章")).toBeLessThan(at("三、收到和处理政府信息公开申请情况"));
    const row = lines.find((l) => l.cells.includes("2.没有现成信息需要另行制作"));
    expect(row).toEqual({
      cells: [
        "三、本年度办理结果",
        "（四）无法提供",
        "2.没有现成信息需要另行制作",
        "3",
        "0",
        "0",
        "0",
        "0",
        "0",
        "3",
      ],
      fromTable: true,
    });
    expect(lines.find((l) => l.cells[0] === "行政许可")?.cells).toEqual(["行政许可", "550", "550", "550"]);
  });

  it("reads every number into the model", async () => {
    const { report } = await readDocx(bytes);
    expect(report?.agency).toBe("洪泽区人民政府");
    expect(report?.year).toBe(2023);
    expect(report?.tables.proactive.normativeDocuments).toEqual({ issued: 0, abolished: 5, inForce: 5 });
    expect(report?.tables.proactive.fees).toEqual({ amount: 7730.28 });
    expect(report?.tables.applications).toEqual(T3_LABELS.map(([, numbers]) => numbers));
    expect(report?.tables.litigation).toEqual([10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0]);
  });
});

/** The 512-byte header of an OLE compound file followed by a directory naming `streams` (UTF-16LE). */
function oleFile(...streams: string[]): Uint8Array {
  const header = new Uint8Array(512);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const names = streams.map((s) => {
    const entry = new Uint8Array(128);
    entry.set(Buffer.from(s, "utf16le"));
    return entry;
  });
  return Uint8Array.from([...header, ...names.flatMap((n) => [...n])]);
}

describe("readDocx on files it cannot read", () => {
  const cases: [string, Uint8Array, string][] = [
    ["an old binary .doc", oleFile("Root Entry", "WordDocument", "1Table"), "不支持旧版 .doc 格式"],
    [
      "a password-protected .docx",
      oleFile("Root Entry", "EncryptionInfo", "EncryptedPackage"),
      "文件受密码保护",
    ],
    ["plain text", new TextEncoder().encode("这不是 Word 文件"), "不是 Word .docx 文档"],
    [
      "a truncated .docx",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 119, 111, 114, 100, 47]),
      "读取 Word 文档时出错",
    ],
  ];
  it.each(cases)("%s gives a read.failed finding", async (_name, bytes, message) => {
    const { report, findings } = await readDocx(bytes);
    expect(report).toBeNull();
    expect(findings).toHaveLength(1);
    expect(findings[0]?.rule).toBe("read.failed");
    expect(findings[0]?.message).toContain(message);
  });
});
