import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { AppError } from "../../domain/app-error.ts";

/**
 * Query codes: the applicant's secret for the public status page, shown once and stored hashed.
 * Ten characters of Crockford's base 32 (digits and capitals without I, L, O, U: nothing to confuse
 * on the phone) carry 50 bits; with wrong attempts rate-limited, guessing is hopeless. A plain
 * sha256 salted with the application id suffices: the code guards data the database holds anyway,
 * and a fast hash keeps the status lookup cheap.
 */

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 10;

/** A fresh query code, grouped for reading: `7KQ2M-X9D4R`. */
export function newQueryCode(): string {
  const bytes = randomBytes(LENGTH);
  // 256 is a multiple of 32: taking the low five bits is unbiased.
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/**
 * The canonical form of a code as typed: capitals, no separators, O read as 0 and I or L as 1.
 * @throws AppError VALIDATION when it cannot be a query code.
 */
export function normalizeQueryCode(input: string, path: (string | number)[] = ["code"]): string {
  const code = input
    .toUpperCase()
    .replace(/[\s\-－—]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (code.length !== LENGTH || [...code].some((c) => !ALPHABET.includes(c))) {
    const message = "查询码应为 10 位字母或数字（提交申请时显示，例如 7KQ2M-X9D4R），请核对后重新输入";
    throw new AppError("VALIDATION", message, { issues: [{ path, message }] });
  }
  return code;
}

/** The stored hash of a normalized code. */
export function hashQueryCode(applicationId: string, normalizedCode: string): string {
  return createHash("sha256").update(`${applicationId}:${normalizedCode}`).digest("hex");
}

/** Whether a normalized code matches the stored hash, in constant time. */
export function queryCodeMatches(applicationId: string, normalizedCode: string, storedHash: string): boolean {
  const presented = Buffer.from(hashQueryCode(applicationId, normalizedCode), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return stored.length === presented.length && timingSafeEqual(stored, presented);
}
