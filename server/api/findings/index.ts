/**
 * The work list: the Gaten panel's findings with the team's state.
 *   GET  /api/findings?gebied=&at=                          → WorkList (the findings of these gebieden, as the Gaten panel shows them)
 *   GET  /api/findings/:id?gebied=                          → WorkItem (404 naming an id today's analysis does not find)
 *   PUT  /api/findings/:id/status?gebied=    {status, reason?}  → WorkItem (reason required for niet-van-toepassing)
 *   PUT  /api/findings/:id/assignee?gebied=  {assignee: username | null} → WorkItem
 *   GET  /api/findings/:id/colleagues?gebied=               → {items: Colleague[]}
 *   POST /api/findings/:id/introductions?gebied= {from, to} → 201 Introduction
 *   PUT  /api/findings/:id/introductions/:introduction/status {status} → Introduction
 *   POST /api/findings/:id/introductions/:introduction/tie  {type, strength?, …} → 201 {introduction, tie}
 * `gebied` on a finding: where it was seen (the map's wijk filter), so that it is looked up in that analysis.
 * Marking, assigning and introducing: who may edit in the finding's gebied (the services check the gebied).
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import { isoDate } from '../../model/index.ts';
import { readJson } from '../body.ts';
import { viewerOf } from '../middleware/session.ts';
import { csvList, parseQuery } from '../params.ts';

const seenQuery = z.object({ gebied: csvList.optional() });
const listQuery = seenQuery.extend({ at: isoDate.optional() });
const seen = (c: Context) => parseQuery(seenQuery, c.req.query());

export function findingRoutes({ workList, introductions }: AppServices) {
  return new Hono()
    .get('/', async (c) => c.json(await workList.list(viewerOf(c), parseQuery(listQuery, c.req.query()))))
    .get('/:id', async (c) => c.json(await workList.item(viewerOf(c), c.req.param('id'), seen(c))))
    .put('/:id/status', async (c) => c.json(await workList.mark(viewerOf(c), c.req.param('id'), await readJson(c), seen(c))))
    .put('/:id/assignee', async (c) => c.json(await workList.assign(viewerOf(c), c.req.param('id'), await readJson(c), seen(c))))
    .get('/:id/colleagues', async (c) => c.json({ items: await workList.colleagues(viewerOf(c), c.req.param('id'), seen(c)) }))
    .post('/:id/introductions', async (c) => c.json(await introductions.propose(viewerOf(c), c.req.param('id'), await readJson(c), seen(c)), 201))
    .put('/:id/introductions/:introduction/status', async (c) => c.json(await introductions.setStatus(viewerOf(c), c.req.param('id'), c.req.param('introduction'), await readJson(c))))
    .post('/:id/introductions/:introduction/tie', async (c) => c.json(await introductions.makeTie(viewerOf(c), c.req.param('id'), c.req.param('introduction'), await readJson(c)), 201));
}
