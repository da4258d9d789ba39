import { describe, expect, it } from "vitest";
import { onlineInput, PERSON } from "../../services/applications/application-samples.test-support.ts";
import { newApplicationNumber, WRONG_NUMBER_OR_CODE } from "../../services/applications/index.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { applicationsApp } from "./applications-http.test-support.ts";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

/** The number with its last payload digit changed: the check digit no longer matches. */
const mistyped = (number: string) =>
  number.slice(0, -3) + ((Number(number.at(-3)) + 1) % 10) + number.slice(-2);

/** A code that differs from `code` in its last character. */
const otherCode = (code: string) => code.slice(0, -1) + (code.endsWith("2") ? "3" : "2");

forEachDialect((getDb) => {
  const submitted = async (prefix: string) => {
    const kit = await applicationsApp(getDb(), prefix);
    const res = await kit.publicPost("/api/public/applications", onlineInput(kit.tree.id(".k1")));
    expect(res.status).toBe(201);
    return { ...kit, number: res.body.number as string, code: res.body.queryCode as string };
  };

  describe("public application routes", () => {
    it("submits an application, and refuses a bad form with a Chinese message on every field", async () => {
      const { publicPost, number, code, tree } = await submitted("pub1");
      expect(number).toMatch(/^2026-\d{4}-\d{4}-\d$/);
      expect(code).toMatch(/^\w{5}-\w{5}$/);

      const bad = await publicPost("/api/public/applications", {
        agencyId: tree.id(".k1"),
        applicant: { ...PERSON, idNumber: "110105194912310021", phone: null, email: null },
        description: " ",
        requestedForm: "fax",
        delivery: "post",
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe("VALIDATION");
      const issues = Object.fromEntries(
        bad.body.error.issues.map((i: { path: string[]; message: string }) => [i.path.join("."), i.message]),
      );
      expect(issues).toMatchObject({
        description: "请填写所需政府信息的名称、文号或者便于查询的其他特征性描述",
        "applicant.idNumber": "居民身份证号码有误：应为 18 位，末位为数字或 X，请逐位核对",
        "applicant.phone": "请至少填写联系电话或电子邮箱中的一项，以便联系您",
      });
      expect(issues.requestedForm).toMatch(/^获取信息的方式只能是以下之一：纸质（paper）/);

      const organisation = await publicPost("/api/public/applications", {
        ...onlineInput(tree.id(".k1")),
        applicant: { type: "research", name: "某大学法学院", phone: "010-62345678" },
      });
      expect(organisation.status).toBe(400);
      expect(organisation.body.error.issues.map((i: { path: string[] }) => i.path.join("."))).toEqual([
        "applicant.creditCode",
        "applicant.legalRepresentative",
        "applicant.contactPerson",
        "applicant.email",
      ]);
      const nowhere = await publicPost("/api/public/applications", onlineInput("no-such-agency"));
      expect(nowhere.body.error.issues).toEqual([
        { path: ["agencyId"], message: "所选受理机关不存在，请从列表中重新选择" },
      ]);
    });

    it("answers the status to the right code, and the same to a wrong code and an unknown number", async () => {
      const { statusLookup, number, code } = await submitted("pub2");
      const ok = await statusLookup({ number, code: code.toLowerCase() });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({
        number,
        phase: "submitted",
        applicantName: "张**",
        agencyName: "甲市一县人民政府",
      });
      expect(JSON.stringify(ok.body)).not.toMatch(/13812345678|11010519491231002X|张三丰/);
      expect(ok.headers.get("cache-control")).toBe("private, no-store");

      const bare = await statusLookup({ number, code: "" });
      expect(bare.status).toBe(400);
      expect(bare.body.error.issues[0].path).toEqual(["code"]);

      const wrong = await statusLookup({ number, code: otherCode(code) });
      // A well-formed number (its check digit right) that no application has.
      const unknown = await statusLookup({
        number: newApplicationNumber(2025),
        code,
      });
      expect(wrong.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toEqual(wrong.body);
      expect(wrong.body).toEqual({ error: { code: "NOT_FOUND", message: WRONG_NUMBER_OR_CODE } });

      const typo = await statusLookup({ number: mistyped(number), code });
      expect(typo.status).toBe(400);
      expect(typo.body.error.issues[0]).toEqual({
        path: ["number"],
        message: "申请编号有误（校验位不符），请逐位核对后重新输入",
      });
    });

    it("limits wrong codes per number and per address, and the right code cannot get through meanwhile", async () => {
      const { statusLookup, number, code } = await submitted("pub3");
      for (let i = 0; i < 5; i++) {
        const res = await statusLookup({ number, code: otherCode(code) }, `198.51.100.${i}`);
        expect(res.status).toBe(404);
      }
      const blocked = await statusLookup({ number, code }, "198.51.100.99");
      expect(blocked.status).toBe(429);
      expect(blocked.body.error.message).toMatch(/^操作过于频繁，请在 \d+ 秒后重试。$/);
      expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);

      // One address guessing across many numbers is stopped after 20 wrong answers.
      for (let i = 0; i < 20; i++) {
        const guess = { number: newApplicationNumber(2025), code };
        expect((await statusLookup(guess, "192.0.2.1")).status).toBe(404);
      }
      const guess = { number: newApplicationNumber(2025), code };
      expect((await statusLookup(guess, "192.0.2.1")).status).toBe(429);
      expect((await statusLookup(guess, "192.0.2.2")).status).toBe(404);
    });

    it("takes the applicant's correction with attachments, and refuses a file that is not what it claims", async () => {
      const kit = await submitted("pub4");
      // Sessions lapse overnight: staff sign in on the day they act.
      kit.setDay("2026-03-03");
      let clerk = await kit.signIn("clerk");
      const id = (await clerk.get("/api/applications")).body.items[0].id;
      const receipt = await clerk.post(`/api/applications/${id}/receipt`, {
        expectedVersion: 1,
        confirmedOn: "2026-03-03",
      });
      expect(receipt.status).toBe(200);
      const asked = await clerk.post(`/api/applications/${id}/events`, {
        expectedVersion: 2,
        event: { type: "correctionRequested", date: "2026-03-03", deadline: "2026-03-13" },
      });
      expect(asked.status).toBe(200);
      kit.setDay("2026-03-09");
      clerk = await kit.signIn("clerk");

      const form = (text: string, files: [string, Uint8Array<ArrayBuffer>][]) => {
        const f = new FormData();
        f.set("number", kit.number);
        f.set("code", kit.code);
        f.set("text", text);
        for (const [name, bytes] of files) f.append("attachments", new File([bytes], name));
        return f;
      };
      const disguised = await kit.publicPost(
        "/api/public/applications/correction",
        form("补充说明", [
          ["scan.pdf", PDF],
          ["身份证.pdf", EXE],
        ]),
      );
      expect(disguised.status).toBe(400);
      expect(disguised.body.error.issues).toEqual([
        {
          path: ["attachments", 1],
          message:
            "附件“身份证.pdf”不是可接受的文件类型：只接受 PDF、JPG、PNG、OFD、DOC、DOCX 或 TXT 文件（按文件内容识别，与文件名无关）",
        },
      ]);
      const untouched = await clerk.get(`/api/applications/${id}`);
      expect(untouched.body).toMatchObject({ phase: "awaitingCorrection", version: 3, attachments: [] });

      const done = await kit.publicPost(
        "/api/public/applications/correction",
        form("补充说明：2025年6月的招标公告", [["scan.pdf", PDF]]),
      );
      expect(done.status).toBe(200);
      // Corrected Mon 3/9: 20 working days → 3/10–13, 16–20, 23–27, 30, 31, 4/1–3, 4/7 (清明 4/4–6).
      expect(done.body).toMatchObject({
        phase: "processing",
        replyDeadline: { date: "2026-04-07", provisional: false },
      });
      const detail = await clerk.get(`/api/applications/${id}`);
      expect(detail.body.request.correctionText).toBe("补充说明：2025年6月的招标公告");
      expect(detail.body.attachments).toMatchObject([
        { source: "applicant", filename: "scan.pdf", kind: "pdf", size: PDF.length },
      ]);
      const again = await kit.publicPost("/api/public/applications/correction", form("再补充", []));
      expect(again.status).toBe(409);
      expect(again.body.error.message).toBe("本申请目前不需要补正；如有疑问，请联系受理机关");
    });

    it("limits submissions per client address", async () => {
      const kit = await applicationsApp(getDb(), "pub5");
      for (let i = 0; i < 10; i++) {
        expect(
          (await kit.publicPost("/api/public/applications", onlineInput(kit.tree.id(".k1")), "192.0.2.50"))
            .status,
        ).toBe(201);
      }
      expect(
        (await kit.publicPost("/api/public/applications", onlineInput(kit.tree.id(".k1")), "192.0.2.50"))
          .status,
      ).toBe(429);
      expect(
        (await kit.publicPost("/api/public/applications", onlineInput(kit.tree.id(".k1")), "192.0.2.51"))
          .status,
      ).toBe(201);
    });
  });
});
