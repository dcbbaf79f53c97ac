/**
 * A real app over a real embedded Kùzu store in a temporary directory, for
 * tests that go through HTTP. `request` sends to the Hono app in-process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NetworkData } from '../../server/model/index.ts';
import { silentLogger } from '../../server/logger.ts';
import { createServices, createWebApp } from '../../server/server.ts';
import type { AppServices } from '../../server/context.ts';

export interface TestApp {
  services: AppServices;
  dataDir: string;
  request(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  close(): Promise<void>;
}

export function tempDir(prefix = 'wijknetwerk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function createTestApp(options: { seed?: NetworkData } = {}): Promise<TestApp> {
  const dataDir = tempDir();
  const services = await createServices({ dataDir }, silentLogger);
  if (options.seed) await services.store.bulkInsert(options.seed);
  const app = createWebApp(services);
  return {
    services,
    dataDir,
    async request(path, init = {}) {
      const { json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (json !== undefined) headers.set('content-type', 'application/json');
      return app.request(path, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
    },
    async close() {
      await services.store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
