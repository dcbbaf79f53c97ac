/**
 * POST /api/cypher {query, params?, timeoutMs?, maxRows?, onTooManyRows?}
 * Free Cypher (beheerder and analist), read-only whatever is typed, on the
 * free copy of the network in the query process: no names, no contact
 * details, no persons without a legal basis, and none of the app's records.
 * Time limit 5 s by default (at most 30 s); row limit 1000 by default (at
 * most 10 000), with `truncated: true` when there were more rows, or a 422
 * with `onTooManyRows: 'error'`. ?format=csv|json downloads the result.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import { rowsToCsv } from '../../services/reports/csv.ts';
import { MAX_ROWS, MAX_TIMEOUT_MS, runFreeQuery } from '../../services/reports/runner.ts';
import { collectSubjects } from '../../services/reports/report-service.ts';
import { parseOrThrow } from '../../services/validate.ts';
import { readJson } from '../body.ts';
import { viewerOf } from '../middleware/session.ts';
import { parseQuery } from '../params.ts';
import { download } from '../reports/shared.ts';

export const cypherBody = z
  .object({
    query: z.string().min(1, 'de query is leeg').max(20_000),
    params: z.record(z.string().max(100), z.unknown()).default({}),
    timeoutMs: z.number().int().min(1).max(MAX_TIMEOUT_MS).optional(),
    maxRows: z.number().int().min(1).max(MAX_ROWS).optional(),
    onTooManyRows: z.enum(['truncate', 'error']).optional(),
  })
  .strict();

export function cypherRoutes({ queries }: AppServices) {
  return new Hono().post('/', async (c) => {
    const viewer = viewerOf(c);
    const body = parseOrThrow(cypherBody, await readJson(c), 'invoer');
    const result = await runFreeQuery(queries.freeTarget(viewer.user.username), body.query, body.params, {
      timeoutMs: body.timeoutMs,
      maxRows: body.maxRows,
      onTooManyRows: body.onTooManyRows,
    });
    collectSubjects(viewer, result.rows);
    const { format } = parseQuery(z.object({ format: z.enum(['csv', 'json']).optional() }), c.req.query());
    const names = result.columns.map((column) => column.name);
    if (format === 'csv') return download(c, rowsToCsv(names, result.rows), 'cypher-resultaat.csv', 'text/csv; charset=utf-8');
    if (format === 'json') return download(c, JSON.stringify(result, null, 2), 'cypher-resultaat.json', 'application/json; charset=utf-8');
    return c.json(result);
  });
}
