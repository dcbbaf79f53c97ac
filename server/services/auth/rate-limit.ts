/**
 * Counts failed logins in a sliding window, per key. An attempt reserves a
 * place before the password is checked, so that many attempts sent at once
 * are counted as they arrive, not after the slow hash has finished.
 */
export interface RateLimitOptions {
  maxFailures: number;
  windowMs: number;
}

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly inFlight = new Map<string, number>();

  constructor(private readonly options: RateLimitOptions) {}

  /** Seconds until the key may try again; 0 when it may now. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length + (this.inFlight.get(key) ?? 0) < this.options.maxFailures) return 0;
    const oldest = recent[0] ?? now;
    return Math.max(1, Math.ceil((oldest + this.options.windowMs - now) / 1000));
  }

  /** Reserves a place for an attempt that is being checked. */
  begin(key: string): void {
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
  }

  /** Ends an attempt: a failure counts in the window, a success clears the key. */
  end(key: string, succeeded: boolean, now = Date.now()): void {
    const left = (this.inFlight.get(key) ?? 1) - 1;
    if (left > 0) this.inFlight.set(key, left);
    else this.inFlight.delete(key);
    if (succeeded) this.failures.delete(key);
    else this.failures.set(key, [...this.recent(key, now), now]);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => now - at < this.options.windowMs);
  }
}

const WINDOW_MS = 15 * 60 * 1000;

/**
 * The login limits, on three keys at once: one account from one address (5
 * failures per 15 minutes), one address across every account (20, against
 * trying many usernames), and one account from every address (20, against a
 * spread-out guess at one account).
 */
export class LoginLimiter {
  private readonly perAccountAndAddress = new FailureLimiter({ maxFailures: 5, windowMs: WINDOW_MS });
  private readonly perAddress = new FailureLimiter({ maxFailures: 20, windowMs: WINDOW_MS });
  private readonly perAccount = new FailureLimiter({ maxFailures: 20, windowMs: WINDOW_MS });

  /** Reserves an attempt, or returns the seconds to wait when any limit is reached. */
  begin(username: string, address: string): { wait: number; end: (succeeded: boolean) => void } {
    const keys: [FailureLimiter, string][] = [
      [this.perAccountAndAddress, `${username.toLowerCase()}|${address}`],
      [this.perAddress, address],
      [this.perAccount, username.toLowerCase()],
    ];
    const wait = Math.max(...keys.map(([limiter, key]) => limiter.retryAfter(key)));
    if (wait > 0) return { wait, end: () => {} };
    for (const [limiter, key] of keys) limiter.begin(key);
    return { wait: 0, end: (succeeded) => keys.forEach(([limiter, key]) => limiter.end(key, succeeded)) };
  }
}
