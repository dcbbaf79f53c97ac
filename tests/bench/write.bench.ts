/**
 * One change through the write path (rights, validation, versions, journal,
 * store write, events, audit, in-memory network) next to the bare store write
 * of the same change, on the same 10k-node network in the same run. The bare
 * store write is the peer: the goal is a ratio within 3.
 * Run: `npm run bench write`.
 */
import { rmSync } from 'node:fs';
import { silentLogger } from '../../server/logger.ts';
import { generateNetwork } from '../../server/services/generate/generate.ts';
import { closeServices, createServices } from '../../server/services/index.ts';
import { SYSTEM_ACTOR, type Actor } from '../../server/services/write/types.ts';
import { tempDir } from '../helpers/test-app.ts';
import type { BenchRow } from './types.ts';

const CHANGES = 300;

export default async function benchWrite(): Promise<BenchRow[]> {
  const dataDir = tempDir('wijknetwerk-bench-write-');
  const services = await createServices({ dataDir }, silentLogger);
  try {
    const network = generateNetwork({ nodes: 10_000, tiesPerNode: 3, seed: 5 });
    await services.write.replaceNetwork(SYSTEM_ACTOR, 'demo', network);
    const ties = services.cache.snapshot().ties.filter((tie) => tie.type === 'KENT').slice(0, CHANGES * 2);
    const size = `10k nodes / ${Math.round(network.ties.length / 1000)}k ties, ${CHANGES} changes`;
    const beheerder: Actor = { username: 'bench', role: 'beheerder', gebieden: [] };

    // Warm both paths once.
    await services.store.write({ updateTies: [{ tie: ties[0]!, set: { lastContact: '2026-01-01' } }] });
    await services.write.apply({ actor: beheerder, source: 'api', changes: [{ op: 'updateTie', id: ties[1]!.id, changes: { lastContact: '2026-01-01' } }] });

    let started = performance.now();
    for (const [index, tie] of ties.slice(0, CHANGES).entries()) {
      await services.store.write({ updateTies: [{ tie, set: { lastContact: `2026-02-${String((index % 27) + 1).padStart(2, '0')}`, version: (tie.version ?? 1) + 1 } }] });
    }
    const bareMs = (performance.now() - started) / CHANGES;

    started = performance.now();
    for (const [index, tie] of ties.slice(CHANGES).entries()) {
      await services.write.apply({ actor: beheerder, source: 'api', changes: [{ op: 'updateTie', id: tie.id, changes: { lastContact: `2026-03-${String((index % 27) + 1).padStart(2, '0')}` } }] });
    }
    const pathMs = (performance.now() - started) / CHANGES;

    const row: BenchRow = { suite: 'write', name: 'one change through the write path (peer: the bare store write of it)', size, ms: pathMs, peer: 'bare store write', peerMs: bareMs, note: `write path / bare = ${(pathMs / bareMs).toFixed(2)} (goal ≤ 3)` };
    console.log(`${row.name}: ${pathMs.toFixed(2)} ms vs ${bareMs.toFixed(2)} ms bare (${row.note})`);
    return [row];
  } finally {
    await closeServices(services);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchWrite();
  process.exit(0);
}
