import { describe, expect, it } from "vitest";
import { counterInput } from "../../services/applications/application-samples.test-support.ts";
import { STALE_VERSION_MESSAGE } from "../../services/applications/index.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { applicationsApp } from "./applications-http.test-support.ts";

const DAY = "2026-03-02";
const refusal = (n: number, label: string, why: string) =>
  `第 ${n} 个事件（${label}，${DAY}）不能登记：${why}`;

/** Steps the procedure refuses on a freshly registered application, with the status and message. */
const ILLEGAL: [string, unknown, number, string][] = [
  [
    "a reply before any decision",
    { type: "replied", date: DAY },
    409,
    refusal(2, "答复申请人", "尚未作出答复决定，请先登记答复决定（decided）"),
  ],
  [
    "disclosure without a confidentiality review",
    { type: "decided", date: DAY, outcome: "disclosed" },
    409,
    refusal(
      2,
      "作出答复决定",
      "作出“予以公开”或“部分公开”决定前须完成保密审查（记录审查人、日期和结论），请先登记保密审查",
    ),
  ],
  [
    "an extension beyond 20 working days",
    { type: "extensionApproved", date: DAY, workingDays: 25, approver: "李主任" },
    400,
    refusal(
      2,
      "延长答复期限",
      "延长答复期限最长不得超过 20 个工作日（第三十三条第二款），本次为 25 个工作日",
    ),
  ],
  [
    "abandonment without a correction awaited",
    { type: "abandoned", date: DAY, reason: "noCorrection" },
    409,
    refusal(2, "视为放弃申请", "没有等待中的补正，不能以逾期不补正视为放弃"),
  ],
  [
    "a correction received that nobody asked for",
    { type: "correctionReceived", date: DAY },
    409,
    refusal(2, "收到补正", "尚未告知申请人补正"),
  ],
  [
    "archiving an open application",
    { type: "archived", date: DAY },
    409,
    refusal(2, "归档", "申请当前状态为“办理中”，此时不能归档"),
  ],
  [
    "a step dated after today",
    { type: "reasonsRequested", date: "2026-03-03" },
    400,
    "要求说明理由（第三十五条）的日期 2026-03-03 晚于今天（2026-03-02），不能登记尚未发生的步骤",
  ],
  [
    "a second receipt",
    { type: "received", date: DAY, channel: "inPerson" },
    400,
    "“收到申请”在登记申请或确认收到时记录，不能作为办理步骤再次登记",
  ],
];

