/**
 * Sneeuwbal intake and team inventory.
 *   GET  /api/intake/suggest?name=anneke&gebied=geb_x      existing persons with a similar name in the gebied
 *   POST /api/intake/interview                             record one interview (see interviewSchema)
 *   GET  /api/intake/todo?gebied=geb_x&all=true            the "nog te spreken" list
 *   POST /api/intake/todo/:id  {done: true}                tick one off
 *   GET  /api/intake/inventaris/:wijkteamId                the combined team inventory, with single points of failure
 *   PUT  /api/intake/inventaris/:wijkteamId  {memberId, contacts: [ids]}   one member's list
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import { IntakeService } from '../../services/intake/intake-service.ts';
import { InventoryService } from '../../services/intake/inventory-service.ts';
import { parseOrThrow } from '../../services/validate.ts';
import { actorOf } from '../import/upload.ts';
import { accessOf } from '../middleware/session.ts';
import type { Access } from '../../services/auth/access.ts';
import { parseQuery, readJson } from '../params.ts';

const suggestQuery = z.object({ name: z.string().trim().min(1).max(200), gebied: z.string().regex(/^geb_/).optional(), limit: z.coerce.number().int().min(1).max(50).default(5) });
const todoQuery = z.object({ gebied: z.string().regex(/^geb_/).optional(), all: z.enum(['true', 'false']).optional() });

export function intakeRoutes({ network }: AppServices) {
  const intake = new IntakeService(network);
  const inventory = new InventoryService(network);
  return new Hono()
    .get('/suggest', async (c) => {
      const { name, gebied, limit } = parseQuery(suggestQuery, c.req.query());
      return c.json(await intake.suggest(name, gebied, limit));
    })
    .post('/interview', async (c) => {
      const input = await readJson(c.req.raw);
      requireInterviewInScope(accessOf(c), input);
      return c.json(await intake.recordInterview(input, actorOf(c)), 201);
    })
    .get('/todo', async (c) => {
      const { gebied, all } = parseQuery(todoQuery, c.req.query());
      return c.json(await intake.listTodo({ gebiedId: gebied, includeDone: all === 'true' }));
    })
    .post('/todo/:id', async (c) => {
      const { done } = parseOrThrow(z.object({ done: z.boolean() }).strict(), await readJson(c.req.raw));
      return c.json(await intake.setTodoDone(c.req.param('id'), done));
    })
    .get('/inventaris/:wijkteamId', async (c) => c.json(await inventory.view(c.req.param('wijkteamId'))))
    .put('/inventaris/:wijkteamId', async (c) => {
      accessOf(c).require(accessOf(c).inScope(c.req.param('wijkteamId')), 'de inventaris van een wijkteam buiten uw gebied wijzigen');
      return c.json(await inventory.record(c.req.param('wijkteamId'), await readJson(c.req.raw), actorOf(c)));
    });
}

/**
 * An interview changes the network around the interviewee: outside the
 * beheerder, its gebied and the existing interviewee must lie in the account's
 * gebieden; with neither given, every existing person or node it names must.
 * (The body itself is validated by the intake service afterwards.)
 */
function requireInterviewInScope(access: Access, input: unknown): void {
  if (!access.scope || !input || typeof input !== 'object') return;
  const body = input as { gebiedId?: unknown; interviewee?: { id?: unknown }; knows?: unknown; worksWith?: unknown; mentions?: unknown };
  const ids = (list: unknown, pick: (item: Record<string, unknown>) => unknown) =>
    (Array.isArray(list) ? list : []).map((item) => (item && typeof item === 'object' ? pick(item as Record<string, unknown>) : undefined)).filter((id): id is string => typeof id === 'string');
  const anchors = [body.gebiedId, body.interviewee?.id].filter((id): id is string => typeof id === 'string');
  const checked = anchors.length
    ? anchors
    : [...ids(body.knows, (item) => (item.person as { id?: unknown } | undefined)?.id), ...ids(body.worksWith, (item) => item.nodeId)];
  access.require(checked.every((id) => access.inScope(id)), 'een gesprek vastleggen over personen of een gebied buiten uw gebied');
}
