/**
 * Foundation benchmarks at 10k and 100k nodes (3 ties per node): bulk load into
 * embedded Kùzu, the whole network from the store into graphology, and API
 * latency (p50/p99) for a single-node read and for GET /api/graph over HTTP.
 */
import { rmSync } from 'node:fs';
import Graph from 'graphology';
import { generateNetwork } from '../../server/services/generate/generate.ts';
import { KuzuStore } from '../../server/store/kuzu/kuzu-store.ts';
import { tempDir } from '../helpers/test-app.ts';
import { latencies, percentile, startBenchServer } from './server-fixture.ts';
import type { BenchRow } from './types.ts';

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

export default async function benchStore(sizes = [10_000, 100_000]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const nodes of sizes) {
    const [network, generateMs] = await timed(() => generateNetwork({ nodes, tiesPerNode: 3, seed: 7 }));
    const size = `${nodes / 1000}k nodes / ${Math.round(network.ties.length / 1000)}k ties`;
    rows.push({ suite: 'store', name: 'generate synthetic network', size, ms: generateMs });

    const path = tempDir('wijknetwerk-bench-');
    const store = new KuzuStore({ path });
    await store.init();
    const [, loadMs] = await timed(() => store.bulkInsert(network));
    rows.push({ suite: 'store', name: 'bulk load (COPY in one transaction)', size, ms: loadMs });
    const [read, readMs] = await timed(() => store.readNetwork());
    rows.push({ suite: 'store', name: 'read whole network from store', size, ms: readMs });
    const [graph, importMs] = await timed(() => {
      const g = new Graph({ multi: true, type: 'directed' });
      for (const node of read.nodes) g.addNode(node.id, node);
      for (const tie of read.ties) g.addEdgeWithKey(tie.id, tie.from, tie.to, tie);
      return g;
    });
    rows.push({ suite: 'store', name: 'store → graphology (read + build)', size, ms: readMs + importMs, note: `${graph.order} nodes, ${graph.size} edges; target < 2000 ms at 100k` });
    await store.close();
    rmSync(path, { recursive: true, force: true });

    const server = await startBenchServer(network);
    try {
      const persons = network.nodes.filter((node) => node.kind === 'persoon').map((node) => node.id);
      await fetch(`${server.url}/api/nodes/${persons[0]}`, { headers: server.headers });
      const nodeReads = await latencies(500, async (index) => {
        const response = await fetch(`${server.url}/api/nodes/${persons[(index * 7919) % persons.length]}`, { headers: server.headers });
        if (response.status !== 200) throw new Error(`node read: ${response.status}`);
        await response.arrayBuffer();
      });
      rows.push({ suite: 'api', name: 'GET /api/nodes/:id p50', size, ms: percentile(nodeReads, 50) });
      rows.push({ suite: 'api', name: 'GET /api/nodes/:id p99', size, ms: percentile(nodeReads, 99), note: 'target p99 < 20 ms' });
      const graphReads = await latencies(nodes >= 100_000 ? 5 : 20, async () => {
        const response = await fetch(`${server.url}/api/graph`, { headers: server.headers });
        if (response.status !== 200) throw new Error(`graph read: ${response.status}`);
        await response.arrayBuffer();
      });
      rows.push({ suite: 'api', name: 'GET /api/graph p50', size, ms: percentile(graphReads, 50) });
      rows.push({ suite: 'api', name: 'GET /api/graph p99', size, ms: percentile(graphReads, 99), note: `${graphReads.length} calls, whole network as JSON` });
    } finally {
      await server.close();
    }
  }
  return rows;
}
