import { describe, expect, it } from "vitest";
import { arrivalDate, legalReceiptDate, type ReceiptFacts } from "./receipt-date.ts";

describe("legal receipt date (第31条)", () => {
  it.each<[ReceiptFacts, string, string]>([
    [{ channel: "inPerson", submittedOn: "2026-02-14" }, "2026-02-14", "2026-02-14"],
    [{ channel: "registeredMail", signedOn: "2026-03-03" }, "2026-03-03", "2026-03-03"],
    [
      { channel: "ordinaryLetter", arrivedOn: "2026-03-02", confirmedOn: "2026-03-02" },
      "2026-03-02",
      "2026-03-02",
    ],
    [
      { channel: "ordinaryLetter", arrivedOn: "2026-03-02", confirmedOn: "2026-03-04" },
      "2026-03-04",
      "2026-03-02",
    ],
    [{ channel: "online", submittedOn: "2026-09-30", confirmedOn: "2026-10-08" }, "2026-10-08", "2026-09-30"],
    [{ channel: "fax", submittedOn: "2026-05-01", confirmedOn: "2026-05-06" }, "2026-05-06", "2026-05-01"],
  ])("%j → legal %s, arrived %s", (facts, legal, arrived) => {
    expect(legalReceiptDate(facts)).toBe(legal);
    expect(arrivalDate(facts)).toBe(arrived);
  });
});
