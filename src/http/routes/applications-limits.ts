import type { Context } from "hono";
import { AppError } from "../../domain/app-error.ts";
import { normalizeApplicationNumber, WRONG_NUMBER_OR_CODE } from "../../services/applications/index.ts";
import { RateLimiter } from "../rate-limit.ts";

/**
 * Rate limits of the public application pages, shared by the API routes and the server-rendered
 * portal: submissions per client address, and wrong number-or-code answers per address and per
 * application number. Only failures count, and a blocked caller cannot even try — so guessing
 * codes is hopeless, while an applicant checking the status often is never slowed down.
 */
export interface PublicLimits {
  submissions: RateLimiter;
  wrongCodeByAddress: RateLimiter;
  wrongCodeByNumber: RateLimiter;
}

const MINUTE = 60_000;

export function createPublicLimits(now: () => number = Date.now): PublicLimits {
  return {
    submissions: new RateLimiter(10, 60 * MINUTE, now),
    wrongCodeByAddress: new RateLimiter(20, 15 * MINUTE, now),
    wrongCodeByNumber: new RateLimiter(5, 15 * MINUTE, now),
  };
}

/**
 * The client's address as the socket saw it. Behind a reverse proxy every request comes from the
 * proxy; put the limits there too (a forwarded header is not trusted here, anyone can send one).
 */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "unknown";
}

/**
 * Runs `work` — a lookup by number and query code — unless this address or number has used up its
 * wrong attempts; a wrong number or code counts against both. Another NOT_FOUND after the right
 * code (a letter that is not the applicant's) is not a guess and does not count.
 */
export async function guardCodeAttempt<T>(
  limits: PublicLimits,
  address: string,
  number: unknown,
  work: () => Promise<T>,
): Promise<T> {
  let numberKey: string | null = null;
  try {
    numberKey = normalizeApplicationNumber(String(number ?? ""));
  } catch {
    // A malformed number is refused by the lookup itself, as VALIDATION, before any comparison.
  }
  limits.wrongCodeByAddress.check(address);
  if (numberKey) limits.wrongCodeByNumber.check(numberKey);
  try {
    return await work();
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND" && err.message === WRONG_NUMBER_OR_CODE) {
      limits.wrongCodeByAddress.hit(address);
      if (numberKey) limits.wrongCodeByNumber.hit(numberKey);
    }
    throw err;
  }
}
