/** GET /api/health: is the store up, which engine, and how much is in it. */
import { Hono } from 'hono';
import type { AppServices } from '../../context.ts';

export function healthRoutes({ store }: AppServices) {
  return new Hono().get('/', async (c) => {
    const counts = await store.counts();
    const nodeTotal = Object.values(counts.nodes).reduce((sum, count) => sum + count, 0);
    const tieTotal = Object.values(counts.ties).reduce((sum, count) => sum + count, 0);
    return c.json({ status: 'ok', store: store.engine, counts: { nodes: nodeTotal, ties: tieTotal, byKind: counts.nodes, byType: counts.ties } });
  });
}
