/** The Cypher console's calls: the report library, personal reports and free queries. */
import type { PersonalReport, QueryResult, ReportDefinition, ReportList } from '../../../server/model/wire/reports.ts';
import type { GraphNode, NodeKind } from '../../../server/model/index.ts';
import type { Page } from '../../../server/model/wire/page.ts';
import { request } from './http.ts';

export const consoleApi = {
  reports: () => request<ReportList<ReportDefinition>>('GET', '/reports').then((body) => body.reports),
  personal: () => request<ReportList<PersonalReport>>('GET', '/reports/personal').then((body) => body.reports),
  runReport: (id: string, params: Record<string, unknown>) => request<QueryResult>('POST', `/reports/${encodeURIComponent(id)}/run`, { params }),
  runPersonal: (id: string, params: Record<string, unknown>) => request<QueryResult>('POST', `/reports/personal/${encodeURIComponent(id)}/run`, { params }),
  savePersonal: (report: Pick<PersonalReport, 'title' | 'description' | 'cypher' | 'params'>) => request<PersonalReport>('POST', '/reports/personal', report),
  deletePersonal: (id: string) => request<void>('DELETE', `/reports/personal/${encodeURIComponent(id)}`),
  /** Nodes of a kind the account may see, by name (for the report's pickers). */
  nodes: (kind: NodeKind, search: string, limit: number) => request<Page<GraphNode>>('GET', `/nodes?${new URLSearchParams({ kind, q: search, limit: String(limit) })}`),
  cypher: (query: string, params: Record<string, unknown>, maxRows?: number) => request<QueryResult>('POST', '/cypher', { query, params, ...(maxRows ? { maxRows } : {}) }),
};
