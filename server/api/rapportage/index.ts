/**
 * The netwerkrapportage of one wijk for one period ("tellen en vertellen").
 *   GET /api/rapportage                         the wijken this account may make one of
 *   GET /api/rapportage/:wijk?periode=2026-Q4   figures, Driehoek, coverage, gaps, sleutelfiguren
 *   GET /api/rapportage/:wijk/duiding/:periode  the team's interpretation after a duidingssessie
 *   PUT /api/rapportage/:wijk/duiding/:periode  {tekst, sessiedatum?, deelnemers?}
 * The composition lives in the rapportage service; this only reads the request.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import type { RapportageWijken } from '../../model/wire/rapportage.ts';
import { PERIODE_PATTERN } from '../../services/rapportage/rapportage-service.ts';
import { readJson } from '../body.ts';
import { viewerOf } from '../middleware/session.ts';
import { parseQuery } from '../params.ts';

const periodeQuery = z.object({ periode: z.string().regex(PERIODE_PATTERN, 'verwacht JJJJ-Qn, bijvoorbeeld 2026-Q3').optional() });

export function rapportageRoutes({ rapportage }: AppServices) {
  return new Hono()
    .get('/', async (c) => c.json({ items: await rapportage.wijken(viewerOf(c)) } satisfies RapportageWijken))
    .get('/:wijk', async (c) => {
      const wijkId = c.req.param('wijk');
      await rapportage.wijk(wijkId);
      const { periode } = parseQuery(periodeQuery, c.req.query());
      return c.json(await rapportage.report(viewerOf(c), wijkId, periode));
    })
    .get('/:wijk/duiding/:periode', async (c) => c.json({ items: await rapportage.duidingenOf(c.req.param('wijk'), c.req.param('periode')) }))
    .put('/:wijk/duiding/:periode', async (c) => c.json(await rapportage.saveDuiding(viewerOf(c), c.req.param('wijk'), c.req.param('periode'), () => readJson(c))));
}
