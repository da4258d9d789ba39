import type { Context } from "hono";
import type { PublicCredentials, SubmissionReceipt } from "../services/applications/index.ts";
import { agencyHref, STATUS_PATH } from "./paths.ts";
import type { PortalDeps } from "./portal-deps.ts";
import {
  clearSealedCookie,
  readSealedCookie,
  type SealedCookieSpec,
  setSealedCookie,
} from "./sealed-cookie.ts";

/**
 * The two things the portal remembers for an applicant, each in a sealed cookie and never in an
 * address: the application they opened with number and code (sent only to /status pages, for 30
 * minutes from the last page seen), and the receipt shown right after submitting (sent only to that
 * confirmation page, for 10 minutes).
 */

export const STATUS_COOKIE: SealedCookieSpec = {
  name: "gk_status",
  path: STATUS_PATH,
  lifetimeSeconds: 30 * 60,
};

export function receiptCookie(agencyId: string): SealedCookieSpec {
  return { name: "gk_receipt", path: agencyHref(agencyId, "apply", "done"), lifetimeSeconds: 10 * 60 };
}

const isText = (v: unknown): v is string => typeof v === "string" && v !== "";

export function rememberApplication(c: Context, deps: PortalDeps, credentials: PublicCredentials): void {
  const { number, code } = credentials;
  setSealedCookie(c, deps.sealer, STATUS_COOKIE, { number, code }, deps.now());
}

/** The application this browser opened, or null (none, expired, or tampered with). */
export function openedApplication(c: Context, deps: PortalDeps): PublicCredentials | null {
  const v = readSealedCookie(c, deps.sealer, STATUS_COOKIE, deps.now()) as Partial<PublicCredentials> | null;
  return v && isText(v.number) && isText(v.code) ? { number: v.number, code: v.code } : null;
}

export function forgetApplication(c: Context): void {
  clearSealedCookie(c, STATUS_COOKIE);
}

export function rememberReceipt(
  c: Context,
  deps: PortalDeps,
  agencyId: string,
  receipt: SubmissionReceipt,
): void {
  setSealedCookie(c, deps.sealer, receiptCookie(agencyId), receipt, deps.now());
}

export function shownReceipt(c: Context, deps: PortalDeps, agencyId: string): SubmissionReceipt | null {
  const v = readSealedCookie(
    c,
    deps.sealer,
    receiptCookie(agencyId),
    deps.now(),
  ) as Partial<SubmissionReceipt> | null;
  if (!v || !isText(v.number) || !isText(v.queryCode) || !isText(v.agencyName) || !isText(v.submittedOn)) {
    return null;
  }
  return { number: v.number, queryCode: v.queryCode, agencyName: v.agencyName, submittedOn: v.submittedOn };
}
