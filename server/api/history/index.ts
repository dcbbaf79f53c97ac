/**
 * The network over time, as this account may see it.
 *   GET  /api/history/events?node=&id=&entity=&op=&from=&to=&offset=&limit=  the change events, in replay order
 *   GET  /api/history/range                                   first and last day of the history, and today
 *   GET  /api/history/network?at=&gebied=                     the network on a day, rebuilt from the events (graphology form)
 *   GET  /api/history/compare?gebied=&from=&to=&top=&analyses=  what changed between two days; `analyses`
 *        (sleutelfiguren + gaps on both days) defaults to true for a gebied, false for the whole network
 *   GET  /api/history/strength?at=&gebied=&halfLife=          { at, halfLifeDays, strengths: { tieId: effective strength } }
 *   GET  /api/history/snapshots?gebied=&period=month|quarter  key figures per period (counts only)
 *   GET  /api/history/change?gebied=&period=2026-Q3           change since the previous period
 *   POST /api/history/snapshots/rebuild                       recompute every kept snapshot (beheerder)
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { gapAnalysis, isoDate } from '../../model/index.ts';
import type { SnapshotSeries } from '../../model/wire/history.ts';
import type { AppServices } from '../../context.ts';
import { viewerOf } from '../middleware/session.ts';
import { csvList, pagingQuery, parseQuery } from '../params.ts';

const eventsQuery = pagingQuery.extend({
  node: z.string().max(120).optional(),
  id: z.string().max(120).optional(),
  entity: z.enum(['node', 'tie']).optional(),
  op: z.enum(['started', 'ended', 'create', 'update', 'delete']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
const networkQuery = z.object({ at: isoDate, gebied: csvList.optional() });
const compareQuery = z.object({
  gebied: csvList.optional(),
  from: isoDate,
  to: isoDate,
  top: z.coerce.number().int().min(1).max(100).default(10),
  analyses: z.enum(['true', 'false']).optional(),
  analysis: csvList.pipe(z.array(gapAnalysis)).optional(),
});
const strengthQuery = z.object({ at: isoDate.optional(), gebied: csvList.optional(), halfLife: z.coerce.number().int().min(7).max(3650).optional() });
const snapshotsQuery = z.object({ gebied: z.string().max(120).optional(), period: z.enum(['month', 'quarter']).default('quarter') });
const changeQuery = z.object({ gebied: z.string().max(120).optional(), period: z.string().regex(/^\d{4}-(\d{2}|Q[1-4])$/, 'verwacht JJJJ-MM of JJJJ-Qn') });

export function historyRoutes({ history, contacts }: AppServices) {
  return new Hono()
    .get('/events', async (c) => c.json(await history.events(viewerOf(c), parseQuery(eventsQuery, c.req.query()))))
    .get('/range', async (c) => c.json(await history.range()))
    .get('/network', async (c) => {
      const q = parseQuery(networkQuery, c.req.query());
      return c.json(await history.networkFor(viewerOf(c), q.at, q.gebied));
    })
    .get('/compare', async (c) => {
      const q = parseQuery(compareQuery, c.req.query());
      const analyses = q.analyses ? q.analyses === 'true' : !!q.gebied?.length;
      return c.json(await history.compare(viewerOf(c), { gebied: q.gebied, from: q.from, to: q.to, top: q.top, gaps: analyses, sleutelfiguren: analyses, gapAnalyses: q.analysis }));
    })
    .get('/strength', async (c) => {
      const q = parseQuery(strengthQuery, c.req.query());
      const at = q.at ?? (await history.range()).today;
      return c.json(await contacts.strengths(viewerOf(c), at, { gebied: q.gebied, halfLifeDays: q.halfLife }));
    })
    .get('/snapshots', async (c) => {
      const q = parseQuery(snapshotsQuery, c.req.query());
      return c.json({ gebied: q.gebied ?? null, period: q.period, items: await history.series(q.gebied, q.period) } satisfies SnapshotSeries);
    })
    .get('/change', async (c) => {
      const q = parseQuery(changeQuery, c.req.query());
      return c.json(await history.previousPeriodChange(q.gebied, q.period));
    })
    .post('/snapshots/rebuild', async (c) => c.json(await history.rebuildSnapshots()));
}
