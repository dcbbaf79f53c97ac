/** The history panels' calls: the range of dates, comparisons, snapshots and tie strength. */
import type { CompareResult, KeyFigures } from '../../../server/analysis/compare/index.ts';
import { queryString, request } from './http.ts';

export interface HistoryRange {
  min: string;
  max: string;
  today: string;
}

export interface SnapshotPoint {
  period: string;
  date: string;
  figures: KeyFigures;
  partial?: boolean;
}

export const historyApi = {
  range: () => request<HistoryRange>('GET', '/history/range'),
  compare: (params: { gebied?: string; from: string; to: string }) => request<CompareResult>('GET', `/history/compare${queryString(params)}`),
  snapshots: (params: { gebied?: string; period: 'month' | 'quarter' }) => request<{ items: SnapshotPoint[] }>('GET', `/history/snapshots${queryString(params)}`),
  strength: (params: { at: string; gebied?: string }) => request<{ at: string; halfLifeDays: number; strengths: Record<string, number> }>('GET', `/history/strength${queryString(params)}`),
};
