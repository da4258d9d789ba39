import { describe, expect, it } from "vitest";
import { publicStatus } from "../services/applications/index.ts";
import { forEachDialect } from "../test-support/dialects.ts";
import { multipart, personForm, portalApp, textOf } from "./portal.test-support.ts";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

forEachDialect((getDb) => {
  describe("the application form", () => {
    it("labels every control and states the attachment limits", async () => {
      const { tree, browser } = await portalApp(getDb(), "af1");
      const { status, $ } = await browser().get(`/agencies/${tree.id(".k1")}/apply`);
      expect(status).toBe(200);
      expect(textOf($, "h1")).toBe("向甲市一县人民政府申请公开政府信息");
      const controls = $("form input:not([type=hidden]), form select, form textarea").toArray();
      expect(controls.length).toBeGreaterThan(20);
      for (const el of controls) {
        const id = $(el).attr("id");
        expect(id, $.html(el)).toBeTruthy();
        expect($(`label[for="${id}"]`).length, `label for ${id}`).toBe(1);
      }
      expect($("form").attr("enctype")).toBe("multipart/form-data");
      expect(textOf($, "#f-attachments-hint")).toContain("最多 5 个文件，每个不超过 10 MB");
      expect($("script").length).toBe(0);
    });

    it("sends the form back with each error beside its field, a summary linking to them, and the input kept", async () => {
      const { tree, browser } = await portalApp(getDb(), "af2");
      const fields = personForm({ idNumber: "110105194912310021", phone: "", email: "", description: "" });
      const { status, $ } = await browser().post(
        `/agencies/${tree.id(".k1")}/apply`,
        multipart(fields, [{ name: "身份证.pdf", bytes: PDF }]),
      );
      expect(status).toBe(400);
      // Three fields in error: the check digit of the ID, no contact at all, no description.
      const wrong = $("[aria-invalid=true]")
        .toArray()
        .map((el) => $(el).attr("name"));
      expect(wrong).toEqual(["idNumber", "phone", "description"]);
      const beside = (name: string) => {
        const control = $(`[name=${name}]`);
        const errorId = `f-${name}-error`;
        expect(control.attr("aria-describedby")?.split(" ")).toContain(errorId);
        // The message sits in the same field block as the control.
        expect(control.closest(".field").find(`#${errorId}`).length).toBe(1);
        return textOf($, `#${errorId}`);
      };
      expect(beside("idNumber")).toContain("居民身份证号码有误");
      expect(beside("phone")).toContain("请至少填写联系电话或电子邮箱中的一项");
      expect(beside("description")).toContain("请填写所需政府信息的名称");
      const links = $("#error-summary a")
        .toArray()
        .map((a) => $(a).attr("href"));
      expect(links).toEqual(["#f-idNumber", "#f-phone", "#f-description"]);
      expect(textOf($, "#error-summary h2")).toBe("提交的内容有 3 处需要修改");
      // Everything typed is still there; the file is not, and the page says so.
      expect($("#f-name").val()).toBe("王小明");
      expect($("#f-idNumber").val()).toBe("110105194912310021");
      expect($("#f-address").val()).toBe("某市某区某街 1 号");
      expect($("#f-idType option[selected]").val()).toBe("residentId");
      expect($("input[name=applicantType][checked]").val()).toBe("naturalPerson");
      expect($("input[name=requestedForm][checked]").val()).toBe("paper");
      expect(textOf($, "main")).toContain("您上次选择了 1 个附件");
      expect($("title").text()).toContain("请修改后重新提交");
    });

    it("names unanswered choices in plain words, never by their internal codes", async () => {
      const { tree, browser } = await portalApp(getDb(), "af3");
      const fields = personForm({ applicantType: "", requestedForm: "", delivery: "", idType: "" });
      const { status, $ } = await browser().post(`/agencies/${tree.id(".k1")}/apply`, multipart(fields));
      expect(status).toBe(400);
      expect(textOf($, "#f-applicantType-error")).toBe("错误：请选择申请人类型");
      expect(textOf($, "#f-requestedForm-error")).toBe("错误：请选择获取信息的方式");
      expect(textOf($, "#f-delivery-error")).toBe("错误：请选择获取信息的途径");
      expect(textOf($, "main")).not.toMatch(/naturalPerson|electronic|residentId/);
      expect(textOf($, "main")).not.toContain("您上次选择了");
    });

    it("an organisation must give its credit code, representative and contact person", async () => {
      const { tree, browser } = await portalApp(getDb(), "af4");
      const fields = personForm({
        applicantType: "commercial",
        name: "某某科技有限公司",
        idType: "",
        idNumber: "",
      });
      const { status, $ } = await browser().post(`/agencies/${tree.id(".k1")}/apply`, multipart(fields));
      expect(status).toBe(400);
      expect(
        $("[aria-invalid=true]")
          .toArray()
          .map((el) => $(el).attr("name")),
      ).toEqual(["creditCode", "legalRepresentative", "contactPerson"]);
    });

    it("submits, redirects, shows the number and query code once with the receipt, and opens the status", async () => {
      const { tree, browser, ctx } = await portalApp(getDb(), "af5");
      const b = browser();
      const agency = tree.id(".k1");
      const sent = await b.post(
        `/agencies/${agency}/apply`,
        multipart(personForm(), [{ name: "证件.pdf", bytes: PDF }]),
      );
      expect(sent.status).toBe(303);
      expect(sent.location).toBe(`/agencies/${agency}/apply/done`);
      const done = await b.get(sent.location ?? "");
      expect(done.status).toBe(200);
      expect(done.headers.get("cache-control")).toBe("no-store");
      const [number, code] = done
        .$(".receipt dd.code")
        .toArray()
        .map((el) => done.$(el).text());
      expect(number).toMatch(/^2026-\d{4}-\d{4}-\d$/);
      expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
      // The pair opens the application, whose attachment was stored with it.
      const status = await publicStatus(ctx, { number: number ?? "", code: code ?? "" });
      expect(status.phase).toBe("submitted");
      const files = await ctx.db.selectFrom("attachments").select(["filename", "source"]).execute();
      expect(files.filter((f) => f.filename === "证件.pdf")).toEqual([
        { filename: "证件.pdf", source: "applicant" },
      ]);
      const main = textOf(done.$, "main");
      expect(main).toContain("查询码只在这里显示一次");
      expect(main).toContain("以双方确认之日为收到申请之日");
      // 2 March 2026 + 20 working days (no holidays in March 2026) = 30 March.
      expect(main).toContain("如果机关今天确认收到，答复期限为 2026-03-30");
      // The browser is now signed in to this application for the status page.
      const view = await b.get("/status/view");
      expect(view.status).toBe(200);
      expect(textOf(view.$, "main")).toContain(number ?? "-");
      expect(view.html).not.toContain(code ?? "-");
    });

    it("shows the receipt only in the submitting browser and only for ten minutes", async () => {
      const { tree, browser, setNow } = await portalApp(getDb(), "af6");
      const b = browser();
      const agency = tree.id(".k1");
      await b.post(`/agencies/${agency}/apply`, multipart(personForm()));
      expect((await browser().get(`/agencies/${agency}/apply/done`)).$(".receipt").length).toBe(0);
      setNow("2026-03-02T02:09:00.000Z");
      expect((await b.get(`/agencies/${agency}/apply/done`)).$(".receipt").length).toBe(1);
      setNow("2026-03-02T02:11:00.000Z");
      const late = await b.get(`/agencies/${agency}/apply/done`);
      expect(late.$(".receipt").length).toBe(0);
      expect(textOf(late.$, "h1")).toBe("回执已不再显示");
    });

    it("counts stored applications against the API's limit of ten an hour per address, keeping the form", async () => {
      const { tree, browser } = await portalApp(getDb(), "af7");
      const b = browser("203.0.113.50");
      const agency = tree.id(".k1");
      // Forms sent back with errors store nothing and count for nothing.
      for (let i = 0; i < 3; i++) {
        expect(
          (await b.post(`/agencies/${agency}/apply`, multipart(personForm({ description: "" })))).status,
        ).toBe(400);
      }
      for (let i = 0; i < 10; i++) {
        expect((await b.post(`/agencies/${agency}/apply`, multipart(personForm()))).status).toBe(303);
      }
      const blocked = await b.post(`/agencies/${agency}/apply`, multipart(personForm({ name: "李四" })));
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(textOf(blocked.$, "main")).toContain("操作过于频繁");
      expect(blocked.$("#f-name").val()).toBe("李四");
      // Another address is not affected.
      expect((await browser().post(`/agencies/${agency}/apply`, multipart(personForm()))).status).toBe(303);
    });

    it("answers an unknown agency with the portal's 404 page", async () => {
      const { browser } = await portalApp(getDb(), "af8");
      const { status, $ } = await browser().get("/agencies/no-such-agency/apply");
      expect(status).toBe(404);
      expect(textOf($, "h1")).toBe("找不到这个页面");
      expect(textOf($, "main")).toContain("机关“no-such-agency”不存在");
    });
  });
});
