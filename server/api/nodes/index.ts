/**
 * Nodes of every kind.
 *   GET    /api/nodes?kind=persoon&q=anna&offset=0&limit=50   list and search by name
 *   POST   /api/nodes                                          create ({kind, ...fields})
 *   GET    /api/nodes/:id                                      read, with its ties
 *   PATCH  /api/nodes/:id                                      update some fields (null clears one)
 *   DELETE /api/nodes/:id                                      delete, with its ties
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { nodeKind } from '../../model/index.ts';
import type { AppServices } from '../../context.ts';
import { accessOf, actorOf } from '../middleware/session.ts';
import { pagingQuery, parseQuery, readJson } from '../params.ts';
import { withoutUnconsented } from '../visibility.ts';

const listQuery = pagingQuery.extend({ kind: nodeKind, q: z.string().trim().max(200).optional() });

export function nodeRoutes({ network }: AppServices) {
  return new Hono()
    .get('/', async (c) => {
      const { kind, q, offset, limit } = parseQuery(listQuery, c.req.query());
      const page = await network.listNodes(kind, { offset, limit, search: q || undefined });
      return c.json({ ...page, items: withoutUnconsented(accessOf(c), page.items) });
    })
    .post('/', async (c) => c.json(await network.createNode(await readJson(c.req.raw), actorOf(c)), 201))
    .get('/:id', async (c) => {
      const node = await network.getNode(c.req.param('id'));
      return c.json({ ...node, ties: await network.tiesOf(node.id) });
    })
    .patch('/:id', async (c) => {
      accessOf(c).require(accessOf(c).mayChangeNode(c.req.param('id')), 'knopen buiten uw gebied wijzigen');
      return c.json(await network.updateNode(c.req.param('id'), await readJson(c.req.raw), actorOf(c)));
    })
    .delete('/:id', async (c) => {
      accessOf(c).require(accessOf(c).mayChangeNode(c.req.param('id')), 'knopen buiten uw gebied verwijderen');
      await network.deleteNode(c.req.param('id'), actorOf(c));
      return c.body(null, 204);
    });
}
