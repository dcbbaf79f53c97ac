/**
 * Export of the network, whole or filtered (the same filters as the map):
 *   GET /api/export?format=gexf|graphml|json&gebied=geb_a,geb_b&kind=persoon&role=&theme=&tieType=&minStrength=&at=YYYY-MM-DD
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { filterNetwork } from '../../analysis/scope.ts';
import type { AppServices } from '../../context.ts';
import { EXPORT_CONTENT_TYPE, EXPORT_FORMATS, exportNetwork } from '../../services/export/export.ts';
import { csvList, parseQuery } from '../params.ts';
import { isoDate } from '../../model/index.ts';

const exportQuery = z.object({
  format: z.enum(EXPORT_FORMATS).default('json'),
  gebied: csvList.optional(),
  kind: csvList.optional(),
  role: csvList.optional(),
  theme: csvList.optional(),
  tieType: csvList.optional(),
  minStrength: z.coerce.number().int().min(1).max(5).optional(),
  at: isoDate.optional(),
});

export function exportRoutes({ network }: AppServices) {
  return new Hono().get('/', async (c) => {
    const query = parseQuery(exportQuery, c.req.query());
    const data = filterNetwork(await network.cache.data(), {
      gebieden: query.gebied,
      kinds: query.kind,
      roles: query.role,
      themes: query.theme,
      tieTypes: query.tieType,
      minStrength: query.minStrength,
      at: query.at,
    });
    const date = new Date().toISOString().slice(0, 10);
    return c.body(exportNetwork(data, query.format), 200, {
      'content-type': EXPORT_CONTENT_TYPE[query.format],
      'content-disposition': `attachment; filename="wijknetwerk-${date}.${query.format}"`,
    });
  });
}
