/**
 * Benchmark of the network over time on a generated 10k-node network with two
 * years of history (`generateNetwork({ nodes: 10000, years: 2 })`, bulk
 * loaded, so its events are derived from start/end dates), plus 500 changes
 * made through the write path (stored events):
 * - deriving and ordering every event;
 * - the network on a date rebuilt from the events (cold, per date);
 * - compare of two dates for one wijk (with sleutelfiguren and gap analyses)
 *   and for the whole network (key figures and changes, without analyses);
 * - a month series of key figures for one wijk (computing the snapshots).
 * Run: `npx tsx tests/bench/history.bench.ts`, or `npm run bench history`.
 */
import { rmSync } from 'node:fs';
import { silentLogger } from '../../server/logger.ts';
import { closeServices, createServices } from '../../server/services/index.ts';
import { SYSTEM_ACTOR } from '../../server/services/write/types.ts';
import { generateNetwork } from '../../server/services/generate/generate.ts';
import { tempDir } from '../helpers/test-app.ts';
import type { BenchRow } from './types.ts';

const NODES = 10_000;

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: Math.round((performance.now() - started) * 10) / 10, value };
}

export default async function benchHistory(): Promise<BenchRow[]> {
  const dataDir = tempDir('wijknetwerk-bench-history-');
  const services = await createServices({ dataDir }, silentLogger);
  try {
    const network = generateNetwork({ nodes: NODES, years: 2 });
    await services.write.replaceNetwork(SYSTEM_ACTOR, 'demo', network);
    const viewer = await services.policy.viewer({ username: 'bench', role: 'beheerder', gebieden: [], createdAt: '2026-01-01' });
    const size = `${network.nodes.length / 1000}k nodes / ${Math.round(network.ties.length / 1000)}k ties, 2 years`;
    const { history } = services;
    const data = await services.network.cache.data();

    // 500 changes through the service: lastContact updates and some endings.
    const kent = data.ties.filter((tie) => tie.type === 'KENT' && !tie.endDate).slice(0, 500);
    const changes = await time(async () => {
      for (const [index, tie] of kent.entries()) await services.network.updateTie(viewer, tie.id, index % 10 === 0 ? { endDate: '2026-06-01' } : { lastContact: '2026-10-01' });
    });

    const derive = await time(() => history.allEvents());
    const events = derive.value.length;
    const dates = ['2025-02-01', '2025-08-01', '2026-02-01', '2026-08-01'];
    let networkMs = 0;
    for (const at of dates) networkMs += (await time(() => history.networkAt(at))).ms;
    const wijk = data.nodes.find((node) => node.kind === 'gebied' && node.level === 'wijk')!.id;
    const compareWijk = await time(() => history.compare(viewer, { gebied: [wijk], from: '2025-11-01', to: '2026-11-01' }));
    const compareCity = await time(() => history.compare(viewer, { from: '2025-11-01', to: '2026-11-01', gaps: false, sleutelfiguren: false }));
    const series = await time(() => history.series(wijk, 'month'));
    const seriesAgain = await time(() => history.series(wijk, 'month'));

    const wijkSize = `wijk of ${compareWijk.value.figures.after.persons} persons`;
    const rows: BenchRow[] = [
      { suite: 'history', name: '500 changes through the write path (store write + event + audit)', size, ms: changes.ms, note: `${(changes.ms / 500).toFixed(1)} ms per change` },
      { suite: 'history', name: 'all events: derive from dates, merge with stored, order', size, ms: derive.ms, note: `${events.toLocaleString('en')} events` },
      { suite: 'history', name: 'network on a date, rebuilt from the events (cold, per date)', size, ms: Math.round((networkMs / dates.length) * 10) / 10 },
      { suite: 'history', name: 'compare two dates, one wijk (sleutelfiguren + gaps on both)', size: `${size}, ${wijkSize}`, ms: compareWijk.ms },
      { suite: 'history', name: 'compare two dates, whole network (changes + key figures, no analyses)', size, ms: compareCity.ms, note: `${compareCity.value.ties.new.length} new, ${compareCity.value.ties.ended.length} ended ties` },
      { suite: 'history', name: 'month series of key figures for one wijk (computing the snapshots)', size, ms: series.ms, note: `${series.value.length} months` },
      { suite: 'history', name: 'same series again (kept snapshots)', size, ms: seriesAgain.ms },
    ];
    for (const row of rows) console.log(`${row.name}: ${row.ms} ms${row.note ? ` (${row.note})` : ''}`);
    return rows;
  } finally {
    await closeServices(services);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchHistory();
  process.exit(0);
}
