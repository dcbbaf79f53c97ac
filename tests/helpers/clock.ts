/**
 * Moving the clock for a suite: only `Date` is faked (timers, I/O and the
 * query processes keep running), and it keeps ticking from the moved moment,
 * so everything in the test process that asks for today (the demo's load
 * path, the routes' default `at`, sessions) gets the same moved day.
 */
import { afterAll, beforeAll, vi } from 'vitest';
import type { Finding } from '../../server/model/index.ts';

const DAY_MS = 86_400_000;

/** The clocks the demo must hold under: the real today, and a year later. */
export const CLOCKS = [
  { label: 'today', days: 0 },
  { label: 'a year from today', days: 365 },
] as const;

/** In the current suite, today is `days` days from the real today (0: the real clock). */
export function clockMovedBy(days: number): void {
  if (!days) return;
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + days * DAY_MS, shouldAdvanceTime: true });
  });
  afterAll(() => {
    vi.useRealTimers();
  });
}

/** A finding without what only names the day: dates in words ("10 februari 2025") and month counts, which move with the clock. */
export function withoutDates(finding: Finding): Finding {
  return { ...finding, explanation: finding.explanation.replace(/\d{1,2} [a-z]+ \d{4}/g, '…').replace(/\d+ maanden?/g, '… maanden') };
}
