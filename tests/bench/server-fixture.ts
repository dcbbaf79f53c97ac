/** A real server over a store pre-loaded with a synthetic network, and a logged-in HTTP client for it. */
import { rmSync } from 'node:fs';
import type { NetworkData } from '../../server/model/index.ts';
import { silentLogger } from '../../server/logger.ts';
import { startServer } from '../../server/server.ts';
import { KuzuStore } from '../../server/store/kuzu/kuzu-store.ts';
import { tempDir } from '../helpers/test-app.ts';

export const BENCH_ADMIN_PASSWORD = 'bench-beheerder-wachtwoord';

export interface BenchServer {
  url: string;
  headers: Record<string, string>;
  services: Awaited<ReturnType<typeof startServer>>['services'];
  close(): Promise<void>;
}

export async function startBenchServer(network: NetworkData): Promise<BenchServer> {
  const dataDir = tempDir('wijknetwerk-bench-');
  const store = new KuzuStore({ path: dataDir });
  await store.init();
  await store.bulkInsert(network);
  await store.close();
  const server = await startServer({ port: 0, host: '127.0.0.1', store: { dataDir }, demo: false, adminPassword: BENCH_ADMIN_PASSWORD, logger: silentLogger });
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'beheerder', password: BENCH_ADMIN_PASSWORD }),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return {
    url: server.url,
    headers: { cookie, 'x-csrf-token': csrfToken },
    services: server.services,
    async close() {
      await server.shutdown();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Times `count` sequential calls; returns sorted latencies in ms. */
export async function latencies(count: number, call: (index: number) => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await call(index);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}
