/**
 * Contact moments on ties.
 *   POST /api/contacts        {tieId, date, kind?, note?}  → 201 {contact, tie}  (moves the tie's lastContact forward)
 *   GET  /api/contacts?tieId= → {items: ContactMoment[]}  oldest first
 * Who may record: the roles that may change the tie (`mayChangeTie`), e.g. a
 * wijkteamlid on KENT and VERWIJST_NAAR ties in their gebied.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import { accessOf, actorOf } from '../middleware/session.ts';
import { parseQuery, readJson } from '../params.ts';

const listQuery = z.object({ tieId: z.string().min(1).max(120) });

export function contactRoutes({ contacts }: AppServices) {
  return new Hono()
    .get('/', async (c) => {
      const q = parseQuery(listQuery, c.req.query());
      return c.json({ items: await contacts.list(q.tieId) });
    })
    .post('/', async (c) => {
      const input = await readJson(c.req.raw);
      const { tie } = await contacts.prepare(input);
      const access = accessOf(c);
      access.require(access.mayChangeTie(tie.type, tie.from, tie.to), 'contactmomenten vastleggen op banden buiten uw gebied');
      return c.json(await contacts.record(input, actorOf(c)), 201);
    });
}
