/**
 * Benchmark of the network measures against python-igraph (C) on the same
 * seeded Erdős–Rényi graphs with 3 edges per node. igraph is timed inside
 * python around the computation only; it is skipped when
 * `python3 -c 'import igraph'` fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness.js';
import { buildCsr } from '../../server/analysis/csr.ts';
import {
  betweennessArray, betweennessParallel, communitiesArray, componentsArray, computeAllMeasures, cutPointsArray,
  degreeArray, distanceMeasuresArrays, modularityArray, pagerankArray, sampledBetweennessArrays, strengthArray,
  structuralHolesArrays,
} from '../../server/analysis/measures/index.ts';
import { mulberry32 } from '../../server/analysis/measures/random.ts';
import { parseNetworkFile } from '../../server/analysis/parse-network-file.ts';
import type { BenchRow } from './types.ts';

export const PYTHON = '/usr/bin/python3';
const EXACT_MAX = 10_000;
const SAMPLES = 500;

export const PEER_SCRIPT = String.raw`
import json, sys, time
import igraph as ig
path, n, exact, out = sys.argv[1], int(sys.argv[2]), sys.argv[3] == '1', sys.argv[4]
edges = []
with open(path) as f:
    for line in f:
        a, b = line.split(',')
        edges.append((int(a), int(b)))
g = ig.Graph(n=n, edges=edges)
res = {'version': ig.__version__}
def timed(name, fn):
    t = time.perf_counter()
    r = fn()
    res[name] = (time.perf_counter() - t) * 1000
    return r
timed('degree', lambda: (g.degree(), g.strength()))
if exact:
    timed('betweenness', lambda: g.betweenness())
    timed('closeness', lambda: (g.closeness(), g.harmonic_centrality()))
timed('pagerank', lambda: g.pagerank())
comm = timed('communities', lambda: g.community_multilevel())
res['communityCount'] = len(comm)
res['communityModularity'] = comm.modularity
membership = comm.membership
timed('modularity', lambda: g.modularity(membership))
timed('components', lambda: g.connected_components())
timed('cutPoints', lambda: (g.articulation_points(), g.bridges()))
timed('constraint', lambda: g.constraint())
with open(out, 'w') as f:
    json.dump(res, f)
`;

export function hasIgraph(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import igraph'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Seeded Erdős–Rényi G(n, m) with m = 3n distinct edges, nodes named 0..n-1. */
export function randomGraph(n: number, seed = 1): { graph: Graph; edgeList: string } {
  const rng = mulberry32(seed);
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  const lines: string[] = [];
  const m = 3 * n;
  while (lines.length < m) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (a === b || graph.hasEdge(String(a), String(b))) continue;
    graph.addEdge(String(a), String(b));
    lines.push(`${a},${b}`);
  }
  return { graph, edgeList: lines.join('\n') + '\n' };
}

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

function label(n: number): string {
  const k = (x: number) => (x >= 1000 ? `${x / 1000}k` : String(x));
  return `${k(n)} nodes / ${k(3 * n)} edges`;
}

