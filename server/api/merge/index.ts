/**
 * Duplicates and merging, through the write path.
 *   GET  /api/merge/candidates?kind=persoon,organisatie&threshold=0.85   likely duplicate pairs, best first
 *   GET  /api/merge                                                       merges done, newest first
 *   POST /api/merge  {keepId, dropId}                                     merge dropId into keepId
 *   POST /api/merge/:mergeId/undo                                         restore the state before the merge
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import { parseOrThrow } from '../../services/validate.ts';
import { readJson } from '../body.ts';
import { viewerOf } from '../middleware/session.ts';
import { csvList, parseQuery } from '../params.ts';

const candidatesQuery = z.object({ kind: csvList.optional(), threshold: z.coerce.number().min(0.5).max(1).optional(), limit: z.coerce.number().int().min(1).max(1000).optional() });
const mergeBody = z.object({ keepId: z.string().min(1).max(120), dropId: z.string().min(1).max(120) }).strict();

export function mergeRoutes({ merges }: AppServices) {
  return new Hono()
    .get('/candidates', async (c) => {
      const query = parseQuery(candidatesQuery, c.req.query());
      return c.json(await merges.candidates(viewerOf(c), { kinds: query.kind, threshold: query.threshold, limit: query.limit }));
    })
    .get('/', async (c) => c.json(await merges.list(viewerOf(c))))
    .post('/', async (c) => {
      const { keepId, dropId } = parseOrThrow(mergeBody, await readJson(c), 'samenvoeging');
      return c.json(await merges.merge(viewerOf(c), keepId, dropId), 201);
    })
    .post('/:mergeId/undo', async (c) => c.json(await merges.undo(viewerOf(c), c.req.param('mergeId'))));
}
