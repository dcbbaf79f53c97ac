/** The beheer screen's calls to the API; errors carry the server's Dutch message. */
import type { ErasureProof, PublicUser, Role, StaleTie, AuditEntry as StoredAuditEntry } from '../../server/model/index.ts';

export { ROLES, SCOPED_ROLES, type ErasureProof, type Role, type StaleTie } from '../../server/model/index.ts';

export const ROLE_LABELS: Record<Role, string> = {
  beheerder: 'Beheerder',
  gebiedsverbinder: 'Gebiedsverbinder',
  opbouwwerker: 'Opbouwwerker',
  wijkteamlid: 'Wijkteamlid',
  analist: 'Analist',
};

export const ROLE_HELP: Record<Role, string> = {
  beheerder: 'Ziet en wijzigt alles, beheert accounts en privacy.',
  gebiedsverbinder: 'Ziet namen en wijzigt alleen in de eigen gebieden.',
  opbouwwerker: 'Ziet namen en wijzigt alleen in de eigen gebieden.',
  wijkteamlid: 'Legt contacten en verwijzingen vast in de eigen gebieden.',
  analist: 'Leest alles gepseudonimiseerd, wijzigt niets.',
};

export type User = PublicUser;

export interface Wijk {
  id: string;
  name: string;
  stadsdeel?: string;
}

/** An audit entry as listed by the API: the stored entry with its id. */
export type AuditEntry = StoredAuditEntry & { id: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const response = await fetch(path, {
    ...rest,
    headers: json === undefined ? rest.headers : { 'content-type': 'application/json', ...rest.headers },
    body: json === undefined ? rest.body : JSON.stringify(json),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string; issues?: { path: string; message: string }[] } } | null;
    const issues = body?.error?.issues?.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    throw new ApiError(response.status, [body?.error?.message ?? `fout ${response.status}`, issues].filter(Boolean).join(' — '));
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const api = {
  users: () => call<{ items: User[] }>('/api/users').then((body) => body.items),
  createUser: (body: { username: string; password: string; role: Role; gebieden: string[]; displayName?: string }) => call<User>('/api/users', { method: 'POST', json: body }),
  updateUser: (username: string, body: Partial<{ role: Role; gebieden: string[]; password: string; disabled: boolean; displayName: string }>) =>
    call<User>(`/api/users/${encodeURIComponent(username)}`, { method: 'PATCH', json: body }),
  deleteUser: (username: string) => call<void>(`/api/users/${encodeURIComponent(username)}`, { method: 'DELETE' }),
  async wijken(): Promise<Wijk[]> {
    const graph = await call<{ nodes: { key: string; attributes: { name: string; level?: string; parentId?: string } }[] }>('/api/graph?kind=gebied');
    const names = new Map(graph.nodes.map((node) => [node.key, node.attributes.name]));
    return graph.nodes
      .filter((node) => node.attributes.level === 'wijk')
      .map((node) => ({ id: node.key, name: node.attributes.name, stadsdeel: node.attributes.parentId ? names.get(node.attributes.parentId) : undefined }))
      .sort((a, b) => (a.stadsdeel ?? '').localeCompare(b.stadsdeel ?? '') || a.name.localeCompare(b.name));
  },
  audit: (query: { subject?: string; offset: number; limit: number }) => {
    const params = new URLSearchParams({ offset: String(query.offset), limit: String(query.limit) });
    if (query.subject) params.set('subject', query.subject);
    return call<{ items: AuditEntry[] }>(`/api/audit?${params}`).then((body) => body.items);
  },
  inzage: (personId: string) => call<unknown>(`/api/privacy/persons/${encodeURIComponent(personId)}/export`),
  erase: (personId: string) => call<ErasureProof>(`/api/privacy/persons/${encodeURIComponent(personId)}`, { method: 'DELETE' }),
  person: (personId: string) => call<{ id: string; name: string; kind: string; ties: unknown[] }>(`/api/nodes/${encodeURIComponent(personId)}`),
  stale: (months: number) => call<{ months: number; count: number; items: StaleTie[] }>(`/api/privacy/retention?months=${months}`),
  purge: (months: number) => call<{ months: number; removed: number }>('/api/privacy/retention/purge', { method: 'POST', json: { months } }),
};
