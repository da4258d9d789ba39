import { describe, expect, it } from "vitest";
import { FORMATS } from "../report/format/index.ts";
import { APPLICANT_TYPES, applicantColumnIndex, applicantTypeLabel } from "./applicant-types.ts";
import { OUTCOME_INFO, OUTCOMES, releasesInformation } from "./outcomes.ts";
import { missingReplyItems, REMEDIES, REMEDIES_TEXT, requiredReplyItems } from "./reply-requirements.ts";

describe("outcomes and table 三", () => {
  it("map one-to-one onto the 21 result rows of the 2021 format, in order", () => {
    const rows = FORMATS["2021"].applications.rows.filter((r) => r.kind === "result");
    expect([...OUTCOMES]).toEqual(rows.map((r) => r.key));
    for (const row of rows) {
      const info = OUTCOME_INFO[row.key as (typeof OUTCOMES)[number]];
      expect(info.label).toBe(row.label);
      expect(info.group).toBe(row.group ?? null);
    }
  });

  it("only 予以公开 and 部分公开 release information", () => {
    expect(OUTCOMES.filter(releasesInformation)).toEqual(["disclosed", "partiallyDisclosed"]);
  });

  it("cite their articles", () => {
    expect(OUTCOME_INFO.partiallyDisclosed.basis).toEqual(["第三十七条"]);
    expect(OUTCOME_INFO.refusedStateSecret.basis).toContain("第十四条");
    expect(OUTCOME_INFO.refusedThirdParty.basis).toContain("第十五条");
    expect(OUTCOME_INFO.refusedProcessInfo.basis).toContain("第十六条第二款");
    expect(OUTCOME_INFO.refusedInquiry.basis).toEqual(["第三十六条第（七）项"]);
    expect(OUTCOME_INFO.unableNeedsCreation.basis).toEqual(["第三十八条"]);
    expect(OUTCOME_INFO.unableStillUnclear.basis).toEqual(["第三十条"]);
    expect(OUTCOME_INFO.notProcessedMassRepeat.basis).toEqual(["第三十五条"]);
    expect(OUTCOME_INFO.notProcessedRepeat.basis).toEqual(["第三十六条第（六）项"]);
    expect(OUTCOME_INFO.otherFeeUnpaid.basis.join()).toContain("109号");
  });
});

describe("what a reply must contain", () => {
  it("every reply states decision, basis and remedies", () => {
    for (const outcome of OUTCOMES) {
      const items = requiredReplyItems(outcome);
      expect(items[0]).toBe("decisionAndBasis");
      expect(items.at(-1)).toBe("remedies");
    }
  });

  it.each([
    ["disclosed", false, ["decisionAndBasis", "howToObtain", "remedies"]],
    ["partiallyDisclosed", false, ["decisionAndBasis", "reasons", "howToObtain", "remedies"]],
    ["refusedThirdParty", false, ["decisionAndBasis", "reasons", "remedies"]],
    ["refusedInquiry", false, ["decisionAndBasis", "specialProcedure", "remedies"]],
    ["unableNotHeld", false, ["decisionAndBasis", "reasons", "remedies"]],
    ["unableNotHeld", true, ["decisionAndBasis", "reasons", "holderAgency", "remedies"]],
    ["notProcessedPetition", false, ["decisionAndBasis", "reasons", "remedies"]],
  ] as const)("%s (holder known: %s)", (outcome, holderKnown, items) => {
    expect(requiredReplyItems(outcome, { holderKnown })).toEqual(items);
  });

  it("finds what a draft lacks", () => {
    expect(
      missingReplyItems("unableNotHeld", ["decisionAndBasis", "reasons"], { holderKnown: true }),
    ).toEqual(["holderAgency", "remedies"]);
    expect(missingReplyItems("disclosed", ["decisionAndBasis", "howToObtain", "remedies"])).toEqual([]);
  });

  it("names 60 days of reconsideration and 6 months for a lawsuit", () => {
    expect(REMEDIES.reconsideration.days).toBe(60);
    expect(REMEDIES.reconsideration.basis).toContain("行政复议法");
    expect(REMEDIES.lawsuit.months).toBe(6);
    expect(REMEDIES.lawsuit.basis).toContain("第四十六条");
    expect(REMEDIES_TEXT).toContain("60日内");
    expect(REMEDIES_TEXT).toContain("6个月内");
  });
});

describe("applicant types", () => {
  it("are the six columns of table 三, in order", () => {
    const columns = FORMATS["2021"].applications.columns.filter((c) => c.key !== "total");
    expect([...APPLICANT_TYPES]).toEqual(columns.map((c) => c.key));
    expect(applicantTypeLabel("legalService")).toBe("法律服务机构");
    expect(applicantColumnIndex("otherOrganisation")).toBe(5);
  });
});
