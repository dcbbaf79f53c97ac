/**
 * Sneeuwbal intake and team inventory. Every write goes through the write
 * path, with its rights per node and tie.
 *   GET  /api/intake/suggest?name=anneke&gebied=geb_x      existing persons with a similar name (that you may identify)
 *   POST /api/intake/interview                             record one interview (see interviewSchema)
 *   GET  /api/intake/todo?gebied=geb_x&all=true            the "nog te spreken" list
 *   POST /api/intake/todo/:id  {done: true}                tick one off
 *   GET  /api/intake/inventaris/:wijkteamId                the combined team inventory, with single points of failure
 *   PUT  /api/intake/inventaris/:wijkteamId  {memberId, contacts: [ids]}   one member's list
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import { parseOrThrow } from '../../services/validate.ts';
import { readJson } from '../body.ts';
import { viewerOf } from '../middleware/session.ts';
import { parseQuery } from '../params.ts';

const suggestQuery = z.object({ name: z.string().trim().min(1).max(200), gebied: z.string().regex(/^geb_/).max(120).optional(), limit: z.coerce.number().int().min(1).max(50).default(5) });
const todoQuery = z.object({ gebied: z.string().regex(/^geb_/).max(120).optional(), all: z.enum(['true', 'false']).optional() });

export function intakeRoutes({ intake, inventory }: AppServices) {
  return new Hono()
    .get('/suggest', async (c) => {
      const { name, gebied, limit } = parseQuery(suggestQuery, c.req.query());
      return c.json(await intake.suggest(viewerOf(c), name, gebied, limit));
    })
    .post('/interview', async (c) => c.json(await intake.recordInterview(viewerOf(c), await readJson(c)), 201))
    .get('/todo', async (c) => {
      const { gebied, all } = parseQuery(todoQuery, c.req.query());
      return c.json(await intake.listTodo(viewerOf(c), { gebiedId: gebied, includeDone: all === 'true' }));
    })
    .post('/todo/:id', async (c) => {
      const { done } = parseOrThrow(z.object({ done: z.boolean() }).strict(), await readJson(c));
      return c.json(await intake.setTodoDone(viewerOf(c), c.req.param('id'), done));
    })
    .get('/inventaris/:wijkteamId', async (c) => c.json(await inventory.view(viewerOf(c), c.req.param('wijkteamId'))))
    .put('/inventaris/:wijkteamId', async (c) => c.json(await inventory.record(viewerOf(c), c.req.param('wijkteamId'), await readJson(c))));
}
