/**
 * Export of the network, whole or filtered (the same filters as the map), as this account may see it:
 *   GET /api/export?format=gexf|graphml|json&gebied=geb_a,geb_b&kind=persoon&role=&theme=&tieType=&minStrength=&at=YYYY-MM-DD
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import { EXPORT_CONTENT_TYPE, EXPORT_FORMATS, exportNetwork } from '../../services/export/export.ts';
import { filterOf, graphQuery } from '../graph/index.ts';
import { viewerOf } from '../middleware/session.ts';
import { parseQuery } from '../params.ts';

const exportQuery = graphQuery.extend({ format: z.enum(EXPORT_FORMATS).default('json') });

export function exportRoutes({ network }: AppServices) {
  return new Hono().get('/', async (c) => {
    const query = parseQuery(exportQuery, c.req.query());
    const data = await network.part(viewerOf(c), filterOf(query));
    const date = new Date().toISOString().slice(0, 10);
    return c.body(exportNetwork(data, query.format), 200, {
      'content-type': EXPORT_CONTENT_TYPE[query.format],
      'content-disposition': `attachment; filename="wijknetwerk-${date}.${query.format}"`,
    });
  });
}
