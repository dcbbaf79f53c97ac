/** GET /api/health: is the server up, which engine holds the network, and how much is in it (counts only). */
import { Hono } from 'hono';
import type { AppServices } from '../../context.ts';

export function healthRoutes({ network }: AppServices) {
  return new Hono().get('/', async (c) => c.json({ status: 'ok', ...(await network.summary()) }));
}
