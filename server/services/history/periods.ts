/** Months and quarters: `2026-04`, `2026-Q2`; their first and last day; steps. */
import { ValidationError } from '../../errors.ts';

export type Granularity = 'month' | 'quarter';

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

export function granularityOf(period: string): Granularity {
  if (MONTH.test(period)) return 'month';
  if (QUARTER.test(period)) return 'quarter';
  throw new ValidationError(`ongeldige periode '${period}': verwacht JJJJ-MM of JJJJ-Qn`, [{ path: 'period', message: 'verwacht JJJJ-MM of JJJJ-Qn' }]);
}

/** The period that holds a day. */
export function periodOf(date: string, granularity: Granularity): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return granularity === 'month' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** First and last day of a period. */
export function periodBounds(period: string): { first: string; last: string } {
  const granularity = granularityOf(period);
  const year = Number(period.slice(0, 4));
  const startMonth = granularity === 'month' ? Number(period.slice(5, 7)) - 1 : (Number(period.slice(6)) - 1) * 3;
  const months = granularity === 'month' ? 1 : 3;
  const first = new Date(Date.UTC(year, startMonth, 1));
  const last = new Date(Date.UTC(year, startMonth + months, 0));
  return { first: first.toISOString().slice(0, 10), last: last.toISOString().slice(0, 10) };
}

export function shiftPeriod(period: string, steps: number): string {
  const granularity = granularityOf(period);
  const { first } = periodBounds(period);
  const date = new Date(`${first}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + steps * (granularity === 'month' ? 1 : 3));
  return periodOf(date.toISOString().slice(0, 10), granularity);
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

/** First days of every month from `from` to `to` (the timeline's steps). */
export function monthStarts(from: string, to: string): string[] {
  return periodsBetween(from, to, 'month').map((period) => periodBounds(period).first);
}
