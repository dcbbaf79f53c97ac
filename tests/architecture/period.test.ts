import { describe, expect, it } from 'vitest';
import { daysBetween, granularityOf, periodBounds, periodOf, periodsBetween, quarterOf, shiftDays, shiftMonths, shiftPeriod } from '../../server/model/period.ts';

describe('periods (UTC)', () => {
  it('knows months and quarters', () => {
    expect(granularityOf('2026-04')).toBe('month');
    expect(granularityOf('2026-Q2')).toBe('quarter');
    expect(granularityOf('2026-Q5')).toBeUndefined();
  });
  it('finds the period of a day and its bounds', () => {
    expect(periodOf('2026-05-31', 'quarter')).toBe('2026-Q2');
    expect(periodOf('2026-05-31', 'month')).toBe('2026-05');
    expect(periodBounds('2026-Q1')).toEqual({ first: '2026-01-01', last: '2026-03-31' });
    expect(periodBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
  });
  it('steps over year ends', () => {
    expect(shiftPeriod('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftPeriod('2025-12', 1)).toBe('2026-01');
    expect(shiftMonths('2026-03-15', -12)).toBe('2025-03-15');
    expect(periodsBetween('2025-11-20', '2026-02-01', 'quarter')).toEqual(['2025-Q4', '2026-Q1']);
  });
  it('moves a day by days, over month ends and leap days', () => {
    expect(shiftDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(shiftDays('2026-11-01', 36)).toBe('2026-12-07');
    expect(shiftDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-11-01', '2026-12-07')).toBe(36);
    expect(daysBetween('2026-12-07', '2026-11-01')).toBe(-36);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });
  it('takes the quarter of a moment in UTC, not local time', () => {
    expect(quarterOf(new Date('2026-03-31T23:30:00Z'))).toBe('2026-Q1');
    expect(quarterOf(new Date('2026-04-01T00:00:00Z'))).toBe('2026-Q2');
  });
});
