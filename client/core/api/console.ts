/** The Cypher console's calls: the report library, personal reports and free queries. */
import { request } from './http.ts';

export interface Column {
  name: string;
  kind: string;
}
export interface Param {
  name: string;
  type: string;
  default: string | number;
}
export interface Report {
  id: string;
  title: string;
  description: string;
  params: Param[];
  columns: Column[];
  cypher: string;
}
export interface PersonalReport {
  id: string;
  title: string;
  description: string;
  cypher: string;
  params: Param[];
  savedAt: string;
}
export interface Result {
  columns: Column[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  maxRows: number;
  ms: number;
}

export const consoleApi = {
  reports: () => request<{ reports: Report[] }>('GET', '/reports').then((body) => body.reports),
  personal: () => request<{ reports: PersonalReport[] }>('GET', '/reports/personal').then((body) => body.reports),
  runReport: (id: string, params: Record<string, unknown>) => request<Result>('POST', `/reports/${encodeURIComponent(id)}/run`, { params }),
  runPersonal: (id: string, params: Record<string, unknown>) => request<Result>('POST', `/reports/personal/${encodeURIComponent(id)}/run`, { params }),
  savePersonal: (report: Omit<PersonalReport, 'id' | 'savedAt'>) => request<PersonalReport>('POST', '/reports/personal', report),
  deletePersonal: (id: string) => request<void>('DELETE', `/reports/personal/${encodeURIComponent(id)}`),
  cypher: (query: string, params: Record<string, unknown>, maxRows?: number) => request<Result>('POST', '/cypher', { query, params, ...(maxRows ? { maxRows } : {}) }),
};
