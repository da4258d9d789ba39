import { randomInt } from "node:crypto";
import { AppError } from "../../domain/app-error.ts";

/**
 * Application numbers: unique platform-wide and easy to read out on the phone — digits only, the
 * year first, grouped by four, with a Luhn check digit that catches a mistyped or swapped digit
 * before any lookup: `2026-4821-7730-5`. Eight random digits a year leave room for retries to find
 * a free number even at a million applications a year.
 */

const DIGITS = 8;

/** The Luhn check digit of a string of digits. */
function luhnDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function format(digits: string): string {
  return `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8, 12)}-${digits.slice(12)}`;
}

/** A fresh random number of `year` (the caller retries when it is taken). */
export function newApplicationNumber(year: number): string {
  const random = String(randomInt(0, 10 ** DIGITS)).padStart(DIGITS, "0");
  const payload = `${year}${random}`;
  return format(`${payload}${luhnDigit(payload)}`);
}

/**
 * The canonical form of a number as typed (spaces, hyphens or none).
 * @throws AppError VALIDATION when it is not 13 digits or its check digit does not match.
 */
export function normalizeApplicationNumber(input: string, path: (string | number)[] = ["number"]): string {
  const digits = input.replace(/[\s\-－—]/g, "");
  const fail = (message: string) => new AppError("VALIDATION", message, { issues: [{ path, message }] });
  if (!/^\d{13}$/.test(digits)) {
    throw fail("申请编号应为 13 位数字，例如 2026-4821-7730-5，请按受理回执核对");
  }
  if (luhnDigit(digits.slice(0, 12)) !== Number(digits[12])) {
    throw fail("申请编号有误（校验位不符），请逐位核对后重新输入");
  }
  return format(digits);
}
