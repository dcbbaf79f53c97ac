/** The console's calls to the API. */
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

export class ApiError extends Error {}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { ...init, headers: { 'content-type': 'application/json', ...(init?.headers ?? {}) } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new ApiError(body?.error?.message ?? `fout ${response.status}`);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const api = {
  reports: () => call<{ reports: Report[] }>('/api/reports').then((body) => body.reports),
  personal: () => call<{ reports: PersonalReport[] }>('/api/reports/personal').then((body) => body.reports),
  runReport: (id: string, params: Record<string, unknown>) => call<Result>(`/api/reports/${encodeURIComponent(id)}/run`, { method: 'POST', body: JSON.stringify({ params }) }),
  runPersonal: (id: string, params: Record<string, unknown>) => call<Result>(`/api/reports/personal/${encodeURIComponent(id)}/run`, { method: 'POST', body: JSON.stringify({ params }) }),
  savePersonal: (report: Omit<PersonalReport, 'id' | 'savedAt'>) => call<PersonalReport>('/api/reports/personal', { method: 'POST', body: JSON.stringify(report) }),
  deletePersonal: (id: string) => call<void>(`/api/reports/personal/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  cypher: (query: string, params: Record<string, unknown>, maxRows?: number) => call<Result>('/api/cypher', { method: 'POST', body: JSON.stringify({ query, params, ...(maxRows ? { maxRows } : {}) }) }),
};

/** Rows as a `;`-separated CSV file, downloaded by the browser. */
export function downloadCsv(filename: string, columns: Column[], rows: Record<string, unknown>[]) {
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    const text = Array.isArray(value) ? value.map(cell).join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map((column) => cell(column.name)).join(';'), ...rows.map((row) => columns.map((column) => cell(row[column.name])).join(';'))];
  const blob = new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
