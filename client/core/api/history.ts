/** The history panels' calls: the range of dates, comparisons and snapshots. */
import type { CompareResult } from '../../../server/model/wire/compare.ts';
import type { HistoryRange, SnapshotSeries } from '../../../server/model/wire/history.ts';
import { queryString, request } from './http.ts';

export const historyApi = {
  range: () => request<HistoryRange>('GET', '/history/range'),
  compare: (params: { gebied?: string; from: string; to: string }) => request<CompareResult>('GET', `/history/compare${queryString(params)}`),
  snapshots: (params: { gebied?: string; period: 'month' | 'quarter' }) => request<SnapshotSeries>('GET', `/history/snapshots${queryString(params)}`),
};
