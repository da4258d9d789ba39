import { describe, expect, it } from "vitest";
import { docxToLines } from "../../ingest/docx/index.ts";
import { findConverter } from "../../render/letters/index.ts";
import { systemActor } from "../../services/actor.ts";
import { updateAgency } from "../../services/agencies/agencies.ts";
import { counterInput } from "../../services/applications/application-samples.test-support.ts";
import { createSampleTree, SAMPLE_PASSWORD } from "../../services/testing/sample-tree.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { TestClient } from "../../test-support/http-client.ts";
import { type AppDeps, createApp } from "../app.ts";
import { createPublicLimits } from "./applications-limits.ts";
import { applicationPublicRoutes } from "./applications-public.ts";
import { applicationStaffRoutes } from "./applications-staff.ts";
import { authRoutes } from "./auth.ts";
import { letterPublicRoutes } from "./letters-public.ts";
import { letterStaffRoutes } from "./letters-staff.ts";
import { letterTemplateRoutes } from "./letters-templates.ts";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

forEachDialect((getDb, dialect) => {
  const setup = async (prefix: string) => {
    let now = new Date("2026-03-03T02:00:00.000Z");
    const deps: AppDeps = {
      db: getDb().db,
      clock: () => new Date(now.getTime()),
      logError: (e) => console.error(e),
    };
    const tree = await createSampleTree(deps, prefix);
    await updateAgency(deps, systemActor("test"), tree.id(".k1"), {
      shortName: "一县",
      court: "甲市一县人民法院",
    });
    const limits = createPublicLimits(() => now.getTime());
    const app = createApp(deps, [
      authRoutes,
      applicationPublicRoutes(limits),
      applicationStaffRoutes,
      letterPublicRoutes(limits),
      letterStaffRoutes,
      letterTemplateRoutes,
    ]);
    const signIn = async (name: string) => {
      const client = new TestClient(app);
      const res = await client.login(tree.user(name).username, SAMPLE_PASSWORD);
      const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      /** A download with this session: status, headers and the raw bytes. */
      const download = async (path: string) => {
        const r = await app.request(path, { headers: { cookie } });
        return { status: r.status, headers: r.headers, bytes: new Uint8Array(await r.arrayBuffer()) };
      };
      return Object.assign(client, { download });
    };
    /** An applicant's read: number and code in its headers. */
    const applicantGet = (path: string, credentials: { number: string; code: string }) =>
      app.request(path, {
        headers: { "x-application-number": credentials.number, "x-query-code": credentials.code },
      });
    return { app, tree, signIn, applicantGet, setDay: (d: string) => (now = new Date(`${d}T02:00:00.000Z`)) };
  };

  describe("letter routes", () => {
    it("issue, list, download, deliver; the applicant reads and downloads; others are kept out", async () => {
      const { tree, signIn, applicantGet, setDay } = await setup("hl1");
      let clerk = await signIn("clerk");
      const registered = await clerk.post("/api/applications", counterInput("2026-03-03"));
      expect(registered.status).toBe(201);
      const id = registered.body.application.id as string;

      const receipt = await clerk.post(`/api/applications/${id}/letters`, { kind: "receipt" });
      expect(receipt.status).toBe(201);
      expect(receipt.body).toMatchObject({ documentNumber: "一县政信登〔2026〕1号", kind: "receipt" });
      expect((await clerk.post(`/api/applications/${id}/letters`, { kind: "receipt" })).status).toBe(409);
      const bad = await clerk.post(`/api/applications/${id}/letters`, { kind: "memo" });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain("文书种类无效");

      // Sessions end after hours of idleness: sign in again on each later day.
      setDay("2026-03-05");
      clerk = await signIn("clerk");
      await clerk.post(`/api/applications/${id}/events`, {
        expectedVersion: 2,
        event: { type: "correctionRequested", date: "2026-03-05", workingDays: 10 },
      });
      const preview = await clerk.post(`/api/applications/${id}/letters/preview`, {
        kind: "correction",
        items: ["请写明所需文件的年份"],
      });
      expect(preview.status).toBe(200);
      expect(preview.body.content.documentNumber).toBeNull();
      const correction = await clerk.post(`/api/applications/${id}/letters`, {
        kind: "correction",
        items: ["请写明所需文件的年份"],
      });
      expect(correction.body.documentNumber).toBe("一县政信补〔2026〕1号");
      const letterId = correction.body.id as string;

      const file = await clerk.download(`/api/letters/${letterId}/docx`);
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toBe(DOCX);
      expect(file.headers.get("content-disposition")).toContain(
        `filename*=UTF-8''${encodeURIComponent("一县政信补〔2026〕1号政府信息公开申请补正告知书.docx")}`,
      );
      expect((await docxToLines(file.bytes)).map((l) => l.cells.join(""))).toContain(
        "1.请写明所需文件的年份。",
      );

      setDay("2026-03-10");
      clerk = await signIn("clerk");
      const delivered = await clerk.post(`/api/letters/${letterId}/delivery`, {
        method: "post",
        deliveredOn: "2026-03-09",
      });
      expect(delivered.status).toBe(200);
      expect(delivered.body.clock.correction.applicantDeadline.date).toBe("2026-03-23");
      const list = await clerk.get(`/api/applications/${id}/letters`);
      expect(list.body.letters.map((l: { documentNumber: string }) => l.documentNumber)).toEqual([
        "一县政信登〔2026〕1号",
        "一县政信补〔2026〕1号",
      ]);
      expect((await clerk.get(`/api/letters/${letterId}`)).body.delivery.deliveredOn).toBe("2026-03-09");

      // The applicant, by number and code.
      const credentials = { number: registered.body.application.number, code: registered.body.queryCode };
      const mine = await applicantGet("/api/public/letters", credentials);
      const body = (await mine.json()) as { letters: { id: string; html: string }[]; css: string };
      expect(body.letters.map((l) => l.id)).toEqual([receipt.body.id, letterId]);
      expect(body.letters[1]?.html).toContain("补正告知书");
      expect(body.css).toContain(".gk-letter");
      const theirFile = await applicantGet(`/api/public/letters/${letterId}/docx`, credentials);
      expect(theirFile.headers.get("content-type")).toBe(DOCX);
      expect(new Uint8Array(await theirFile.arrayBuffer())).toEqual(file.bytes);
      // Asking for a letter that is not theirs is no guess at the code: it uses up no limit.
      for (let i = 0; i < 6; i++) {
        const none = await applicantGet("/api/public/letters/no-such-letter/docx", credentials);
        expect(none.status).toBe(404);
      }
      expect((await applicantGet("/api/public/letters", credentials)).status).toBe(200);
      expect(
        (await applicantGet("/api/public/letters", { ...credentials, code: "AAAAA-AAAAA" })).status,
      ).toBe(404);

      // Another agency, the anonymous.
      const other = await signIn("clerk2");
      expect((await other.get(`/api/letters/${letterId}`)).status).toBe(404);
      expect((await other.download(`/api/letters/${letterId}/docx`)).status).toBe(404);
      expect((await other.post(`/api/applications/${id}/letters`, { kind: "receipt" })).status).toBe(404);
      expect(
        (
          await new TestClient(
            createApp({ db: getDb().db, clock: () => new Date(), logError: () => {} }, [letterStaffRoutes]),
          ).get(`/api/letters/${letterId}`)
        ).status,
      ).toBe(401);

      // The agency administrator adapts the wording, but cannot drop the remedies.
      const admin = await signIn("kadmin");
      const kind = "reply.refusedStateSecret";
      const template = await admin.get(`/api/agencies/${tree.id(".k1")}/letter-templates/${kind}`);
      const dropped = await admin.put(`/api/agencies/${tree.id(".k1")}/letter-templates/${kind}`, {
        title: template.body.title,
        body: template.body.body.replace("{{remedies}}", ""),
        baseVersion: 0,
      });
      expect(dropped.status).toBe(400);
      expect(dropped.body.error.message).toContain("缺少必需的变量 {{remedies}}");
      const settings = await admin.put(`/api/agencies/${tree.id(".k1")}/letter-settings`, {
        expectedVersion: 0,
        paymentMethod: "到本机关财务室缴纳",
      });
      expect(settings.body).toMatchObject({ version: 1, paymentMethod: "到本机关财务室缴纳" });
      expect(
        (await clerk.put(`/api/agencies/${tree.id(".k1")}/letter-settings`, { expectedVersion: 1 })).status,
      ).toBe(403);

      // PDF where a converter is installed (one engine is enough: it converts the same file).
      if (dialect === "sqlite" && (findConverter("soffice") ?? findConverter("chromium"))) {
        const pdf = await clerk.download(`/api/letters/${letterId}/pdf`);
        expect(pdf.status).toBe(200);
        expect(pdf.headers.get("content-type")).toBe("application/pdf");
        expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe("%PDF-");
      }
    }, 240_000);
  });
});
