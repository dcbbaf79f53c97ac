/** What the history routes answer: the range of dates, key figures per period, and the change since the previous period. */
import type { Granularity } from '../period.ts';
import type { KeyFigures } from './compare.ts';

/** GET /api/history/range: first and last day of the history, and today. */
export interface HistoryRange {
  min: string;
  max: string;
  today: string;
}

export interface Snapshot {
  gebied: string;
  granularity: Granularity;
  period: string;
  /** The day measured: the period's last day (or today for the running period). */
  date: string;
  figures: KeyFigures;
  computedAt: string;
  /** The running period: computed now, not kept. */
  partial?: boolean;
}

export interface PeriodChange {
  gebied: string;
  period: string;
  previousPeriod: string;
  date: string;
  previousDate: string;
  current: KeyFigures;
  previous: KeyFigures;
  change: KeyFigures;
  partial: boolean;
}

/** GET /api/history/snapshots. */
export interface SnapshotSeries {
  gebied: string | null;
  period: Granularity;
  items: Snapshot[];
}
