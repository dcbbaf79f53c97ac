/**
 * Nodes of every kind.
 *   GET    /api/nodes?kind=persoon&q=anna&offset=0&limit=50   list and search (what you may see)
 *   POST   /api/nodes                                          create ({kind, ...fields, placeIn?: gebied id})
 *   GET    /api/nodes/:id                                      read, with its ties; ETag is its version
 *   PATCH  /api/nodes/:id                                      update some fields (null clears one); If-Match
 *   DELETE /api/nodes/:id                                      delete, with its ties; If-Match
 *   GET    /api/nodes/:id/provenance                           who recorded each of its ties, in words (NodeProvenance)
 * A change on a stale version (If-Match) answers 412 with the current state.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { nodeKind } from '../../model/index.ts';
import type { AppServices } from '../../context.ts';
import { readJson } from '../body.ts';
import { viewerOf } from '../middleware/session.ts';
import { etag, ifMatch, pagingQuery, parseQuery } from '../params.ts';

const listQuery = pagingQuery.extend({ kind: nodeKind, q: z.string().trim().max(200).optional() });

export function nodeRoutes({ network, provenance }: AppServices) {
  return new Hono()
    .get('/', async (c) => {
      const { kind, q, offset, limit } = parseQuery(listQuery, c.req.query());
      return c.json(await network.list(viewerOf(c), kind, { offset, limit, search: q || undefined }));
    })
    .post('/', async (c) => {
      const node = await network.createNode(viewerOf(c), await readJson(c));
      c.header('ETag', etag(node.version));
      return c.json(node, 201);
    })
    .get('/:id', async (c) => {
      const node = await network.node(viewerOf(c), c.req.param('id'));
      c.header('ETag', etag(node.version));
      return c.json(node);
    })
    .get('/:id/provenance', async (c) => c.json(await provenance.ofNode(viewerOf(c), c.req.param('id'))))
    .patch('/:id', async (c) => {
      const node = await network.updateNode(viewerOf(c), c.req.param('id'), await readJson(c), ifMatch(c.req.header('if-match')));
      c.header('ETag', etag(node.version));
      return c.json(node);
    })
    .delete('/:id', async (c) => {
      await network.deleteNode(viewerOf(c), c.req.param('id'), ifMatch(c.req.header('if-match')));
      return c.body(null, 204);
    });
}
