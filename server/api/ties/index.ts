/**
 * Ties of every type.
 *   GET    /api/ties?type=KENT&nodeId=per_1&offset=0&limit=50
 *   POST   /api/ties            create ({type, from, to, ...fields})
 *   GET    /api/ties/:id        ETag is its version
 *   PATCH  /api/ties/:id        If-Match
 *   DELETE /api/ties/:id        If-Match
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { tieType } from '../../model/index.ts';
import type { AppServices } from '../../context.ts';
import { readJson } from '../body.ts';
import { viewerOf } from '../middleware/session.ts';
import { etag, ifMatch, pagingQuery, parseQuery } from '../params.ts';

const listQuery = pagingQuery.extend({ type: tieType.optional(), nodeId: z.string().max(120).optional() });

export function tieRoutes({ network }: AppServices) {
  return new Hono()
    .get('/', async (c) => c.json(await network.ties(viewerOf(c), parseQuery(listQuery, c.req.query()))))
    .post('/', async (c) => {
      const tie = await network.createTie(viewerOf(c), await readJson(c));
      c.header('ETag', etag(tie.version));
      return c.json(tie, 201);
    })
    .get('/:id', async (c) => {
      const tie = await network.tie(viewerOf(c), c.req.param('id'));
      c.header('ETag', etag(tie.version));
      return c.json(tie);
    })
    .patch('/:id', async (c) => {
      const tie = await network.updateTie(viewerOf(c), c.req.param('id'), await readJson(c), ifMatch(c.req.header('if-match')));
      c.header('ETag', etag(tie.version));
      return c.json(tie);
    })
    .delete('/:id', async (c) => {
      await network.deleteTie(viewerOf(c), c.req.param('id'), ifMatch(c.req.header('if-match')));
      return c.body(null, 204);
    });
}
