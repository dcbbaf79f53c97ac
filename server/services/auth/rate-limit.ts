/** Counts failed logins per key (account and client address) in a sliding window. */
export interface RateLimitOptions {
  maxFailures: number;
  windowMs: number;
}

export const LOGIN_RATE_LIMIT: RateLimitOptions = { maxFailures: 5, windowMs: 15 * 60 * 1000 };

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly options: RateLimitOptions = LOGIN_RATE_LIMIT) {}

  /** Seconds until the key may try again; 0 when it may now. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.options.maxFailures) return 0;
    return Math.ceil((recent[0]! + this.options.windowMs - now) / 1000);
  }

  fail(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => now - at < this.options.windowMs);
  }
}