/** Time every measure at each size (node count), with igraph as the peer when available. */
export default async function benchMeasures(sizes: number[] = [1000, 10_000, 100_000]): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wijknetwerk-bench-'));
  try {
    // Warm-up on a small graph so the 1k timings measure optimised code, not the JIT.
    await benchSizes([300], dir, false);
    return await benchSizes(sizes, dir, hasIgraph());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchSizes(sizes: number[], dir: string, igraph: boolean): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  {
    for (const n of sizes) {
      const size = label(n);
      const { graph, edgeList } = randomGraph(n, 1);
      const file = join(dir, `er-${n}.csv`);
      writeFileSync(file, edgeList);
      const exact = n <= EXACT_MAX;

      let peer: Record<string, number> & { version?: string } = {};
      let peerName: string | undefined;
      if (igraph) {
        const out = join(dir, `igraph-${n}.json`);
        execFileSync(PYTHON, ['-c', PEER_SCRIPT, file, String(n), exact ? '1' : '0', out], { stdio: 'inherit' });
        peer = JSON.parse(readFileSync(out, 'utf8'));
        peerName = `igraph ${peer.version}`;
      }
      const row = (name: string, ms: number, peerKey?: string, note?: string) => {
        const r: BenchRow = { suite: 'measures', name, size, ms: Math.round(ms * 10) / 10 };
        if (peerKey && peer[peerKey] !== undefined) {
          r.peer = peerName;
          r.peerMs = Math.round(peer[peerKey] * 10) / 10;
        }
        if (note) r.note = note;
        rows.push(r);
      };

      const [, parseMs] = time(() => parseNetworkFile(edgeList, 'er.csv'));
      row('parse CSV edge list', parseMs);
      const [csr, csrMs] = time(() => buildCsr(graph));
      row('build CSR index', csrMs);
      const [, degMs] = time(() => [degreeArray(csr), strengthArray(csr)]);
      row('degree + strength', degMs, 'degree');

      let exactBc: Float64Array | null = null;
      if (exact) {
        const [bc, bcMs] = time(() => betweennessArray(csr));
        exactBc = bc;
        const gm = graphologyBetweenness as unknown as (g: Graph) => Record<string, number>;
        const [, gmMs] = time(() => gm(graph));
        row('betweenness (exact, 1 thread)', bcMs, 'betweenness', `graphology-metrics: ${Math.round(gmMs)} ms`);
        const [, parMs] = await timeAsync(() => betweennessParallel(csr, { threads: 2 }));
        row('betweenness (exact, 2 worker threads)', parMs, 'betweenness');
      }
      const [sampled, sMs] = time(() => sampledBetweennessArrays(csr, { samples: SAMPLES, seed: 7 }));
      let note = `${SAMPLES} pivots; max std error ${sampled.stdError.reduce((a, b) => Math.max(a, b), 0).toExponential(2)}`;
      if (exactBc) {
        let maxErr = 0;
        let covered = 0;
        for (let v = 0; v < n; v++) {
          const err = Math.abs(sampled.values[v] - exactBc[v]);
          maxErr = Math.max(maxErr, err);
          if (err <= 2 * sampled.stdError[v]) covered++;
        }
        note += `; max true error ${maxErr.toExponential(2)}; within 2 SE: ${((100 * covered) / n).toFixed(1)}% of nodes`;
      } else {
        note += '; no exact reference at this size';
      }
      row(`betweenness (sampled, ${SAMPLES} pivots)`, sMs, undefined, note);

      if (exact) {
        const [, dMs] = time(() => distanceMeasuresArrays(csr));
        row('closeness + harmonic (one pass)', dMs, 'closeness', 'igraph: closeness() + harmonic_centrality()');
      }
      const [, prMs] = time(() => pagerankArray(csr));
      row('pagerank', prMs, 'pagerank', 'igraph uses PRPACK (direct solve)');
      const [comm, cMs] = time(() => communitiesArray(csr, { seed: 1 }));
      row('communities (Louvain)', cMs, 'communities',
        `ours: ${comm.count} communities, Q=${comm.modularity.toFixed(4)}` +
          (peer.communityModularity !== undefined
            ? `; igraph multilevel: ${peer.communityCount}, Q=${peer.communityModularity.toFixed(4)}`
            : ''));
      const [, qMs] = time(() => modularityArray(csr, comm.membership));
      row('modularity of a partition', qMs, 'modularity');
      const [, ccMs] = time(() => componentsArray(csr));
      row('connected components', ccMs, 'components');
      const [, cpMs] = time(() => cutPointsArray(csr));
      row('articulation points + bridges', cpMs, 'cutPoints');
      const [, shMs] = time(() => structuralHolesArrays(csr));
      row('constraint + effective size', shMs, 'constraint', 'igraph: constraint() only');
      // Above EXACT_MAX the all-pairs closeness inside computeAllMeasures is too slow to bench.
      const [, allMs] = exact ? time(() => computeAllMeasures(graph)) : [null, 0];
      if (exact) row('computeAllMeasures (exact betweenness)', allMs);
    }
  }
  return rows;
}
