import { describe, expect, it } from "vitest";
import { apiQuery, listOf, nextParams, readFilters } from "./list-query.ts";

describe("the list's filters in the address", () => {
  it("reads the known filters, ignores the rest, and asks by due date unless told otherwise", () => {
    const filters = readFilters(new URLSearchParams("phase=processing,decided&due=soon&utm=x&q="));
    expect(filters).toEqual({ phase: "processing,decided", due: "soon" });
    expect(apiQuery(filters)).toEqual({ phase: "processing,decided", due: "soon", sort: "due" });
    expect(apiQuery({ sort: "received" }).sort).toBe("received");
    expect(listOf(filters.phase)).toEqual(["processing", "decided"]);
    expect(listOf(undefined)).toEqual([]);
  });

  it("goes back to page 1 on any change but paging, and drops emptied filters", () => {
    const filters = { due: "overdue", page: "3", q: "公路" };
    expect(nextParams(filters, { q: "" }).toString()).toBe("due=overdue");
    expect(nextParams(filters, { page: "4" }).toString()).toBe("due=overdue&q=%E5%85%AC%E8%B7%AF&page=4");
  });
});
