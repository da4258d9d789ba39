import { describe, expect, it } from "vitest";
import { counterInput } from "../../services/applications/application-samples.test-support.ts";
import { registerApplication } from "../../services/applications/index.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { TestClient } from "../../test-support/http-client.ts";
import { applicationsApp } from "./applications-http.test-support.ts";

const DAY = "2026-03-02";
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function upload(): FormData {
  const form = new FormData();
  form.set("file", new File([PNG], "回执.png"));
  return form;
}

/** Every staff endpoint, aimed at one application of agency k1 (and its attachment). */
function endpoints(id: string, attachmentId: string, agencies: { k1: string }) {
  return [
    ["list k1", "GET", `/api/applications?agencyId=${agencies.k1}`],
    ["register for k1", "POST", "/api/applications", counterInput(DAY, { agencyId: agencies.k1 })],
    ["detail", "GET", `/api/applications/${id}`],
    [
      "step",
      "POST",
      `/api/applications/${id}/events`,
      { expectedVersion: 2, event: { type: "withdrawn", date: DAY } },
    ],
    ["receipt", "POST", `/api/applications/${id}/receipt`, { expectedVersion: 2, confirmedOn: DAY }],
    ["clock", "GET", `/api/applications/${id}/clock`],
    ["carry-over of k1", "GET", `/api/applications/carry-over/2026?agencyId=${agencies.k1}`],
    ["attachments", "GET", `/api/applications/${id}/attachments`],
    ["upload", "POST", `/api/applications/${id}/attachments`, "upload"],
    ["download", "GET", `/api/applications/${id}/attachments/${attachmentId}`],
  ] as const;
}

type Expected = [name: string, ...statuses: number[]];

forEachDialect((getDb) => {
  describe("isolation of every staff endpoint", () => {
    it("keeps other agencies out, lets a supervisor above read masked and act on nothing", async () => {
      const kit = await applicationsApp(getDb(), "iso1", DAY);
      const ctx = { db: getDb().db, clock: kit.deps.clock };
      const { application } = await registerApplication(ctx, kit.tree.as("clerk"), counterInput(DAY));
      const clerk = await kit.signIn("clerk");
      const attached = await clerk.send("POST", `/api/applications/${application.id}/attachments`, upload());
      expect(attached.status).toBe(201);
      const list = endpoints(application.id, attached.body.id, { k1: kit.tree.id(".k1") });

      const send = async (client: TestClient, [, method, path, body]: (typeof list)[number]) =>
        (await client.send(method, path, body === "upload" ? upload() : body)).status;
      const statuses = async (client: TestClient) => {
        const out: number[] = [];
        for (const e of list) out.push(await send(client, e));
        return out;
      };

      // Order: list, register, detail, step, receipt, clock, carry-over, attachments, upload, download.
      const expected: Expected[] = [
        // A county beside k1, a clerk of k1's parent city, a department below k1, a supervisor of another city.
        ["clerk2", 403, 403, 404, 404, 404, 404, 403, 404, 404, 404],
        ["cityclerk", 403, 403, 404, 404, 404, 404, 403, 404, 404, 404],
        ["educlerk", 403, 403, 404, 404, 404, 404, 403, 404, 404, 404],
        ["super2", 403, 403, 404, 404, 404, 404, 403, 404, 404, 404],
        ["admin", 403, 403, 404, 404, 404, 404, 403, 404, 404, 404],
        // The supervisor of k1's city reads everything (masked) and changes nothing, nor downloads.
        ["super", 200, 403, 200, 403, 403, 200, 200, 200, 403, 403],
      ];
      for (const [name, ...want] of expected) {
        expect([name, ...(await statuses(await kit.signIn(name)))]).toEqual([name, ...want]);
      }
      const anonymous = new TestClient(kit.app);
      expect(await statuses(anonymous)).toEqual(list.map(() => 401));

      // Nothing changed: still one event, one attachment, version 2.
      const detail = await clerk.get(`/api/applications/${application.id}`);
      expect(detail.body).toMatchObject({ version: 2, masked: false, applicant: { name: "张三丰" } });
      expect(detail.body.events).toHaveLength(1);
      expect(detail.body.attachments).toHaveLength(1);
    });

    it("shows a supervisor exactly its subtree, masked, and the handling agency in full", async () => {
      const kit = await applicationsApp(getDb(), "iso2", DAY);
      const ctx = { db: getDb().db, clock: kit.deps.clock };
      const id = kit.tree.id;
      const made: Record<string, string> = {};
      for (const suffix of [".k1", ".k1.edu", ".k2", ".k10", ".c2", ""]) {
        const { application } = await registerApplication(
          ctx,
          kit.tree.system,
          counterInput(DAY, { agencyId: id(suffix) }),
        );
        made[suffix] = application.id;
      }
      const superClient = await kit.signIn("super");
      const subtree = await superClient.get(`/api/applications?agencyId=${id(".c1")}&subtree=true`);
      expect(subtree.status).toBe(200);
      expect(new Set(subtree.body.items.map((i: { id: string }) => i.id))).toEqual(
        new Set([made[".k1"], made[".k1.edu"], made[".k2"], made[".k10"]]),
      );
      expect(
        subtree.body.items.every(
          (i: { masked: boolean; applicantName: string }) => i.masked && i.applicantName === "张**",
        ),
      ).toBe(true);
      const detail = await superClient.get(`/api/applications/${made[".k1.edu"]}`);
      expect(detail.body.applicant).toMatchObject({
        name: "张**",
        idNumber: "1101**********002X",
        phone: "138****5678",
        email: "z*******@example.cn",
        address: "北京市西城区*****",
        postalCode: "******",
      });
      expect(JSON.stringify(detail.body)).not.toMatch(/张三丰|13812345678|11010519491231002X|府右街/);
      // A supervisor cannot probe who applied below by searching names.
      expect(
        (
          await superClient.get(
            `/api/applications?agencyId=${id(".c1")}&subtree=true&q=${encodeURIComponent("张三丰")}`,
          )
        ).body.total,
      ).toBe(0);
      // Not sideways, not up; a subtree needs the supervisor role.
      expect((await superClient.get(`/api/applications?agencyId=${id(".c2")}&subtree=true`)).status).toBe(
        403,
      );
      expect((await superClient.get(`/api/applications?agencyId=${id("")}&subtree=true`)).status).toBe(403);
      const clerk = await kit.signIn("clerk");
      expect((await clerk.get(`/api/applications?agencyId=${id(".k1")}&subtree=true`)).status).toBe(403);
      const own = await clerk.get("/api/applications");
      expect(own.body.items.map((i: { id: string; masked: boolean }) => [i.id, i.masked])).toEqual([
        [made[".k1"], false],
      ]);
    });
  });
});
