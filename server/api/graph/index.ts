/**
 * GET /api/graph: the network, or a filtered part, as this account may see
 * it, in graphology's serialized form (`graph.import(body)` on the client);
 * a client that asks for COMPACT_GRAPH_TYPE (Accept) gets the same answer in
 * the compact form, compressed.
 *   ?gebied=geb_a,geb_b  ?kind=persoon  ?role=sleutelfiguur  ?theme=thm_armoede
 *   ?tieType=KENT  ?minStrength=3  ?at=2025-06-01
 */
import { Hono } from 'hono';
import { accepts } from 'hono/accepts';
import { z } from 'zod';
import { COMPACT_GRAPH_TYPE } from '../../model/wire/compact-graph/index.ts';
import type { NetworkFilter } from '../../services/network-service.ts';
import type { AppServices } from '../../context.ts';
import { compressed } from '../compressed.ts';
import { viewerOf } from '../middleware/session.ts';
import { atOrToday, csvList, parseQuery } from '../params.ts';

export const graphQuery = z.object({
  gebied: csvList.optional(),
  kind: csvList.optional(),
  role: csvList.optional(),
  theme: csvList.optional(),
  tieType: csvList.optional(),
  minStrength: z.coerce.number().int().min(1).max(5).optional(),
  at: atOrToday,
});

/** The filter a `graphQuery` asks for (shared by the map and the export). */
export function filterOf(query: z.infer<typeof graphQuery>): NetworkFilter {
  return { gebieden: query.gebied, kinds: query.kind, roles: query.role, themes: query.theme, tieTypes: query.tieType, minStrength: query.minStrength, at: query.at };
}

export function graphRoutes({ network }: AppServices) {
  return new Hono().get('/', async (c) => {
    const filter = filterOf(parseQuery(graphQuery, c.req.query()));
    const compact = accepts(c, { header: 'Accept', supports: [COMPACT_GRAPH_TYPE, 'application/json'], default: 'application/json' }) === COMPACT_GRAPH_TYPE;
    if (compact) return compressed(c, await network.compactGraph(viewerOf(c), filter), COMPACT_GRAPH_TYPE);
    c.header('vary', 'Accept');
    return c.json(await network.graph(viewerOf(c), filter));
  });
}
