import { describe, expect, it } from "vitest";
import { generateProvince } from "../services/testing/province-generator.ts";
import { forEachDialect } from "../test-support/dialects.ts";
import { STYLESHEET } from "./index.ts";
import { portalApp } from "./portal.test-support.ts";

const bytes = (text: string) => new TextEncoder().encode(text).length;

/*
 * A province's platform holds thousands of agencies: the home page cannot list them all (issue 6's
 * 60 KB budget, and no reader scrolls through 5,000 names). It lists the upper levels, each
 * government with the number directly below it; the agency's own page and the search lead on.
 */
forEachDialect((getDb) => {
  describe("the home page of a province's platform", () => {
    it("lists the upper levels with the number below each, within budget, and the search finds the rest", async () => {
      const { browser } = await portalApp(getDb(), "hpv");
      const province = await generateProvince(getDb().db, { agencies: 5_000, applications: 0, prefix: "pv" });
      const city = province.agencies.find((a) => a.level === "city");
      const county = province.agencies.find((a) => a.level === "county");
      if (!city || !county) throw new Error("the generated province has cities and counties");

      const home = await browser().get("/");
      expect(home.status).toBe(200);
      expect(bytes(home.html) + bytes(STYLESHEET)).toBeLessThanOrEqual(60 * 1024);
      const cityItem = home.$(`li:has(> a[href="/agencies/${city.id}"])`);
      expect(cityItem.length).toBe(1);
      expect(cityItem.children(".hint").text()).toMatch(/^（下设 \d+ 个机关）$/);
      expect(home.$(`a[href="/agencies/${county.id}"]`).length).toBe(0);

      // The city's page lists its counties; the search finds one by its name.
      const cityPage = await browser().get(`/agencies/${city.id}`);
      expect(cityPage.$(`a[href="/agencies/${county.id}"]`).length).toBe(1);
      const name = cityPage.$(`a[href="/agencies/${county.id}"]`).text();
      const found = await browser().get(`/?q=${encodeURIComponent(name)}`);
      expect(found.$(`#results-title ~ ul a[href="/agencies/${county.id}"]`).length).toBe(1);
    });
  });
});
