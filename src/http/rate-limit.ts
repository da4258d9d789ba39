import { AppError } from "../domain/app-error.ts";

/**
 * A fixed-window counter per key, in memory. Enough for one server process; a multi-process
 * deployment puts the limit in front (reverse proxy) instead.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit for `key`; throws RATE_LIMITED once more than `max` hits fall in the window. */
  hit(key: string): void {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 100_000) this.sweep(now);
      this.windows.set(key, { start: now, count: 1 });
      return;
    }
    window.count += 1;
    if (window.count > this.max) throw this.limited(window.start, now);
  }

  /**
   * Throws RATE_LIMITED when `key` has used up its window already, without counting a hit: with
   * `hit` after a failure only, failures are limited and the blocked caller cannot even try.
   */
  check(key: string): void {
    const now = this.now();
    const window = this.windows.get(key);
    if (window && now - window.start < this.windowMs && window.count >= this.max) {
      throw this.limited(window.start, now);
    }
  }

  private limited(start: number, now: number): AppError {
    const retryAfterSeconds = Math.ceil((start + this.windowMs - now) / 1000);
    return new AppError("RATE_LIMITED", `操作过于频繁，请在 ${retryAfterSeconds} 秒后重试。`, {
      retryAfterSeconds,
    });
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}
