/** GET /api/audit?subject=per_…&offset=&limit= : the audit log, newest first (beheerder). */
import { Hono } from 'hono';
import type { AuditEntry } from '../../model/index.ts';
import type { ItemList } from '../../model/wire/beheer.ts';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import { pagingQuery, parseQuery } from '../params.ts';

const auditQuery = pagingQuery.extend({ subject: z.string().max(100).optional() });

export function auditRoutes({ audit }: AppServices) {
  return new Hono().get('/', (c) => c.json({ items: audit.list(parseQuery(auditQuery, c.req.query())) } satisfies ItemList<AuditEntry>));
}
