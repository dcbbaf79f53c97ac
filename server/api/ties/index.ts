/**
 * Ties of every type.
 *   GET    /api/ties?type=KENT&nodeId=per_1&offset=0&limit=50
 *   POST   /api/ties            create ({type, from, to, ...fields})
 *   GET    /api/ties/:id
 *   PATCH  /api/ties/:id
 *   DELETE /api/ties/:id
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { tieType } from '../../model/index.ts';
import type { AppServices } from '../../context.ts';
import { accessOf, actorOf } from '../middleware/session.ts';
import { pagingQuery, parseQuery, readJson } from '../params.ts';

const listQuery = pagingQuery.extend({ type: tieType.optional(), nodeId: z.string().max(100).optional() });

const endpoints = z.object({ type: tieType.optional(), from: z.string().optional(), to: z.string().optional() }).loose();

function endpointsOf(body: unknown) {
  const parsed = endpoints.safeParse(body);
  return parsed.success ? parsed.data : {};
}

export function tieRoutes({ network }: AppServices) {
  const requireMayChange = async (c: Context, id: string) => {
    const tie = await network.getTie(id);
    accessOf(c).require(accessOf(c).mayChangeTie(tie.type, tie.from, tie.to), 'banden buiten uw gebied wijzigen');
  };

  return new Hono()
    .get('/', async (c) => c.json(await network.listTies(parseQuery(listQuery, c.req.query()))))
    .post('/', async (c) => {
      const body = await readJson(c.req.raw);
      const { type, from, to } = endpointsOf(body);
      const access = accessOf(c);
      if (type && from && to) access.require(access.mayChangeTie(type, from, to), `een ${type}-band buiten uw gebied aanleggen`);
      return c.json(await network.createTie(body, actorOf(c)), 201);
    })
    .get('/:id', async (c) => c.json(await network.getTie(c.req.param('id'))))
    .patch('/:id', async (c) => {
      await requireMayChange(c, c.req.param('id'));
      return c.json(await network.updateTie(c.req.param('id'), await readJson(c.req.raw), actorOf(c)));
    })
    .delete('/:id', async (c) => {
      await requireMayChange(c, c.req.param('id'));
      await network.deleteTie(c.req.param('id'), actorOf(c));
      return c.body(null, 204);
    });
}
