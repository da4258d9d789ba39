import { beforeAll, describe, expect, it } from "vitest";
import { forEachDialect } from "../../test-support/dialects.ts";
import type { ServiceContext } from "../context.ts";
import { createSampleTree, type SampleTree } from "../testing/sample-tree.ts";
import { getFeeIncome, setFeeIncome } from "./fee-income.ts";
import {
  createNormativeDocument,
  deleteNormativeDocument,
  getNormativeDocument,
  listNormativeDocuments,
  updateNormativeDocument,
} from "./normative-documents.ts";
import { listRegisterCounts, setRegisterCount } from "./register-counts.ts";
import { createRemedyCase, deleteRemedyCase, listRemedyCases, updateRemedyCase } from "./remedy-cases.ts";

const clock = () => new Date("2026-01-10T02:00:00.000Z");

/** The issues of a rejected promise as `path: message` lines. */
async function issuesOf(promise: Promise<unknown>): Promise<string[]> {
  const error = (await promise.then(
    () => undefined,
    (e: unknown) => e,
  )) as { code?: string; details?: { issues?: { path: unknown[]; message: string }[] } } | undefined;
  expect(error?.code).toBe("VALIDATION");
  return (error?.details?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("registers", () => {
  forEachDialect((getDb) => {
    const ctx = (): ServiceContext => ({ db: getDb().db, clock });
    let t: SampleTree;
    beforeAll(async () => {
      t = await createSampleTree(ctx(), "r");
    });

    it("keep normative documents: create, read, record the abolition, list by year, delete", async () => {
      const clerk = t.as("clerk");
      const agencyId = t.id(".k1");
      const doc = await createNormativeDocument(ctx(), clerk, {
        agencyId,
        kind: "regulation",
        title: "  一县政府信息公开办法 ",
        docNumber: "一政发〔2024〕3号",
        issuedOn: "2024-06-01",
        url: "https://example.gov.cn/a.html",
      });
      expect(doc).toMatchObject({
        title: "一县政府信息公开办法",
        abolishedOn: null,
        fullText: null,
        createdAt: clock().toISOString(),
      });
      expect(await getNormativeDocument(ctx(), clerk, doc.id)).toEqual(doc);

      const abolished = await updateNormativeDocument(ctx(), clerk, doc.id, { abolishedOn: "2025-12-31" });
      expect(abolished).toMatchObject({
        abolishedOn: "2025-12-31",
        title: "一县政府信息公开办法",
        docNumber: "一政发〔2024〕3号",
      });
      const other = await createNormativeDocument(ctx(), clerk, {
        agencyId,
        kind: "normative_document",
        title: "某通知",
        issuedOn: "2026-01-05",
      });
      const ids = async (year: number) =>
        (await listNormativeDocuments(ctx(), clerk, { agencyId, year })).map((d) => d.id);
      expect(await ids(2023)).toEqual([]);
      expect(await ids(2025)).toEqual([doc.id]);
      expect(await ids(2026)).toEqual([other.id]);
      expect(
        (await listNormativeDocuments(ctx(), clerk, { agencyId, kind: "regulation" })).map((d) => d.id),
      ).toEqual([doc.id]);

      await deleteNormativeDocument(ctx(), clerk, other.id);
      await expect(getNormativeDocument(ctx(), clerk, other.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("name every faulty field of a document, in Chinese", async () => {
      const issues = await issuesOf(
        createNormativeDocument(ctx(), t.as("clerk"), {
          agencyId: t.id(".k1"),
          kind: "notice" as never,
          title: " ",
          issuedOn: "2025-02-30",
          url: "ftp://x",
        }),
      );
      expect(issues).toEqual([
        "kind: 文件类别只能是以下之一：规章（regulation）、行政规范性文件（normative_document）",
        "title: 请填写文件标题",
        "issuedOn: 发布日期“2025-02-30”无效：请写成真实存在的日期，格式为 YYYY-MM-DD，例如 2026-02-10",
        "url: 网址应以 http:// 或 https:// 开头，且不含空格",
      ]);
      const doc = await createNormativeDocument(ctx(), t.as("clerk"), {
        agencyId: t.id(".k1"),
        kind: "regulation",
        title: "某规定",
        issuedOn: "2025-03-01",
      });
      expect(
        await issuesOf(updateNormativeDocument(ctx(), t.as("clerk"), doc.id, { abolishedOn: "2025-02-28" })),
      ).toEqual(["abolishedOn: 废止日期（2025-02-28）不能早于发布日期（2025-03-01）"]);
      expect(
        await issuesOf(updateNormativeDocument(ctx(), t.as("clerk"), doc.id, { agencyId: t.id(".k2") })),
      ).toEqual(["agencyId: 不能修改登记所属的机关：如登记错了机关，请删除后在正确的机关重新登记"]);
    });

    it("keep yearly decision counts and fee income, replacing a year's figure when set again", async () => {
      const clerk = t.as("clerk2");
      const agencyId = t.id(".k2");
      await setRegisterCount(ctx(), clerk, { agencyId, year: 2025, kind: "permit", count: 120 });
      await setRegisterCount(ctx(), clerk, { agencyId, year: 2025, kind: "permit", count: 125 });
      await setRegisterCount(ctx(), clerk, { agencyId, year: 2025, kind: "penalty", count: 0 });
      await setRegisterCount(ctx(), clerk, { agencyId, year: 2024, kind: "enforcement", count: 7 });
      const counts = await listRegisterCounts(ctx(), clerk, { agencyId, year: 2025 });
      expect(counts.map((c) => [c.kind, c.count])).toEqual([
        ["penalty", 0],
        ["permit", 125],
      ]);
      expect(
        await issuesOf(setRegisterCount(ctx(), clerk, { agencyId, year: 2007, kind: "permit", count: 1.5 })),
      ).toEqual([
        "year: 年度不能早于 2008 年（《政府信息公开条例》施行之年）",
        "count: 本年处理决定数量应为整数",
      ]);

      expect(await getFeeIncome(ctx(), clerk, { agencyId, year: 2025 })).toBeNull();
      await setFeeIncome(ctx(), clerk, { agencyId, year: 2025, amountFen: 123_456_789 });
      await setFeeIncome(ctx(), clerk, { agencyId, year: 2025, amountFen: 9_876_543_210 });
      expect(await getFeeIncome(ctx(), clerk, { agencyId, year: 2025 })).toMatchObject({
        amountFen: 9_876_543_210,
      });
      expect(await issuesOf(setFeeIncome(ctx(), clerk, { agencyId, year: 2025, amountFen: -1 }))).toEqual([
        "amountFen: 本年收费金额（分）不能为负数",
      ]);
    });

    it("keep remedy cases whose result and result date go together", async () => {
      const clerk = t.as("educlerk");
      const agencyId = t.id(".k1.edu");
      const pending = await createRemedyCase(ctx(), clerk, {
        agencyId,
        kind: "reconsideration",
        caseNumber: "甲复〔2025〕12号",
        filedOn: "2025-11-03",
        result: "pending",
      });
      expect(await issuesOf(updateRemedyCase(ctx(), clerk, pending.id, { result: "upheld" }))).toEqual([
        "resultOn: 已有审理结果（结果维持）的案件必须填写审结日期",
      ]);
      expect(
        await issuesOf(
          updateRemedyCase(ctx(), clerk, pending.id, { result: "upheld", resultOn: "2025-10-01" }),
        ),
      ).toEqual(["resultOn: 审结日期（2025-10-01）不能早于立案（申请）日期（2025-11-03）"]);
      expect(await issuesOf(updateRemedyCase(ctx(), clerk, pending.id, { resultOn: "2026-01-05" }))).toEqual([
        "resultOn: 尚未审结的案件不应填写审结日期：请删除审结日期，或选择实际的审理结果",
      ]);
      const decided = await updateRemedyCase(ctx(), clerk, pending.id, {
        result: "corrected",
        resultOn: "2026-01-05",
      });
      expect(decided).toMatchObject({
        result: "corrected",
        resultOn: "2026-01-05",
        caseNumber: "甲复〔2025〕12号",
      });

      await expect(
        createRemedyCase(ctx(), clerk, {
          agencyId,
          kind: "reconsideration",
          caseNumber: "甲复〔2025〕12号",
          filedOn: "2025-12-01",
          result: "pending",
        }),
      ).rejects.toMatchObject({ code: "CONFLICT", details: { issues: [{ path: ["caseNumber"] }] } });
      const suit = await createRemedyCase(ctx(), clerk, {
        agencyId,
        kind: "direct_suit",
        caseNumber: "（2025）甲0102行初5号",
        applicationId: "app-1",
        filedOn: "2025-06-01",
        result: "other",
        resultOn: "2025-09-01",
      });
      expect((await listRemedyCases(ctx(), clerk, { agencyId, year: 2026 })).map((c) => c.id)).toEqual([
        pending.id,
      ]);
      expect(
        (await listRemedyCases(ctx(), clerk, { agencyId, applicationId: "app-1" })).map((c) => c.id),
      ).toEqual([suit.id]);
      await deleteRemedyCase(ctx(), clerk, suit.id);
      expect((await listRemedyCases(ctx(), clerk, { agencyId })).map((c) => c.id)).toEqual([pending.id]);
    });
  });
});
