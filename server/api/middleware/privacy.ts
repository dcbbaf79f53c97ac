/**
 * After every API response: replace the names and contact details this account
 * may not see by pseudonyms (in JSON, CSV or HTML alike), and write an audit
 * entry for every person whose data the response carried or the request
 * changed. Person ids (`per_…`) found in the URL, the request or the response
 * are the subjects.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppServices } from '../../context.ts';
import type { AuditAction } from '../../services/privacy/audit.ts';
import { routePath } from 'hono/route';
import { maybeAccessOf } from './session.ts';

const PERSON_ID = /\bper_[A-Za-z0-9_-]+/g;
const TEXT_TYPES = /json|csv|text|html|xml/;

const ACTION_OF_METHOD: Record<string, AuditAction> = { GET: 'read', POST: 'create', PUT: 'update', PATCH: 'update', DELETE: 'delete' };

export function privacyFilter(services: AppServices): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const access = maybeAccessOf(c);
    if (!access) return;
    const contentType = c.res.headers.get('content-type') ?? '';
    const textual = TEXT_TYPES.test(contentType);
    let body = textual ? await c.res.clone().text() : '';
    if (textual && access.hiddenPersons.size > 0) {
      const redacted = access.redact(body);
      if (redacted !== body) {
        body = redacted;
        const headers = new Headers(c.res.headers);
        headers.delete('content-length');
        c.res = new Response(redacted, { status: c.res.status, headers });
      }
    }
    // Reading the audit log itself is not logged again, or every look would grow it.
    if ((c.res.status >= 400 && c.req.method === 'GET') || c.req.path.startsWith('/api/audit')) return;
    const subjects = new Set<string>([...(c.req.path.match(PERSON_ID) ?? []), ...(body.match(PERSON_ID) ?? [])]);
    if (subjects.size === 0 && c.req.method === 'GET') return;
    services.audit.record({
      user: access.user.username,
      role: access.user.role,
      action: c.req.path.includes('/export') ? 'export' : (ACTION_OF_METHOD[c.req.method] ?? 'read'),
      method: c.req.method,
      route: routePath(c, -1),
      status: c.res.status,
      subjects: [...subjects],
    });
  };
}
