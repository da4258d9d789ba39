import { beforeAll, describe, expect, it } from "vitest";
import { forEachDialect } from "../../test-support/dialects.ts";
import { pathsOf, staffApp } from "./admin-http.test-support.ts";

type App = Awaited<ReturnType<typeof staffApp>>;

forEachDialect((getDb) => {
  let s: App;
  let k1: string;
  beforeAll(async () => {
    s = await staffApp(getDb(), "rg", "2026-01-15");
    k1 = s.tree.id(".k1");
  });

  describe("normative documents", () => {
    it("are registered, found by every filter, changed, abolished and deleted", async () => {
      const clerk = await s.as("clerk");
      const base = `/api/agencies/${k1}/normative-documents`;
      const make = async (body: Record<string, unknown>) => {
        const res = await clerk.post(base, body);
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        return res.body as { id: string; title: string };
      };
      const rule = await make({
        kind: "regulation",
        title: "  一县政府信息公开办法 ",
        docNumber: "一政发〔2023〕3号",
        issuedOn: "2023-06-01",
        url: "https://example.gov.cn/a.html",
      });
      expect(rule).toMatchObject({ agencyId: k1, title: "一县政府信息公开办法", abolishedOn: null });
      const notice = await make({
        kind: "normative_document",
        title: "关于农村公路养护的通知",
        issuedOn: "2025-03-10",
      });
      const old = await make({
        kind: "normative_document",
        title: "旧的收费办法",
        docNumber: "一政办〔2024〕9号",
        issuedOn: "2024-02-01",
        abolishedOn: "2025-06-30",
      });

      const ids = async (query: string) =>
        ((await clerk.get(`${base}${query}`)).body as { id: string }[]).map((d) => d.id);
      // Newest issue first.
      expect(await ids("")).toEqual([notice.id, old.id, rule.id]);
      expect(await ids("?kind=regulation")).toEqual([rule.id]);
      // In force on 2025-06-30: the old one is abolished that day; on the 29th it was still in force.
      expect(await ids("?inForceOn=2025-06-30")).toEqual([notice.id, rule.id]);
      expect(await ids("?inForceOn=2025-06-29")).toEqual([notice.id, old.id, rule.id]);
      expect(await ids("?inForceOn=2024-01-01")).toEqual([rule.id]);
      expect(await ids("?issuedYear=2024")).toEqual([old.id]);
      expect(await ids("?abolishedYear=2025")).toEqual([old.id]);
      expect(await ids("?year=2024")).toEqual([old.id, rule.id]);
      expect(await ids("?q=公路")).toEqual([notice.id]);
      expect(await ids(`?q=${encodeURIComponent("〔2024〕")}`)).toEqual([old.id]);
      expect(await ids("?q=50%25")).toEqual([]);

      expect((await clerk.get(`/api/normative-documents/${rule.id}`)).body.title).toBe(
        "一县政府信息公开办法",
      );
      const changed = await clerk.patch(`/api/normative-documents/${rule.id}`, {
        docNumber: "一政发〔2023〕4号",
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ docNumber: "一政发〔2023〕4号", title: "一县政府信息公开办法" });
      const abolished = await clerk.post(`/api/normative-documents/${rule.id}/abolish`, {
        abolishedOn: "2026-01-10",
      });
      expect(abolished.status).toBe(200);
      expect(abolished.body).toMatchObject({ abolishedOn: "2026-01-10", docNumber: "一政发〔2023〕4号" });

      expect((await clerk.delete(`/api/normative-documents/${notice.id}`)).status).toBe(204);
      expect((await clerk.get(`/api/normative-documents/${notice.id}`)).status).toBe(404);
    });

    it("refuse bad input naming each field, and a change of agency", async () => {
      const clerk = await s.as("clerk");
      const base = `/api/agencies/${k1}/normative-documents`;
      const bad = await clerk.post(base, { kind: "law", title: "", issuedOn: "2025-02-30", url: "ftp://x" });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe("VALIDATION");
      expect(pathsOf(bad.body)).toEqual(["kind", "title", "issuedOn", "url"]);
      expect(bad.body.error.issues[0].message).toContain("规章（regulation）");

      const order = await clerk.post(base, {
        kind: "regulation",
        title: "先废止后发布",
        issuedOn: "2025-03-01",
        abolishedOn: "2025-02-01",
      });
      expect(order.status).toBe(400);
      expect(order.body.error.issues).toEqual([
        { path: ["abolishedOn"], message: "废止日期（2025-02-01）不能早于发布日期（2025-03-01）" },
      ]);

      const doc = await clerk.post(base, { kind: "regulation", title: "某办法", issuedOn: "2025-03-01" });
      const moved = await clerk.patch(`/api/normative-documents/${doc.body.id}`, {
        agencyId: s.tree.id(".k2"),
      });
      expect(moved.status).toBe(400);
      expect(pathsOf(moved.body)).toEqual(["agencyId"]);
      const early = await clerk.post(`/api/normative-documents/${doc.body.id}/abolish`, {
        abolishedOn: "2024-01-01",
      });
      expect(early.status).toBe(400);
      expect(pathsOf(early.body)).toEqual(["abolishedOn"]);
      const noDate = await clerk.post(`/api/normative-documents/${doc.body.id}/abolish`, {});
      expect(pathsOf(noDate.body)).toEqual(["abolishedOn"]);

      const filters = await clerk.get(`${base}?kind=law&inForceOn=2025-13-01&issuedYear=25&subtree=maybe`);
      expect(filters.status).toBe(400);
      expect(pathsOf(filters.body).sort()).toEqual(["inForceOn", "issuedYear", "kind", "subtree"]);

      const empty = await clerk.send("POST", base, undefined, { "content-type": "application/json" });
      expect(empty.status).toBe(400);
      expect(empty.body.error.code).toBe("VALIDATION");
      const malformed = await s.raw("clerk", "POST", base, '{"kind": ', "application/json");
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.message).toContain("不是有效的 JSON");
      const form = await s.raw("clerk", "POST", base, "kind=regulation", "text/plain");
      expect(form.status).toBe(400);
      expect(form.body.error.message).toContain("Content-Type: application/json");
      // Anonymous: refused before the body is even read.
      const anonymous = await s.anonymous.send("POST", base, undefined, {
        "content-type": "application/json",
      });
      expect(anonymous.status).toBe(401);
    });
  });

  describe("remedy cases", () => {
    it("are registered, listed, decided, refused twice under one number, and deleted", async () => {
      const clerk = await s.as("clerk");
      const base = `/api/agencies/${k1}/remedy-cases`;
      const pending = await clerk.post(base, {
        kind: "reconsideration",
        caseNumber: "一复〔2025〕1号",
        filedOn: "2025-10-01",
        result: "pending",
      });
      expect(pending.status).toBe(201);
      const suit = await clerk.post(base, {
        kind: "direct_suit",
        caseNumber: "（2025）一行初5号",
        filedOn: "2025-06-01",
        result: "upheld",
        resultOn: "2025-12-01",
      });
      expect(suit.status).toBe(201);
      const twice = await clerk.post(base, {
        kind: "reconsideration",
        caseNumber: "一复〔2025〕1号",
        filedOn: "2025-10-02",
        result: "pending",
      });
      expect(twice.status).toBe(409);
      expect(pathsOf(twice.body)).toEqual(["caseNumber"]);

      const list = async (q: string) =>
        ((await clerk.get(`${base}${q}`)).body as { id: string }[]).map((c) => c.id);
      expect(await list("")).toEqual([pending.body.id, suit.body.id]);
      expect(await list("?kind=direct_suit")).toEqual([suit.body.id]);
      expect(await list("?year=2026")).toEqual([pending.body.id]);

      const decided = await clerk.patch(`/api/remedy-cases/${pending.body.id}`, {
        result: "corrected",
        resultOn: "2026-01-12",
      });
      expect(decided.status).toBe(200);
      expect(decided.body).toMatchObject({
        result: "corrected",
        resultOn: "2026-01-12",
        caseNumber: "一复〔2025〕1号",
      });
      const noDate = await clerk.patch(`/api/remedy-cases/${suit.body.id}`, {
        result: "other",
        resultOn: null,
      });
      expect(noDate.status).toBe(400);
      expect(noDate.body.error.issues).toEqual([
        { path: ["resultOn"], message: "已有审理结果（其他结果）的案件必须填写审结日期" },
      ]);
      expect((await clerk.get(`/api/remedy-cases/${suit.body.id}`)).body.result).toBe("upheld");

      const bad = await clerk.post(base, { kind: "appeal", caseNumber: "", filedOn: "昨天", result: "won" });
      expect(pathsOf(bad.body)).toEqual(["kind", "caseNumber", "filedOn", "result"]);

      expect((await clerk.delete(`/api/remedy-cases/${suit.body.id}`)).status).toBe(204);
      expect(await list("")).toEqual([pending.body.id]);
    });
  });

  describe("yearly figures", () => {
    it("save decision counts and fee income, and show tables 二 and 四 as the report counts them", async () => {
      const clerk = await s.as("educlerk");
      const edu = s.tree.id(".k1.edu");
      const empty = await clerk.get(`/api/agencies/${edu}/registers/2025`);
      expect(empty.status).toBe(200);
      expect(empty.body).toMatchObject({
        counts: { permit: null, penalty: null, enforcement: null },
        feeIncome: null,
        litigation: Array(15).fill(0),
      });
      const counts = await clerk.put(`/api/agencies/${edu}/register-counts/2025`, {
        permit: 120,
        enforcement: 4,
      });
      expect(counts.status).toBe(200);
      expect(counts.body.counts).toMatchObject({
        permit: { count: 120 },
        penalty: null,
        enforcement: { count: 4 },
      });
      const fee = await clerk.put(`/api/agencies/${edu}/fee-income/2025`, { amountFen: 1_234_500 });
      expect(fee.status).toBe(200);
      expect(fee.body.feeIncome.amountFen).toBe(1_234_500);
      await clerk.post(`/api/agencies/${edu}/normative-documents`, {
        kind: "normative_document",
        title: "教育收费公示办法",
        issuedOn: "2025-05-01",
      });
      await clerk.post(`/api/agencies/${edu}/remedy-cases`, {
        kind: "reconsideration",
        caseNumber: "教复1号",
        filedOn: "2025-04-01",
        result: "upheld",
        resultOn: "2025-06-01",
      });
      const year = await clerk.get(`/api/agencies/${edu}/registers/2025`);
      expect(year.body.proactive).toEqual({
        regulations: { issued: 0, abolished: 0, inForce: 0 },
        normativeDocuments: { issued: 1, abolished: 0, inForce: 1 },
        permits: { decisions: 120 },
        penalties: { decisions: 0 },
        enforcement: { decisions: 4 },
        fees: { amount: 1.2345 },
      });
      expect(year.body.litigation).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

      const none = await clerk.put(`/api/agencies/${edu}/register-counts/2025`, {});
      expect(none.status).toBe(400);
      const negative = await clerk.put(`/api/agencies/${edu}/register-counts/2025`, {
        penalty: -1,
        permit: 1.5,
      });
      expect(pathsOf(negative.body)).toEqual(["permit", "penalty"]);
      expect((await clerk.get(`/api/agencies/${edu}/registers/2025`)).body.counts.permit.count).toBe(120);
      const badYear = await clerk.put(`/api/agencies/${edu}/fee-income/1999`, { amountFen: 1 });
      expect(badYear.status).toBe(400);
      expect(pathsOf(badYear.body)).toEqual(["year"]);
      const badFee = await clerk.put(`/api/agencies/${edu}/fee-income/2025`, { amountFen: "100元" });
      expect(pathsOf(badFee.body)).toEqual(["amountFen"]);
    });
  });

  describe("public catalogue", () => {
    it("lists what is in force on a day, rules first, without signing in", async () => {
      const clerk = await s.as("clerk2");
      const k2 = s.tree.id(".k2");
      const add = (body: Record<string, unknown>) =>
        clerk.post(`/api/agencies/${k2}/normative-documents`, body);
      await add({
        kind: "normative_document",
        title: "通知甲",
        issuedOn: "2024-05-01",
        url: "https://example.gov.cn/j.html",
      });
      await add({ kind: "regulation", title: "规章乙", issuedOn: "2020-01-01", fullText: "第一条……" });
      await add({
        kind: "normative_document",
        title: "已废止丙",
        issuedOn: "2019-01-01",
        abolishedOn: "2025-12-31",
      });
      await add({ kind: "normative_document", title: "尚未发布丁", issuedOn: "2026-01-14" });
      const titles = async (q = "") => {
        const res = await s.anonymous.get(`/api/public/agencies/${k2}/normative-documents${q}`);
        expect(res.status).toBe(200);
        return res.body.items.map((i: { title: string }) => i.title);
      };
      // Today (2026-01-15): 丙 was abolished on the 31st, 丁 issued yesterday.
      expect(await titles()).toEqual(["规章乙", "尚未发布丁", "通知甲"]);
      expect(await titles("?at=2025-12-30")).toEqual(["规章乙", "通知甲", "已废止丙"]);
      const today = await s.anonymous.get(`/api/public/agencies/${k2}/normative-documents`);
      expect(today.body).toMatchObject({
        agency: { id: k2, name: "甲市二县人民政府" },
        inForceOn: "2026-01-15",
      });
      expect(today.body.items[0]).toEqual({
        id: expect.any(String),
        kind: "regulation",
        kindLabel: "规章",
        title: "规章乙",
        docNumber: null,
        issuedOn: "2020-01-01",
        url: null,
        hasFullText: true,
      });
      expect(today.headers.get("cache-control")).toBe("public, max-age=300");
      expect((await s.anonymous.get("/api/public/agencies/nowhere/normative-documents")).status).toBe(404);
      const bad = await s.anonymous.get(`/api/public/agencies/${k2}/normative-documents?at=soon`);
      expect(pathsOf(bad.body)).toEqual(["at"]);
    });
  });
});
