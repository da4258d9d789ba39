import { describe, expect, it } from "vitest";
import { applicationRowName, describeCell } from "./cell-name.ts";
import { FORMATS } from "./format/index.ts";

const v2021 = FORMATS["2021"];
const v2019 = FORMATS["2019"];

describe("describeCell", () => {
  it.each([
    [{ table: "applications", row: 12, col: 0 }, "表三 （四）1.本机关不掌握相关政府信息 · 自然人"],
    [{ table: "applications", row: 0, col: 6 }, "表三 一、本年新收政府信息公开申请数量 · 总计"],
    [{ table: "applications", row: 22, col: 5 }, "表三 （六）3.其他 · 其他"],
    [{ table: "applications", row: 23, col: 1 }, "表三 （七）总计 · 商业企业"],
    [{ table: "applications", row: 24, col: 4 }, "表三 四、结转下年度继续办理 · 法律服务机构"],
    [{ table: "litigation", row: 0, col: 0 }, "表四 行政复议 · 结果维持"],
    [{ table: "litigation", row: 0, col: 9 }, "表四 行政诉讼 · 未经复议直接起诉 · 总计"],
    [{ table: "litigation", row: 0, col: 13 }, "表四 行政诉讼 · 复议后起诉 · 尚未审结"],
    [
      { table: "proactive", row: "regulations", col: "issued" },
      "表二 第二十条第（一）项 · 规章 · 本年制发件数",
    ],
    [
      { table: "proactive", row: "fees", col: "amount" },
      "表二 第二十条第（八）项 · 行政事业性收费 · 本年收费金额（单位：万元）",
    ],
    [{ table: "proactive", row: "lottery", col: "sold" }, "表二 lottery · sold"],
    [{ table: "applications", row: 30, col: 9 }, "表三 第 31 行 · 第 10 列"],
  ] as const)("2021 %o → %s", (ref, name) => {
    expect(describeCell(v2021, ref)).toBe(name);
  });

  it("follows the 2019 format: （六）其他处理 is one row, table 二 has its own columns", () => {
    expect(describeCell(v2019, { table: "applications", row: 20, col: 0 })).toBe(
      "表三 （六）其他处理 · 自然人",
    );
    expect(describeCell(v2019, { table: "applications", row: 21, col: 6 })).toBe("表三 （七）总计 · 总计");
    expect(describeCell(v2019, { table: "proactive", row: "permits", col: "change" })).toBe(
      "表二 第二十条第（五）项 · 行政许可 · 本年增/减",
    );
  });
});

describe("applicationRowName short", () => {
  it("drops the long tails for use inside equations", () => {
    expect([0, 1, 3, 23, 24].map((i) => applicationRowName(v2021, i, true))).toEqual([
      "一、本年新收",
      "二、上年结转",
      "（二）部分公开",
      "（七）总计",
      "四、结转下年度",
    ]);
  });
});
