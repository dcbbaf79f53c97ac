/**
 * GET /api/graph: the network, or a filtered part, in graphology's serialized
 * form (`graph.import(body)` on the client).
 *   ?gebied=geb_a,geb_b  ?kind=persoon  ?role=sleutelfiguur  ?theme=thm_armoede
 *   ?tieType=KENT  ?minStrength=3  ?at=2025-06-01
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { NetworkData, SerializedNetwork } from '../../model/index.ts';
import { filterNetwork } from '../../analysis/scope.ts';
import type { AppServices } from '../../context.ts';
import { accessOf } from '../middleware/session.ts';
import { atOrToday, csvList, parseQuery } from '../params.ts';
import { visibleNetwork } from '../visibility.ts';

export const graphQuery = z.object({
  gebied: csvList.optional(),
  kind: csvList.optional(),
  role: csvList.optional(),
  theme: csvList.optional(),
  tieType: csvList.optional(),
  minStrength: z.coerce.number().int().min(1).max(5).optional(),
  at: atOrToday,
});

export function serializeNetwork(network: NetworkData, version: number, at?: string): SerializedNetwork {
  return {
    attributes: { version, ...(at ? { at } : {}) },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: network.nodes.map(({ id, ...attributes }) => ({ key: id, attributes })),
    edges: network.ties.map(({ id, from, to, ...attributes }) => ({ key: id, source: from, target: to, attributes })),
  };
}

/** The part of the network a `graphQuery` asks for (shared by the map and the export). */
export function networkPart(data: NetworkData, query: z.infer<typeof graphQuery>): NetworkData {
  return filterNetwork(data, {
    gebieden: query.gebied,
    kinds: query.kind,
    roles: query.role,
    themes: query.theme,
    tieTypes: query.tieType,
    minStrength: query.minStrength,
    at: query.at,
  });
}

export function graphRoutes({ network }: AppServices) {
  return new Hono().get('/', async (c) => {
    const query = parseQuery(graphQuery, c.req.query());
    const part = networkPart(await network.cache.data(), query);
    const visible = visibleNetwork(accessOf(c), part);
    const serialized = serializeNetwork(visible, network.cache.version, query.at);
    serialized.attributes.hiddenWithoutConsent = part.nodes.length - visible.nodes.length;
    return c.json(serialized);
  });
}