forEachDialect((getDb) => {
  describe("staff application routes", () => {
    it("registers at the counter and refuses every illegal step with its Chinese reason, changing nothing", async () => {
      const kit = await applicationsApp(getDb(), "st1", DAY);
      const clerk = await kit.signIn("clerk");
      const registered = await clerk.post("/api/applications", counterInput(DAY));
      expect(registered.status).toBe(201);
      expect(registered.body.queryCode).toMatch(/^\w{5}-\w{5}$/);
      const id = registered.body.application.id;
      const url = `/api/applications/${id}/events`;

      for (const [what, event, status, message] of ILLEGAL) {
        const res = await clerk.post(url, { expectedVersion: 2, event });
        expect([what, res.status, res.body.error.message]).toEqual([what, status, message]);
      }
      const malformed = await clerk.post(url, {
        expectedVersion: 2,
        event: { type: "extensionApproved", date: "2026-02-30", workingDays: 5 },
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.issues.map((i: { path: unknown[] }) => i.path)).toEqual([
        ["event", "date"],
        ["event", "approver"],
      ]);
      const detail = await clerk.get(`/api/applications/${id}`);
      expect(detail.body).toMatchObject({ version: 2, phase: "processing" });
      expect(detail.body.events).toHaveLength(1);

      const asked = await clerk.post(url, {
        expectedVersion: 2,
        event: { type: "correctionRequested", date: DAY, workingDays: 5 },
      });
      expect(asked.status).toBe(200);
      expect(asked.body.application).toMatchObject({
        version: 3,
        phase: "awaitingCorrection",
        replyDueOn: null,
      });
      const twice = await clerk.post(url, {
        expectedVersion: 3,
        event: { type: "correctionRequested", date: DAY, workingDays: 5 },
      });
      expect(twice.status).toBe(409);
      expect(twice.body.error.message).toBe(
        refusal(
          3,
          "告知补正",
          "补正只能一次性告知（第三十条），本申请已于 2026-03-02 要求过补正，不能再次要求补正",
        ),
      );
      const stale = await clerk.post(url, { expectedVersion: 2, event: { type: "withdrawn", date: DAY } });
      expect(stale.status).toBe(409);
      expect(stale.body.error.message).toBe(STALE_VERSION_MESSAGE);
    });

    it("lists with filters, search, sort and paging, and explains a clock day by day", async () => {
      const kit = await applicationsApp(getDb(), "st2", "2026-04-15");
      const clerk = await kit.signIn("clerk");
      const days = ["2026-03-02", "2026-03-16", "2026-03-24", "2026-04-01", "2026-04-13"];
      const ids: string[] = [];
      for (const [n, day] of days.entries()) {
        const res = await clerk.post(
          "/api/applications",
          counterInput(day, { description: `第${n + 1}件：关于${day}的会议纪要` }),
        );
        ids.push(res.body.application.id);
      }
      // Due: 3/2 → 3/30; 3/16 → 4/14 (清明 4/4–6); 3/24 → 4/22; 4/1 → 4/30;
      // 4/13 → 5/13 (劳动节 5/1–5/5 off, Saturday 5/9 works).
      const all = await clerk.get("/api/applications");
      expect(all.body.items.map((i: { replyDueOn: string }) => i.replyDueOn)).toEqual([
        "2026-03-30",
        "2026-04-14",
        "2026-04-22",
        "2026-04-30",
        "2026-05-13",
      ]);
      expect(all.body.total).toBe(5);
      const overdue = await clerk.get("/api/applications?due=overdue");
      expect(overdue.body.items.map((i: { id: string }) => i.id)).toEqual([ids[0], ids[1]]);
      // Today 4/15; five working days on: 4/16, 17, 20, 21, 22 — the 3/24 application is due on the last.
      const soon = await clerk.get("/api/applications?due=soon");
      expect(soon.body.items.map((i: { id: string }) => i.id)).toEqual([ids[2]]);
      const page2 = await clerk.get("/api/applications?sort=received&pageSize=3&page=2");
      expect(page2.body).toMatchObject({ total: 5, page: 2, pageSize: 3 });
      expect(page2.body.items.map((i: { id: string }) => i.id)).toEqual([ids[1], ids[0]]);
      const found = await clerk.get(`/api/applications?q=${encodeURIComponent("第3件")}`);
      expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([ids[2]]);
      const byName = await clerk.get(`/api/applications?q=${encodeURIComponent("张三")}`);
      expect(byName.body.total).toBe(5);
      const number = all.body.items[1].number as string;
      const byNumber = await clerk.get(`/api/applications?q=${number.replace(/-/g, "")}`);
      expect(byNumber.body.items.map((i: { id: string }) => i.id)).toEqual([ids[1]]);
      const bad = await clerk.get("/api/applications?pageSize=500&open=maybe");
      expect(bad.status).toBe(400);
      expect(bad.body.error.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual([
        "open",
        "pageSize",
      ]);

      const clock = await clerk.get(`/api/applications/${ids[1]}/clock`);
      expect(clock.status).toBe(200);
      expect(clock.body.clock.replyDeadline).toEqual({ date: "2026-04-14", provisional: false });
      expect(clock.body.clock.status).toMatchObject({ kind: "overdue", overdueBy: 1 });
      const notWorking = clock.body.days.filter((d: { role: string }) => d.role === "notWorking");
      expect(notWorking.map((d: { date: string }) => d.date)).toContain("2026-04-06");
      expect(clock.body.days.filter((d: { role: string }) => d.role === "counted")).toHaveLength(20);
    });

    it("lists the year-end carry-over that the report counts", async () => {
      const kit = await applicationsApp(getDb(), "st3", "2026-12-20");
      const clerk = await kit.signIn("clerk");
      const open = await clerk.post("/api/applications", counterInput("2026-12-18"));
      const closed = await clerk.post("/api/applications", counterInput("2026-12-01"));
      await clerk.post(`/api/applications/${closed.body.application.id}/events`, {
        expectedVersion: 2,
        event: { type: "withdrawn", date: "2026-12-20" },
      });
      const res = await clerk.get("/api/applications/carry-over/2026");
      expect(res.status).toBe(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([open.body.application.id]);
      expect(res.body.byApplicantType.naturalPerson).toBe(1);
      expect(res.body.total).toBe(1);
    });
  });
});
