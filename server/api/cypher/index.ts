/**
 * POST /api/cypher {query, params?, timeoutMs?, maxRows?, onTooManyRows?}
 * Free Cypher, read-only whatever is typed: a token check first (guard.ts),
 * then the store's read-only transaction. Time limit 5 s by default (at most
 * 30 s); row limit 1000 by default (at most 10 000), with `truncated: true`
 * when there were more rows, or a 422 with `onTooManyRows: 'error'`.
 * ?format=csv|json downloads the result.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import { rowsToCsv } from '../../services/reports/csv.ts';
import { MAX_ROWS, MAX_TIMEOUT_MS, runFreeQuery } from '../../services/reports/runner.ts';
import { parseOrThrow } from '../../services/validate.ts';
import { parseQuery, readJson } from '../params.ts';
import { download, freeQueryTarget, pseudonymiserFor } from '../reports/shared.ts';

export const cypherBody = z
  .object({
    query: z.string().min(1, 'de query is leeg').max(20_000),
    params: z.record(z.string(), z.unknown()).default({}),
    timeoutMs: z.number().int().min(1).max(MAX_TIMEOUT_MS).optional(),
    maxRows: z.number().int().min(1).max(MAX_ROWS).optional(),
    onTooManyRows: z.enum(['truncate', 'error']).optional(),
  })
  .strict();

export function cypherRoutes(services: AppServices) {
  return new Hono().post('/', async (c) => {
    const body = parseOrThrow(cypherBody, await readJson(c.req.raw), 'invoer');
    const result = await runFreeQuery(freeQueryTarget(c, services), body.query, body.params, {
      timeoutMs: body.timeoutMs,
      maxRows: body.maxRows,
      onTooManyRows: body.onTooManyRows,
      pseudonymise: pseudonymiserFor(c),
    });
    const { format } = parseQuery(z.object({ format: z.enum(['csv', 'json']).optional() }), c.req.query());
    const names = result.columns.map((column) => column.name);
    if (format === 'csv') return download(c, rowsToCsv(names, result.rows), 'query.csv', 'text/csv; charset=utf-8');
    if (format === 'json') return download(c, JSON.stringify(result, null, 2), 'query.json', 'application/json; charset=utf-8');
    return c.json(result);
  });
}
