import { describe, expect, it } from "vitest";
import { systemActor } from "../services/actor.ts";
import { createAgency } from "../services/agencies/agencies.ts";
import { counterInput } from "../services/applications/application-samples.test-support.ts";
import { recordStep, registerApplication } from "../services/applications/index.ts";
import { forEachDialect } from "../test-support/dialects.ts";
import { STYLESHEET } from "./index.ts";
import { multipart, personForm, portalApp } from "./portal.test-support.ts";

/**
 * The budget of issue 6: HTML + CSS transferred for the home, form and status pages at most 60 KB
 * each, no JavaScript. Measured uncompressed (what a server without compression sends), with a
 * county as large as the demo's under the tree and the status page at its longest (a correction
 * awaited: the form, the notice, the timeline).
 */
const BUDGET = 60 * 1024;
const DEPARTMENTS = [
  "财政局",
  "公安局",
  "交通运输局",
  "教育局",
  "农业农村局",
  "人力资源和社会保障局",
  "市场监督管理局",
];
const MORE = ["卫生健康局", "住房和城乡建设局", "自然资源局", "生态环境局", "水利局", "文化和旅游局"];
const TOWNSHIPS = ["白沙镇", "城关镇", "河西街道办事处", "桥头镇", "石门乡", "东岭镇", "西坪乡"];

const bytes = (text: string) => new TextEncoder().encode(text).length;

forEachDialect((getDb) => {
  describe("page weight", () => {
    it("keeps home, form and status pages within 60 KB of HTML and CSS, with no script", async () => {
      const { tree, browser, ctx, setNow } = await portalApp(getDb(), "wt1");
      const system = systemActor("test");
      const county = tree.id(".k2");
      for (const [i, name] of [...DEPARTMENTS, ...MORE].entries()) {
        await createAgency(ctx, system, {
          id: `${county}.d${i}`,
          parentId: county,
          level: "department",
          name: `青禾县${name}`,
        });
      }
      for (const [i, name] of TOWNSHIPS.entries()) {
        const level = "township";
        await createAgency(ctx, system, {
          id: `${county}.t${i}`,
          parentId: county,
          level,
          name: `青禾县${name}人民政府`,
        });
      }
      setNow("2026-03-05");
      const registered = await registerApplication(ctx, system, {
        agencyId: county,
        ...counterInput("2026-03-02"),
      });
      await recordStep(ctx, system, registered.application.id, registered.application.version, {
        type: "correctionRequested",
        date: "2026-03-04",
        workingDays: 10,
      });
      const b = browser();
      const form = `/agencies/${county}/apply`;
      const pages = {
        home: await b.get("/"),
        form: await b.get(form),
        formWithErrors: await b.post(
          form,
          multipart(personForm({ phone: "", description: "", applicantType: "" })),
        ),
        status: await (async () => {
          await b.post("/status", { number: registered.application.number, code: registered.queryCode });
          return b.get("/status/view");
        })(),
      };
      expect(pages.status.$("form[action='/status/correction']").length).toBe(1);
      expect(pages.formWithErrors.$("#error-summary li").length).toBe(3);
      const css = bytes(STYLESHEET);
      expect(css).toBeLessThan(20 * 1024);
      for (const [name, page] of Object.entries(pages)) {
        expect(page.$("script").length, name).toBe(0);
        expect(page.$("link[rel=stylesheet]").length, name).toBe(1);
        expect(bytes(page.html) + css, name).toBeLessThanOrEqual(BUDGET);
      }
    });
  });
});
