/**
 * Months and quarters: `2026-04`, `2026-Q2`; the period that holds a day,
 * its first and last day, steps. Pure, and always in UTC, so the server and
 * the browser agree on which quarter "today" is.
 */
export type Granularity = 'month' | 'quarter';

export const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

/** Whether a period is a month or a quarter; undefined when it is neither. */
export function granularityOf(period: string): Granularity | undefined {
  if (MONTH_PATTERN.test(period)) return 'month';
  if (QUARTER_PATTERN.test(period)) return 'quarter';
  return undefined;
}

/** The period that holds a day (JJJJ-MM-DD). */
export function periodOf(date: string, granularity: Granularity): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return granularity === 'month' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The day (JJJJ-MM-DD) that holds a moment, in UTC; today by default. */
export function dayOf(moment: Date = new Date()): string {
  return moment.toISOString().slice(0, 10);
}

/** The quarter that holds a moment, in UTC. */
export function quarterOf(moment: Date): string {
  return periodOf(moment.toISOString().slice(0, 10), 'quarter');
}

/** First and last day of a period. */
export function periodBounds(period: string): { first: string; last: string } {
  const granularity = granularityOf(period);
  if (!granularity) throw new RangeError(`not a month or quarter: ${period}`);
  const year = Number(period.slice(0, 4));
  const startMonth = granularity === 'month' ? Number(period.slice(5, 7)) - 1 : (Number(period.slice(6)) - 1) * 3;
  const months = granularity === 'month' ? 1 : 3;
  const first = new Date(Date.UTC(year, startMonth, 1));
  const last = new Date(Date.UTC(year, startMonth + months, 0));
  return { first: first.toISOString().slice(0, 10), last: last.toISOString().slice(0, 10) };
}

/** A day moved by whole months (JJJJ-MM-DD), in UTC. */
export function shiftMonths(date: string, months: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCMonth(value.getUTCMonth() + months);
  return value.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/** A day moved by whole days (JJJJ-MM-DD), in UTC. */
export function shiftDays(date: string, days: number): string {
  return dayOf(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));
}

/** Days from one day to another (JJJJ-MM-DD), negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The period `steps` periods later (earlier when negative). */
export function shiftPeriod(period: string, steps: number): string {
  const granularity = granularityOf(period);
  if (!granularity) throw new RangeError(`not a month or quarter: ${period}`);
  return periodOf(shiftMonths(periodBounds(period).first, steps * (granularity === 'month' ? 1 : 3)), granularity);
}

/** Every period from the one holding `from` to the one holding `to`, in order. */
export function periodsBetween(from: string, to: string, granularity: Granularity): string[] {
  const out: string[] = [];
  const last = periodOf(to, granularity);
  for (let period = periodOf(from, granularity); out.length < 1200; period = shiftPeriod(period, 1)) {
    out.push(period);
    if (period === last) break;
  }
  return out;
}

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** A day (JJJJ-MM-DD) as Dutch words, read in UTC: "10 februari 2025". */
export function dateNl(date: string): string {
  const value = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return date;
  return `${value.getUTCDate()} ${MONTHS_NL[value.getUTCMonth()]} ${value.getUTCFullYear()}`;
}

/** Whole months from one day to a later one (JJJJ-MM-DD), in UTC. */
export function monthsBetween(from: string, to: string): number {
  const [a, b] = [new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)];
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() - (b.getUTCDate() < a.getUTCDate() ? 1 : 0);
}
