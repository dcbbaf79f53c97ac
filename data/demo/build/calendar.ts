/**
 * The demo's calendar: its build day (the "today" its files are written
 * for), the first day of its history, and day numbers (days since
 * 1970-01-01, UTC) to draw dates with. Loading the demo moves every date by
 * the days from the build day to the load day (server/services/demo).
 */
import { activeOn } from '../../../server/analysis/scope.ts';

/** The build day: the "today" of the demo's files. */
export const DEMO_TODAY = '2026-11-01';
/** First day of the demo's history. */
export const DEMO_START = '2024-11-01';
/** Ties with lastContact before this date count as stale (no contact for over a year). */
export const DEMO_STALE_BEFORE = '2025-11-01';

const DAY_MS = 86_400_000;

export const toDay = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const toIso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const FIRST_DAY = toDay(DEMO_START);
export const TODAY = toDay(DEMO_TODAY);
export const STALE_BEFORE_DAY = toDay(DEMO_STALE_BEFORE);

/** Active on day number `day`, by the model's one rule (`activeOn` in server/analysis/scope.ts). */
export function activeOnDay(item: { startDate?: unknown; endDate?: unknown }, day: number): boolean {
  return activeOn(item, toIso(day));
}
