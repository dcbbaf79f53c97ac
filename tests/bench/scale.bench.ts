/**
 * How the analysis scales, in one run (`npm run bench scale`). Every row's
 * note names its target and whether this run met it:
 * - the full gap analysis (project + structure + all nine gap analyses, from
 *   the network) at 100k costs at most 15× what it costs at 10k;
 * - the sleutelfiguren, from the network as well, cost no more than the full
 *   gap analysis at the same size;
 * - the store's bulk read (`readNetwork`) costs at most 3× the engine's bare
 *   export of the same rows (`exportNetwork`), at 10k and 100k;
 * - reading a 300k-line CSV edge list for `wijknetwerk analyse` costs at most
 *   2× papaparse's bare parse of the same text;
 * - `wijknetwerk analyse` as a whole process takes at most half of igraph's
 *   (python-igraph, a whole process too) for the same measures, at 10k and 30k.
 * `BENCH_SCALE=gaps,store,parse,analyse` runs only some of the parts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { analysisContext, runGaps } from '../../server/analysis/gaps/index.ts';
import type { ContextOptions } from '../../server/analysis/gaps/context.ts';
import { parseCsvToCsr } from '../../server/analysis/parse-network-file.ts';
import { project } from '../../server/analysis/projection.ts';
import { sleutelfiguren } from '../../server/analysis/sleutelfiguren/index.ts';
import { generateNetwork } from '../../server/services/generate/generate.ts';
import { KuzuStore } from '../../server/store/kuzu/kuzu-store.ts';
import { tempDir } from '../helpers/test-app.ts';
import { PEER_SCRIPT, PYTHON, hasIgraph, randomGraph } from './measures.bench.ts';
import type { BenchRow } from './types.ts';

const SUITE = 'scale';
const CLI = join(import.meta.dirname, '../../bin/wijknetwerk.js');

function ms<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

async function msAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

const k = (n: number) => `${n / 1000}k`;
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
const x = (ratio: number) => `${ratio.toFixed(2)}×`;

/** Runs per size; the order of the two alternates, and each keeps its best, so neither pays the other's garbage. */
const GAP_RUNS = 3;

/** The full gap analysis and the sleutelfiguren, each from the network with a fresh context, as a first request pays them. */
function benchGaps(): BenchRow[] {
  const rows: BenchRow[] = [];
  const full: Record<number, number> = {};
  // A small run first, so that the 10k row measures optimised code, not the JIT.
  for (const nodes of [2_000, 10_000, 100_000]) {
    const network = generateNetwork({ nodes, tiesPerNode: 3, seed: 3 });
    const size = `${k(nodes)} nodes / ${k(network.ties.length)} ties`;
    const gaps = () => ms(() => runGaps(analysisContext(network, { today: '2026-11-01' })));
    const sleutel = () => ms(() => sleutelfiguren(analysisContext(network, { today: '2026-11-01' })));
    let [findings, gapsMs] = gaps();
    let [scores, sleutelMs] = sleutel();
    for (let run = 1; run < GAP_RUNS && nodes > 2_000; run++) {
      const sleutelFirst = run % 2 === 1;
      const s = sleutelFirst ? sleutel() : undefined;
      const g = gaps();
      const again = s ?? sleutel();
      if (g[1] < gapsMs) [findings, gapsMs] = g;
      if (again[1] < sleutelMs) [scores, sleutelMs] = again;
    }
    if (nodes === 2_000) continue;
    full[nodes] = gapsMs;
    const best = `best of ${GAP_RUNS}`;
    rows.push({ suite: SUITE, name: 'full gap analysis (project + structure + nine gap analyses)', size, ms: gapsMs, note: `${findings.length} findings; ${best}` });
    const ratio = sleutelMs / gapsMs;
    rows.push({
      suite: SUITE, name: 'sleutelfiguren (project + structure + brokerage + score)', size, ms: sleutelMs, peer: 'full gap analysis', peerMs: gapsMs,
      note: `${scores.length} ranked; ${best}; sleutelfiguren / gap analysis ${x(ratio)}; target ≤ 1×: ${met(ratio <= 1)}`,
    });
    if (nodes === 10_000) rows.push(sampledAgreement(network, size));
  }
  const growth = full[100_000]! / full[10_000]!;
  rows.push({ suite: SUITE, name: 'full gap analysis, growth 10k → 100k', size: '10× the nodes', ms: full[100_000]!, peer: 'at 10k', peerMs: full[10_000], note: `growth ${x(growth)}; target ≤ 15×: ${met(growth <= 15)}` });
  return rows;
}

/**
 * How close the sleutelfiguren from sampled betweenness come to those from
 * exact betweenness, for the sampling the analysis uses and for networkx's
 * plain estimator at 500 pivots beside it: the top 20 they share with the
 * exact ranking, and how far the shared ones moved (sum of rank differences).
 */
function sampledAgreement(network: ReturnType<typeof generateNetwork>, size: string): BenchRow {
  const ranking = (betweenness?: ContextOptions['betweenness']) => sleutelfiguren(analysisContext(network, { today: '2026-11-01', betweenness })).map((s) => s.id);
  const [exact, exactMs] = ms(() => ranking('exact'));
  const agreement = (ids: string[]) => {
    const shared = ids.filter((id) => exact.includes(id));
    const moved = shared.reduce((sum, id) => sum + Math.abs(ids.indexOf(id) - exact.indexOf(id)), 0);
    return `${shared.length} of ${exact.length} (moved ${moved})`;
  };
  const [used, usedMs] = ms(() => ranking());
  const plain = ranking({ samples: 500 });
  return {
    suite: SUITE, name: 'sleutelfiguren from sampled betweenness vs exact: top 20 shared', size, ms: usedMs, peer: 'exact betweenness', peerMs: exactMs,
    note: `the analysis's sampling: ${agreement(used)}; 500 plain pivots: ${agreement(plain)}`,
  };
}

