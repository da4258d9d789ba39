import { randomInt } from "node:crypto";
import { hash, type Options, verify } from "@node-rs/argon2";
import { z } from "zod";

/**
 * Password hashing: argon2id with the library's defaults (19 MiB, 2 passes — OWASP's minimum
 * recommendation), stored as the PHC string, which carries its own parameters and salt.
 */
const ARGON2: Options = {
  algorithm: 2 /* Algorithm.Argon2id: a const enum, unusable under isolatedModules */,
};

export const MIN_PASSWORD_LENGTH = 10;

export const passwordSchema = z
  .string({ error: "请填写密码" })
  .min(MIN_PASSWORD_LENGTH, { error: `密码至少 ${MIN_PASSWORD_LENGTH} 个字符` })
  .max(128, { error: "密码不能超过 128 个字符" })
  .refine((p) => new Set(p).size >= 4, {
    error: "密码过于简单：请混用字母、数字和符号，至少包含 4 个不同字符",
  });

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPasswordHash(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash verifies nothing; it must not become a server error on login.
    return false;
  }
}

/** A hash of a random password: login attempts for unknown users verify against it, so they take as long as real ones. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(generatePassword());
  return decoy;
}

/** Letters and digits that cannot be mistaken for each other when read aloud or copied from paper. */
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random password of 16 characters from an unambiguous alphabet (about 93 bits). */
export function generatePassword(length = 16): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
