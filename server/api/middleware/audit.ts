/**
 * Audits every read of personal data, and every refused request. The
 * persons a response carried are the ones the viewer's policy showed while
 * building it (`viewer.subjects`), so nothing is guessed from the text.
 * Changes are audited by the write path itself, in the same transaction.
 */
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppServices } from '../../context.ts';
import type { AuditAction } from '../../model/index.ts';
import { maybeViewerOf } from './session.ts';

const QUERY_ROUTES = /^\/api\/(cypher|reports)\b/;

export function auditReads({ audit }: AppServices): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const viewer = maybeViewerOf(c);
    // Reading the audit log itself is not logged again, or every look would grow it.
    if (!viewer || c.req.path.startsWith('/api/audit')) return;
    const refused = c.res.status >= 400;
    if (viewer.wrote && !refused) return;
    const named = Object.values(c.req.param() as Record<string, string>).filter((value) => value.startsWith('per_'));
    const subjects = [...new Set([...viewer.subjects, ...named])];
    if (!subjects.length && !refused) return;
    const action: AuditAction = c.req.path.startsWith('/api/export') ? 'export' : QUERY_ROUTES.test(c.req.path) ? 'query' : c.req.method === 'GET' ? 'read' : 'update';
    audit.record({ user: viewer.user.username, role: viewer.role, action, method: c.req.method, route: routePath(c), status: c.res.status, subjects });
  };
}
