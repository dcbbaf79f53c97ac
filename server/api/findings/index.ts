/**
 * The work list: the gap analysis' findings with the team's state.
 *   GET  /api/findings?gebied=&at=                          → WorkList (the findings in these gebieden, found on the whole network)
 *   GET  /api/findings/:id                                  → WorkItem (404 naming an id today's analysis does not find)
 *   PUT  /api/findings/:id/status    {status, reason?}      → WorkItem (reason required for niet-van-toepassing)
 *   PUT  /api/findings/:id/assignee  {assignee: username | null} → WorkItem
 *   GET  /api/findings/:id/colleagues                       → {items: Colleague[]}
 *   POST /api/findings/:id/introductions {from, to}         → 201 Introduction
 *   PUT  /api/findings/:id/introductions/:introduction/status {status} → Introduction
 *   POST /api/findings/:id/introductions/:introduction/tie  {type, strength?, …} → 201 {introduction, tie}
 * Marking, assigning and introducing: who may edit in the finding's gebied (the services check the gebied).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import { isoDate } from '../../model/index.ts';
import { readJson } from '../body.ts';
import { viewerOf } from '../middleware/session.ts';
import { csvList, parseQuery } from '../params.ts';

const listQuery = z.object({ gebied: csvList.optional(), at: isoDate.optional() });

export function findingRoutes({ workList, introductions }: AppServices) {
  return new Hono()
    .get('/', async (c) => c.json(await workList.list(viewerOf(c), parseQuery(listQuery, c.req.query()))))
    .get('/:id', async (c) => c.json(await workList.item(viewerOf(c), c.req.param('id'))))
    .put('/:id/status', async (c) => c.json(await workList.mark(viewerOf(c), c.req.param('id'), await readJson(c))))
    .put('/:id/assignee', async (c) => c.json(await workList.assign(viewerOf(c), c.req.param('id'), await readJson(c))))
    .get('/:id/colleagues', async (c) => c.json({ items: await workList.colleagues(viewerOf(c), c.req.param('id')) }))
    .post('/:id/introductions', async (c) => c.json(await introductions.propose(viewerOf(c), c.req.param('id'), await readJson(c)), 201))
    .put('/:id/introductions/:introduction/status', async (c) => c.json(await introductions.setStatus(viewerOf(c), c.req.param('id'), c.req.param('introduction'), await readJson(c))))
    .post('/:id/introductions/:introduction/tie', async (c) => c.json(await introductions.makeTie(viewerOf(c), c.req.param('id'), c.req.param('introduction'), await readJson(c)), 201));
}
