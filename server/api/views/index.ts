/**
 * Saved views of the map. Your views are yours; the standard view is the
 * beheerder's to publish.
 *   GET    /api/views                      your views and the standard view
 *   GET    /api/views/:id?owner=           one view (yours, or another account's by its link; else the standard view)
 *   PUT    /api/views/:id                  save one of your views ({positions: {[nodeId]: [x, y]}, name?, state?})
 *   DELETE /api/views/:id                  delete one of your views
 *   POST   /api/views/standaard/publish    publish a new standard view (beheerder)
 *   POST   /api/views/standaard/undo       withdraw the last publication (beheerder)
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { username } from '../../model/index.ts';
import type { AppServices } from '../../context.ts';
import { readJson } from '../body.ts';
import { viewerOf } from '../middleware/session.ts';
import { parseQuery } from '../params.ts';

const ownerQuery = z.object({ owner: username.optional() });

export function viewRoutes({ views }: AppServices) {
  return new Hono()
    .get('/', (c) => c.json({ items: views.list(viewerOf(c)) }))
    .post('/standaard/publish', async (c) => c.json(views.publish(viewerOf(c), await readJson(c)), 201))
    .post('/standaard/undo', (c) => c.json({ current: views.undoPublish(viewerOf(c)) }))
    .get('/:id', (c) => c.json(views.get(viewerOf(c), c.req.param('id'), parseQuery(ownerQuery, c.req.query()).owner)))
    .put('/:id', async (c) => c.json(views.save(viewerOf(c), c.req.param('id'), await readJson(c))))
    .delete('/:id', (c) => {
      views.remove(viewerOf(c), c.req.param('id'));
      return c.body(null, 204);
    });
}
