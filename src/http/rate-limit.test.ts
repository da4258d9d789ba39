import { describe, expect, it } from "vitest";
import { AppError } from "../domain/app-error.ts";
import { RateLimiter } from "./rate-limit.ts";

describe("RateLimiter", () => {
  it("allows max hits per window per key, then refuses with the seconds to wait", () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) limiter.hit("a");
    limiter.hit("b");
    now = 15_000;
    let error: unknown;
    try {
      limiter.hit("a");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("RATE_LIMITED");
    expect((error as AppError).details.retryAfterSeconds).toBe(45);
    now = 60_000;
    expect(() => limiter.hit("a")).not.toThrow();
  });

  it("checks without counting: only hits count, and check refuses once they are used up", () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    for (let i = 0; i < 5; i++) limiter.check("a");
    limiter.hit("a");
    limiter.check("a");
    limiter.hit("a");
    expect(() => limiter.check("a")).toThrow(/操作过于频繁，请在 60 秒后重试/);
    limiter.check("b");
    now = 60_000;
    expect(() => limiter.check("a")).not.toThrow();
  });
});
