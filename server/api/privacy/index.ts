/**
 * The rights of the person in the data (beheerder only):
 *   GET    /api/privacy/persons/:id/export     inzage: everything about one person, as a JSON download
 *   DELETE /api/privacy/persons/:id            vergetelheid: erase completely, with proof
 *   GET    /api/privacy/retention?months=24    ties without contact for longer than that
 *   POST   /api/privacy/retention/purge        {months} remove those ties
 */
import { Hono } from 'hono';
import type { PurgeResult, RetentionReport } from '../../model/wire/beheer.ts';
import { z } from 'zod';
import { isoDate } from '../../model/index.ts';
import type { AppServices } from '../../context.ts';
import { parseOrThrow } from '../../services/validate.ts';
import { readJson } from '../body.ts';
import { viewerOf } from '../middleware/session.ts';
import { parseQuery } from '../params.ts';

const retention = z.object({ months: z.coerce.number().int().min(1).max(240).default(24), at: isoDate.optional() });
const personId = z.string().regex(/^per_[A-Za-z0-9_-]{1,80}$/, 'verwacht een persoon-id (per_…)');

export function privacyRoutes({ privacy }: AppServices) {
  return new Hono()
    .get('/persons/:id/export', async (c) => {
      const id = parseOrThrow(personId, c.req.param('id'), 'persoon');
      c.header('Content-Disposition', `attachment; filename="inzage-${id}.json"`);
      return c.json(await privacy.inzage(viewerOf(c), id));
    })
    .delete('/persons/:id', async (c) => {
      const viewer = viewerOf(c);
      viewer.wrote = true;
      return c.json(await privacy.erase(viewer, parseOrThrow(personId, c.req.param('id'), 'persoon')));
    })
    .get('/retention', async (c) => {
      const { months, at } = parseQuery(retention, c.req.query());
      const stale = await privacy.staleTies(viewerOf(c), months, at);
      return c.json({ months, count: stale.length, items: stale } satisfies RetentionReport);
    })
    .post('/retention/purge', async (c) => {
      const { months, at } = parseOrThrow(retention.strict(), await readJson(c), 'bewaartermijn');
      const viewer = viewerOf(c);
      viewer.wrote = true;
      return c.json({ months, removed: await privacy.purgeStaleTies(viewer, months, at) } satisfies PurgeResult);
    });
}
