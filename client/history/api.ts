/** Calls of the history panels (GET only; the session cookie goes along). */
import type { CompareResult, KeyFigures } from '../../server/analysis/compare/index.ts';

export type { CompareResult, KeyFigures };

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

async function get<T>(path: string, params: Record<string, string | undefined>): Promise<T> {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => !!entry[1]));
  const response = await fetch(`${path}${query.size ? `?${query}` : ''}`, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `fout ${response.status}`);
  }
  return (await response.json()) as T;
}

export const historyApi = {
  range: () => get<HistoryRange>('/api/history/range', {}),
  compare: (params: { gebied?: string; from: string; to: string }) => get<CompareResult>('/api/history/compare', params),
  snapshots: (params: { gebied?: string; period: 'month' | 'quarter' }) => get<{ items: SnapshotPoint[] }>('/api/history/snapshots', params),
  strength: (params: { at: string; gebied?: string }) => get<{ at: string; halfLifeDays: number; strengths: Record<string, number> }>('/api/history/strength', params),
};
