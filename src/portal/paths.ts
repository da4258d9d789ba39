/** The portal's addresses, built in one place. */

/** An agency's pages: its home, or one of `apply`, `reports`, `catalogue`… below it. */
export function agencyHref(agencyId: string, ...rest: (string | number)[]): string {
  const tail = rest.map((r) => `/${encodeURIComponent(String(r))}`).join("");
  return `/agencies/${encodeURIComponent(agencyId)}${tail}`;
}

export const STATUS_PATH = "/status";
/** The status page of the application the applicant has opened (which one is in a sealed cookie). */
export const STATUS_VIEW_PATH = "/status/view";

/** The Word file of one of the opened application's letters. */
export function letterHref(letterId: string): string {
  return `/status/letters/${encodeURIComponent(letterId)}.docx`;
}
