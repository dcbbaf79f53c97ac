/**
 * Contact moments on ties.
 *   POST /api/contacts        {tieId, date, kind?}  → 201 {contact, tie}  (moves the tie's lastContact forward)
 *   GET  /api/contacts?tieId= → {items: ContactMoment[]}  oldest first
 * Recording one needs the right to change the tie (the write path's rule).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import { readJson } from '../body.ts';
import { viewerOf } from '../middleware/session.ts';
import { parseQuery } from '../params.ts';

const listQuery = z.object({ tieId: z.string().min(1).max(120) });

export function contactRoutes({ contacts }: AppServices) {
  return new Hono()
    .get('/', async (c) => c.json({ items: await contacts.list(viewerOf(c), parseQuery(listQuery, c.req.query()).tieId) }))
    .post('/', async (c) => c.json(await contacts.record(viewerOf(c), await readJson(c)), 201));
}
