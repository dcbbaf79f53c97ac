/**
 * After every API response: replace the names and contact details this account
 * may not see by pseudonyms (in JSON, CSV or HTML alike), and write an audit
 * entry for every person whose data the response carried or the request
 * changed. Person ids (`per_…`) found in the URL, the request or the response
 * are the subjects.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppServices } from '../../context.ts';
import type { AuditAction } from '../../model/index.ts';
import { routePath } from 'hono/route';
import type { Access } from '../../services/auth/access.ts';
import { maybeAccessOf } from './session.ts';

const PERSON_ID = /\bper_[A-Za-z0-9_-]+/g;
const TEXT_TYPES = /json|csv|text|html|xml/;
const ERASURE = /^\/api\/privacy\/persons\/(per_[A-Za-z0-9_-]+)\/?$/;

const ACTION_OF_METHOD: Record<string, AuditAction> = { GET: 'read', POST: 'create', PUT: 'update', PATCH: 'update', DELETE: 'delete' };

export function privacyFilter(services: AppServices): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const access = maybeAccessOf(c);
    if (!access) return;
    const contentType = c.res.headers.get('content-type') ?? '';
    const textual = TEXT_TYPES.test(contentType);
    let body = textual ? await c.res.clone().text() : '';
    if (textual && access.user.role !== 'beheerder') {
      const structured = /json/.test(contentType) ? pseudonymiseJson(body, access) : body;
      const redacted = access.hiddenPersons.size > 0 ? access.redact(structured) : structured;
      if (redacted !== body) {
        body = redacted;
        const headers = new Headers(c.res.headers);
        headers.delete('content-length');
        c.res = new Response(redacted, { status: c.res.status, headers });
      }
    }
    // Reading the audit log itself is not logged again, or every look would grow it.
    if ((c.res.status >= 400 && c.req.method === 'GET') || c.req.path.startsWith('/api/audit')) return;
    let subjects = new Set<string>([...(c.req.path.match(PERSON_ID) ?? []), ...(body.match(PERSON_ID) ?? [])]);
    if (subjects.size === 0 && c.req.method === 'GET') return;
    // An erasure is logged under the pseudonym only: the log must not bring the erased id back.
    const erased = c.req.method === 'DELETE' && c.res.status < 300 ? ERASURE.exec(c.req.path)?.[1] : undefined;
    if (erased) subjects = new Set([...subjects].map((subject) => (subject === erased ? access.pseudonym(erased) : subject)));
    services.audit.record({
      user: access.user.username,
      role: access.user.role,
      action: erased ? 'erase' : c.req.path.includes('/export') ? 'export' : (ACTION_OF_METHOD[c.req.method] ?? 'read'),
      method: c.req.method,
      route: routePath(c),
      status: c.res.status,
      subjects: [...subjects],
    });
  };
}

/**
 * Person records in a JSON body (`{id: 'per_…', name}`, or a graph node
 * `{key: 'per_…', attributes: {name}}`), wherever they sit: the name becomes
 * the pseudonym and the contact goes, for every person the account may not
 * see. This also covers persons the text redaction cannot know: deleted or
 * renamed ones that history events still carry.
 */
export function pseudonymiseJson(text: string, access: Access): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  let changed = false;
  const mask = (record: Record<string, unknown>, id: string) => {
    if (typeof record.name === 'string' && record.name !== access.pseudonym(id)) (record.name = access.pseudonym(id)), (changed = true);
    if ('contact' in record && record.contact !== undefined && record.contact !== null) (delete record.contact, (changed = true));
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const id = typeof record.id === 'string' ? record.id : typeof record.key === 'string' ? record.key : undefined;
    if (id?.startsWith('per_') && access.hides(id)) {
      mask(record, id);
      if (record.attributes && typeof record.attributes === 'object') mask(record.attributes as Record<string, unknown>, id);
    }
    for (const inner of Object.values(record)) walk(inner);
  };
  walk(value);
  return changed ? JSON.stringify(value) : text;
}
