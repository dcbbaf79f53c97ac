/**
 * Saved views of the map: node positions (and optionally the URL state) per
 * view, so the map looks the same tomorrow and for a colleague.
 *   GET    /api/views        list ({items: [{id, name, updatedAt, nodes}]})
 *   GET    /api/views/:id    one view (404 when unknown)
 *   PUT    /api/views/:id    create or replace ({positions: {[nodeId]: [x, y]}, name?, state?})
 *   DELETE /api/views/:id
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { idRest } from '../../model/index.ts';
import type { AppServices } from '../../context.ts';
import { NotFoundError } from '../../errors.ts';
import { parseOrThrow } from '../../services/validate.ts';
import { readJson } from '../params.ts';

const COLLECTION = 'views';

const viewBody = z
  .object({
    name: z.string().trim().max(120).optional(),
    positions: z.record(z.string().max(100), z.tuple([z.number().finite(), z.number().finite()])),
    state: z.record(z.string().max(40), z.string().max(2000)).optional(),
  })
  .strict();

export type ViewBody = z.infer<typeof viewBody>;
export interface StoredView extends ViewBody {
  id: string;
  updatedAt: string;
}

export function viewRoutes({ store }: AppServices) {
  const viewId = (value: string) => parseOrThrow(idRest, value, 'view-id');
  return new Hono()
    .get('/', async (c) => {
      const documents = await store.listDocuments<StoredView>(COLLECTION, { limit: 500 });
      return c.json({
        items: documents.map(({ id, data }) => ({ id, name: data.name, updatedAt: data.updatedAt, nodes: Object.keys(data.positions ?? {}).length })),
      });
    })
    .get('/:id', async (c) => {
      const id = viewId(c.req.param('id'));
      const view = await store.getDocument<StoredView>(COLLECTION, id);
      if (!view) throw new NotFoundError('view', id);
      return c.json(view);
    })
    .put('/:id', async (c) => {
      const id = viewId(c.req.param('id'));
      const body = parseOrThrow(viewBody, await readJson(c.req.raw), 'view');
      const view: StoredView = { ...body, id, updatedAt: new Date().toISOString() };
      await store.putDocument(COLLECTION, id, view);
      return c.json(view);
    })
    .delete('/:id', async (c) => {
      const id = viewId(c.req.param('id'));
      if (!(await store.deleteDocument(COLLECTION, id))) throw new NotFoundError('view', id);
      return c.body(null, 204);
    });
}
