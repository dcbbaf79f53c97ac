/**
 * Duplicates and merging.
 *   GET  /api/merge/candidates?kind=persoon,organisatie&threshold=0.85   likely duplicate pairs, best first
 *   GET  /api/merge                                                       merges done, newest first
 *   POST /api/merge  {keepId, dropId}                                     merge dropId into keepId
 *   POST /api/merge/:mergeId/undo                                         restore the state before the merge
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import { MERGE_COLLECTION, MergeService, type MergeRecord } from '../../services/merge/merge-service.ts';
import { parseOrThrow } from '../../services/validate.ts';
import { actorOf } from '../import/upload.ts';
import { accessOf } from '../middleware/session.ts';
import { csvList, parseQuery, readJson } from '../params.ts';

const candidatesQuery = z.object({ kind: csvList.optional(), threshold: z.coerce.number().min(0.5).max(1).optional(), limit: z.coerce.number().int().min(1).max(1000).optional() });
const mergeBody = z.object({ keepId: z.string().min(1), dropId: z.string().min(1) }).strict();

export function mergeRoutes({ network }: AppServices) {
  const merges = new MergeService(network);
  return new Hono()
    .get('/candidates', async (c) => {
      const query = parseQuery(candidatesQuery, c.req.query());
      return c.json(await merges.candidates({ kinds: query.kind, threshold: query.threshold, limit: query.limit }));
    })
    .get('/', async (c) => c.json(await merges.list()))
    .post('/', async (c) => {
      const { keepId, dropId } = parseOrThrow(mergeBody, await readJson(c.req.raw), 'samenvoeging');
      const access = accessOf(c);
      access.require(access.mayChangeNode(keepId) && access.mayChangeNode(dropId), 'knopen buiten uw gebied samenvoegen');
      return c.json(await merges.merge(keepId, dropId, actorOf(c)), 201);
    })
    .post('/:mergeId/undo', async (c) => {
      const record = await network.store.getDocument<MergeRecord>(MERGE_COLLECTION, c.req.param('mergeId'));
      if (record) accessOf(c).require(accessOf(c).mayChangeNode(record.keepBefore.id), 'een samenvoeging buiten uw gebied ongedaan maken');
      return c.json(await merges.undo(c.req.param('mergeId'), actorOf(c)));
    });
}
