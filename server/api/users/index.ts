/** User management (beheerder): GET/POST /api/users, GET/PATCH/DELETE /api/users/:username. */
import { Hono } from 'hono';
import type { PublicUser } from '../../model/index.ts';
import type { ItemList } from '../../model/wire/beheer.ts';
import type { AppServices } from '../../context.ts';
import { readJson } from '../body.ts';

export function userRoutes({ users, sessions }: AppServices) {
  return new Hono()
    .get('/', async (c) => c.json({ items: await users.list() } satisfies ItemList<PublicUser>))
    .post('/', async (c) => c.json(await users.create(await readJson(c)), 201))
    .get('/:username', async (c) => c.json(await users.get(c.req.param('username'))))
    .patch('/:username', async (c) => {
      const user = await users.update(c.req.param('username'), await readJson(c));
      await sessions.closeAllOf(user.username);
      return c.json(user);
    })
    .delete('/:username', async (c) => {
      await users.remove(c.req.param('username'));
      await sessions.closeAllOf(c.req.param('username'));
      return c.body(null, 204);
    });
}
