/** The beheer screen's calls: accounts, the audit log, privacy (inzage, erasure, retention). */
import type { AuditEntry, ErasureProof, PublicUser, Role } from '../../../server/model/index.ts';
import type { ItemList, PurgeResult, RetentionReport } from '../../../server/model/wire/beheer.ts';
import { ApiError, queryString, request } from './http.ts';

export interface Wijk {
  id: string;
  name: string;
  stadsdeel?: string;
}

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
  users: () => call<ItemList<PublicUser>>('GET', '/users').then((body) => body.items),
  createUser: (body: { username: string; password: string; role: Role; gebieden: string[]; displayName?: string }) => call<PublicUser>('POST', '/users', body),
  updateUser: (username: string, body: Partial<{ role: Role; gebieden: string[]; password: string; disabled: boolean; displayName: string }>) =>
    call<PublicUser>('PATCH', `/users/${encodeURIComponent(username)}`, body),
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
    call<ItemList<AuditEntry>>('GET', `/audit${queryString({ offset: query.offset, limit: query.limit, subject: query.subject })}`).then((body) => body.items),
  inzage: (personId: string) => call<unknown>('GET', `/privacy/persons/${encodeURIComponent(personId)}/export`),
  erase: (personId: string) => call<ErasureProof>('DELETE', `/privacy/persons/${encodeURIComponent(personId)}`),
  person: (personId: string) => call<{ id: string; name: string; kind: string; ties: unknown[] }>('GET', `/nodes/${encodeURIComponent(personId)}`),
  stale: (months: number) => call<RetentionReport>('GET', `/privacy/retention${queryString({ months })}`),
  purge: (months: number) => call<PurgeResult>('POST', '/privacy/retention/purge', { months }),
};
