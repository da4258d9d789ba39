import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CookieSealer } from "./sealed-cookie.ts";

describe("CookieSealer", () => {
  const sealer = new CookieSealer("secret one");

  it("opens what it sealed until the expiry, and nothing after", () => {
    const sealed = sealer.seal({ number: "2026-4821-7730-5", code: "7KQ2M-X9D4R" }, 1_000);
    expect(sealer.open(sealed, 999)).toEqual({ number: "2026-4821-7730-5", code: "7KQ2M-X9D4R" });
    expect(sealer.open(sealed, 1_000)).toBeNull();
  });

  it("hides the value: the sealed text contains none of it", () => {
    const sealed = sealer.seal({ code: "7KQ2M-X9D4R" }, 1_000);
    expect(sealed).not.toContain("7KQ2M");
    expect(Buffer.from(sealed, "base64url").toString("latin1")).not.toContain("7KQ2M");
  });

  it("refuses a value sealed with another key", () => {
    expect(new CookieSealer("secret two").open(sealer.seal("x", 1_000), 0)).toBeNull();
  });

  it("refuses any change to the sealed text, and never throws on junk", () => {
    const sealed = sealer.seal({ n: 1 }, 10_000);
    fc.assert(
      fc.property(fc.nat({ max: sealed.length - 1 }), fc.constantFrom(..."ABCabc0123-_"), (at, ch) => {
        fc.pre(sealed[at] !== ch);
        const altered = `${sealed.slice(0, at)}${ch}${sealed.slice(at + 1)}`;
        // A change in the last character may only touch padding bits; decoding must still agree.
        const same = Buffer.from(altered, "base64url").equals(Buffer.from(sealed, "base64url"));
        expect(sealer.open(altered, 0)).toEqual(same ? { n: 1 } : null);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (junk) => {
        expect(sealer.open(junk, 0)).toBeNull();
      }),
    );
  });
});
