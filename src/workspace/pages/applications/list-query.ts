import type { Query } from "../../api/client.ts";

/**
 * The list's filters live in the address (`/staff/applications?phase=processing&due=soon`), named
 * as the API names them, so a filtered list can be bookmarked, reloaded or linked from the
 * dashboard, and the address's query is the request's query.
 */
const FILTER_KEYS = [
  // A supervisor's link to an agency below (`agencyId=…&subtree=true`, as the supervision figures mean).
  "agencyId",
  "subtree",
  "phase",
  "open",
  "outcome",
  "due",
  "provisional",
  "receivedFrom",
  "receivedTo",
  "q",
  "sort",
  "page",
  "pageSize",
] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export function readFilters(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** The request's query: the filters, sorted by due date unless asked otherwise. */
export function apiQuery(filters: Filters): Query {
  return { ...filters, sort: filters.sort ?? "due" };
}

/**
 * The address after a change: empty values dropped; any change but paging goes back to page 1.
 */
export function nextParams(filters: Filters, patch: Filters): URLSearchParams {
  const paging = "page" in patch || "pageSize" in patch;
  const merged: Filters = { ...filters, ...patch };
  if (!paging) delete merged.page;
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = merged[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** A comma list (`phase=a,b`) as an array, for a multiple select. */
export const listOf = (value: string | undefined): string[] => (value ? value.split(",") : []);
