/**
 * Ties of every type.
 *   GET    /api/ties?type=KENT&nodeId=per_1&offset=0&limit=50
 *   POST   /api/ties            create ({type, from, to, ...fields})
 *   GET    /api/ties/:id
 *   PATCH  /api/ties/:id
 *   DELETE /api/ties/:id
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { tieType } from '../../model/index.ts';
import type { AppServices } from '../../context.ts';
import { pagingQuery, parseQuery, readJson } from '../params.ts';

const listQuery = pagingQuery.extend({ type: tieType.optional(), nodeId: z.string().max(100).optional() });

export function tieRoutes({ network }: AppServices) {
  return new Hono()
    .get('/', async (c) => c.json(await network.listTies(parseQuery(listQuery, c.req.query()))))
    .post('/', async (c) => c.json(await network.createTie(await readJson(c.req.raw)), 201))
    .get('/:id', async (c) => c.json(await network.getTie(c.req.param('id'))))
    .patch('/:id', async (c) => c.json(await network.updateTie(c.req.param('id'), await readJson(c.req.raw))))
    .delete('/:id', async (c) => {
      await network.deleteTie(c.req.param('id'));
      return c.body(null, 204);
    });
}
