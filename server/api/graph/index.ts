/**
 * GET /api/graph: the network, or a filtered part, as this account may see
 * it, in graphology's serialized form (`graph.import(body)` on the client).
 *   ?gebied=geb_a,geb_b  ?kind=persoon  ?role=sleutelfiguur  ?theme=thm_armoede
 *   ?tieType=KENT  ?minStrength=3  ?at=2025-06-01
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { NetworkFilter } from '../../services/network-service.ts';
import type { AppServices } from '../../context.ts';
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
  return new Hono().get('/', async (c) => c.json(await network.graph(viewerOf(c), filterOf(parseQuery(graphQuery, c.req.query())))));
}
