import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

/**
 * Small secrets the portal keeps in the browser between requests — the query code of the one
 * application an applicant opened, the receipt shown after submitting — sealed with AES-256-GCM:
 * the browser can neither read nor alter them, and each carries its own expiry. The key comes from
 * the server's secret; a random one per process (the default) means a restart asks applicants to
 * enter their number and code again, which is all it costs.
 */
export class CookieSealer {
  private readonly key: Buffer;

  constructor(secret: string | Uint8Array = randomBytes(32)) {
    this.key = createHash("sha256").update("gongkai-portal-cookie\0").update(secret).digest();
  }

  /** `value` with its expiry, encrypted and authenticated, as cookie-safe text. */
  seal(value: unknown, expiresAt: number): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    const plain = Buffer.from(JSON.stringify({ v: value, e: expiresAt }), "utf8");
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
  }

  /** The sealed value, or null when it was altered, sealed with another key, or has expired. */
  open(sealed: string, now: number): unknown {
    const bytes = Buffer.from(sealed, "base64url");
    if (bytes.length < 29) return null;
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      const plain = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]);
      const parsed = JSON.parse(plain.toString("utf8")) as { v: unknown; e: number };
      return typeof parsed.e === "number" && parsed.e > now ? parsed.v : null;
    } catch {
      return null;
    }
  }
}

export interface SealedCookieSpec {
  name: string;
  /** Only requests under this path carry the cookie. */
  path: string;
  lifetimeSeconds: number;
}

/** Sets an http-only, SameSite=Strict cookie holding `value` sealed until the cookie's own expiry. */
export function setSealedCookie(
  c: Context,
  sealer: CookieSealer,
  spec: SealedCookieSpec,
  value: unknown,
  now: number,
): void {
  setCookie(c, spec.name, sealer.seal(value, now + spec.lifetimeSeconds * 1000), {
    httpOnly: true,
    // Strict: a form on another site cannot make the browser send it (no cross-site corrections).
    sameSite: "Strict",
    secure: new URL(c.req.url).protocol === "https:",
    path: spec.path,
    maxAge: spec.lifetimeSeconds,
  });
}

/** The value of a sealed cookie, or null when absent, altered or expired. */
export function readSealedCookie(
  c: Context,
  sealer: CookieSealer,
  spec: SealedCookieSpec,
  now: number,
): unknown {
  const raw = getCookie(c, spec.name);
  return raw ? sealer.open(raw, now) : null;
}

export function clearSealedCookie(c: Context, spec: SealedCookieSpec): void {
  deleteCookie(c, spec.name, { path: spec.path });
}
