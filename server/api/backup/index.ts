/** GET /api/backup downloads everything as one JSON file; POST /api/backup/restore replaces everything with one (beheerder). */
import { Hono } from 'hono';
import type { AppServices } from '../../context.ts';
import { createBackup, restoreBackup } from '../../services/backup.ts';
import { readJson } from '../params.ts';

export function backupRoutes({ store, network }: AppServices) {
  return new Hono()
    .get('/', async (c) => {
      c.header('Content-Disposition', `attachment; filename="wijknetwerk-backup-${new Date().toISOString().slice(0, 10)}.json"`);
      return c.json(await createBackup(store));
    })
    .post('/restore', async (c) => c.json(await restoreBackup(store, network.cache, await readJson(c.req.raw))));
}
