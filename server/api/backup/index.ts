/** GET /api/backup downloads everything as one JSON file; POST /api/backup/restore replaces everything with one (beheerder). */
import { Hono } from 'hono';
import type { AppServices } from '../../context.ts';
import { actorOf } from '../../services/network-service.ts';
import { readJson } from '../body.ts';
import { viewerOf } from '../middleware/session.ts';

export function backupRoutes({ backup }: AppServices) {
  return new Hono()
    .get('/', async (c) => {
      c.header('Content-Disposition', `attachment; filename="wijknetwerk-backup-${new Date().toISOString().slice(0, 10)}.json"`);
      return c.json(await backup.create());
    })
    .post('/restore', async (c) => {
      const viewer = viewerOf(c);
      viewer.wrote = true;
      return c.json(await backup.restore(actorOf(viewer), await readJson(c)));
    });
}