/** The store's bulk read beside the engine's bare export of the same rows, and the read with the projection the analyses start from. */
async function benchStore(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const reads: Record<number, number> = {};
  for (const nodes of [10_000, 100_000]) {
    const network = generateNetwork({ nodes, tiesPerNode: 3, seed: 7 });
    const size = `${k(nodes)} nodes / ${k(network.ties.length)} ties`;
    const path = tempDir('wijknetwerk-bench-scale-');
    const store = new KuzuStore({ path });
    try {
      await store.init();
      await store.bulkInsert(network);
      await store.readNetwork();
      const exportDir = tempDir('wijknetwerk-bench-export-');
      const [, exportMs] = await msAsync(() => store.exportNetwork(exportDir));
      rmSync(exportDir, { recursive: true, force: true });
      const [read, readMs] = await msAsync(() => store.readNetwork());
      reads[nodes] = readMs;
      const ratio = readMs / exportMs;
      rows.push({
        suite: SUITE, name: 'store: readNetwork (export + parse)', size, ms: readMs, peer: 'engine export alone', peerMs: exportMs,
        note: `${read.nodes.length} nodes, ${read.ties.length} ties; read / export ${x(ratio)}; target ≤ 3×: ${met(ratio <= 3)}`,
      });
      const [projection, projectMs] = ms(() => project(read));
      rows.push({ suite: SUITE, name: 'store: readNetwork + project (the analysis graph)', size, ms: readMs + projectMs, note: `project ${Math.round(projectMs)} ms; ${projection.graph.order} nodes, ${projection.graph.size} edges` });
    } finally {
      await store.close();
      rmSync(path, { recursive: true, force: true });
    }
  }
  const growth = reads[100_000]! / reads[10_000]!;
  rows.push({ suite: SUITE, name: 'store: readNetwork, growth 10k → 100k', size: '10× the nodes', ms: reads[100_000]!, peer: 'at 10k', peerMs: reads[10_000], note: `growth ${x(growth)} (linear: 10×)` });
  return rows;
}

/** `analyse`'s read of a CSV edge list (into the measures' index) beside papaparse's bare parse; the better of three runs each. */
function benchParse(dir: string): BenchRow[] {
  const { edgeList } = randomGraph(100_000, 1);
  const lines = edgeList.split('\n').length - 1;
  const best = (work: () => unknown) => Math.min(...[0, 1, 2].map(() => ms(work)[1]));
  writeFileSync(join(dir, 'parse.csv'), edgeList);
  const text = readFileSync(join(dir, 'parse.csv'), 'utf8');
  const oursMs = best(() => parseCsvToCsr(text, { weight: null }));
  const papaMs = best(() => Papa.parse(text));
  const ratio = oursMs / papaMs;
  return [{
    suite: SUITE, name: 'analyse: read CSV edge list into the index', size: `${k(lines)} lines (${(text.length / 1024 / 1024).toFixed(1)} MB)`, ms: oursMs, peer: 'papaparse (bare parse)', peerMs: papaMs,
    note: `ours / papaparse ${x(ratio)}; target ≤ 2×: ${met(ratio <= 2)}`,
  }];
}

/** `wijknetwerk analyse` and igraph's script for the same measures, each as a whole process (wall time). */
function benchAnalyse(dir: string): BenchRow[] {
  if (!hasIgraph()) return [{ suite: SUITE, name: 'analyse process vs igraph', size: '', ms: 0, note: 'skipped: python3-igraph not installed' }];
  const rows: BenchRow[] = [];
  for (const nodes of [10_000, 30_000]) {
    const file = join(dir, `er-${nodes}.csv`);
    writeFileSync(file, randomGraph(nodes, 1).edgeList);
    const [ours, oursMs] = ms(() => spawnSync(process.execPath, [CLI, 'analyse', file], { encoding: 'utf8' }));
    if (ours.status !== 0) throw new Error(`analyse failed: ${ours.stderr}`);
    const out = join(dir, `igraph-${nodes}.json`);
    const [, peerMs] = ms(() => execFileSync(PYTHON, ['-c', PEER_SCRIPT, file, String(nodes), '1', out], { stdio: 'ignore' }));
    const version = JSON.parse(readFileSync(out, 'utf8')).version as string;
    const ratio = oursMs / peerMs;
    rows.push({
      suite: SUITE, name: 'wijknetwerk analyse, whole process (exact betweenness, closeness, …)', size: `${k(nodes)} nodes / ${k(3 * nodes)} edges`, ms: oursMs, peer: `igraph ${version} process`, peerMs,
      note: `ours / igraph ${x(ratio)}; target ≤ 0.5×: ${met(ratio <= 0.5)}`,
    });
  }
  return rows;
}

export default async function benchScale(): Promise<BenchRow[]> {
  const parts = (process.env.BENCH_SCALE ?? 'gaps,store,parse,analyse').split(',');
  const dir = mkdtempSync(join(tmpdir(), 'wijknetwerk-bench-scale-'));
  const rows: BenchRow[] = [];
  try {
    if (parts.includes('gaps')) rows.push(...benchGaps());
    if (parts.includes('store')) rows.push(...(await benchStore()));
    if (parts.includes('parse')) rows.push(...benchParse(dir));
    if (parts.includes('analyse')) rows.push(...benchAnalyse(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
