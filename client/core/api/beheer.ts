/** The beheer screen's calls: accounts, the audit log, privacy (inzage, erasure, retention). */
import type { ErasureProof, PublicUser, Role, StaleTie, AuditEntry as StoredAuditEntry } from '../../../server/model/index.ts';
import { ApiError, queryString, request } from './http.ts';

export type User = PublicUser;

export interface Wijk {
  id: string;
  name: string;
  stadsdeel?: string;
}

/** An audit entry as listed by the API: the stored entry with its id. */
export type AuditEntry = StoredAuditEntry & { id: string };

/** A call whose error message also names the fields the server refused, for forms without per-field messages. */
async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  try {
    return await request<T>(method, path, body);
  } catch (error) {
    if (!(error instanceof ApiError) || !error.issues.length) throw error;
    const issues = error.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    throw new ApiError(error.status, error.code, `${error.message} — ${issues}`, error.issues, error.current);
  }
}

export const beheerApi = {
  users: () => call<{ items: User[] }>('GET', '/users').then((body) => body.items),
  createUser: (body: { username: string; password: string; role: Role; gebieden: string[]; displayName?: string }) => call<User>('POST', '/users', body),
  updateUser: (username: string, body: Partial<{ role: Role; gebieden: string[]; password: string; disabled: boolean; displayName: string }>) =>
    call<User>('PATCH', `/users/${encodeURIComponent(username)}`, body),
  deleteUser: (username: string) => call<void>('DELETE', `/users/${encodeURIComponent(username)}`),
  async wijken(): Promise<Wijk[]> {
    const graph = await call<{ nodes: { key: string; attributes: { name: string; level?: string; parentId?: string } }[] }>('GET', '/graph?kind=gebied');
    const names = new Map(graph.nodes.map((node) => [node.key, node.attributes.name]));
    return graph.nodes
      .filter((node) => node.attributes.level === 'wijk')
      .map((node) => ({ id: node.key, name: node.attributes.name, stadsdeel: node.attributes.parentId ? names.get(node.attributes.parentId) : undefined }))
      .sort((a, b) => (a.stadsdeel ?? '').localeCompare(b.stadsdeel ?? '') || a.name.localeCompare(b.name));
  },
  audit: (query: { subject?: string; offset: number; limit: number }) =>
    call<{ items: AuditEntry[] }>('GET', `/audit${queryString({ offset: query.offset, limit: query.limit, subject: query.subject })}`).then((body) => body.items),
  inzage: (personId: string) => call<unknown>('GET', `/privacy/persons/${encodeURIComponent(personId)}/export`),
  erase: (personId: string) => call<ErasureProof>('DELETE', `/privacy/persons/${encodeURIComponent(personId)}`),
  person: (personId: string) => call<{ id: string; name: string; kind: string; ties: unknown[] }>('GET', `/nodes/${encodeURIComponent(personId)}`),
  stale: (months: number) => call<{ months: number; count: number; items: StaleTie[] }>('GET', `/privacy/retention${queryString({ months })}`),
  purge: (months: number) => call<{ months: number; removed: number }>('POST', '/privacy/retention/purge', { months }),
};
