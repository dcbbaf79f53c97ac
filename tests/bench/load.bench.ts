/**
 * Load test: mixed reads and writes against a real server on 127.0.0.1 with a
 * 10k-node network, bounded in time. Reports throughput and latency, counts
 * errors, and checks that every acknowledged write is in the store afterwards.
 */
import autocannon from 'autocannon';
import { generateNetwork } from '../../server/services/generate/generate.ts';
import { startBenchServer } from './server-fixture.ts';
import type { BenchRow } from './types.ts';

export default async function benchLoad(options = { nodes: 10_000, seconds: 10, connections: 8 }): Promise<BenchRow[]> {
  const network = generateNetwork({ nodes: options.nodes, tiesPerNode: 3, seed: 11 });
  const persons = network.nodes.filter((node) => node.kind === 'persoon').map((node) => node.id);
  const server = await startBenchServer(network);
  const acknowledged: string[] = [];
  let step = 0;
  const pick = () => persons[(step++ * 7919) % persons.length]!;
  try {
    const result = await autocannon({
      url: server.url,
      connections: options.connections,
      duration: options.seconds,
      headers: server.headers,
      requests: [
        { method: 'GET', setupRequest: (request) => ({ ...request, path: `/api/nodes/${pick()}` }) },
        { method: 'GET', setupRequest: (request) => ({ ...request, path: `/api/ties?nodeId=${pick()}&limit=20` }) },
        {
          method: 'POST',
          setupRequest: (request) => ({
            ...request,
            path: '/api/ties',
            headers: { ...server.headers, 'content-type': 'application/json' },
            body: JSON.stringify({ type: 'KENT', from: pick(), to: pick(), strength: 3, source: 'handmatig' }),
          }),
          onResponse: (status, body) => {
            if (status === 201) acknowledged.push((JSON.parse(body) as { id: string }).id);
          },
        },
        { method: 'GET', setupRequest: (request) => ({ ...request, path: `/api/nodes?kind=persoon&q=a&limit=20` }) },
      ],
    });
    const stored = new Set((await server.services.store.readNetwork()).ties.map((tie) => tie.id));
    const lost = acknowledged.filter((id) => !stored.has(id)).length;
    const size = `${options.nodes / 1000}k nodes, ${options.connections} connections, ${options.seconds} s`;
    const errors = result.errors + result.non2xx;
    return [
      { suite: 'load', name: 'mixed reads/writes: requests per second', size, ms: result.requests.average, note: `${result.requests.total} requests (value is req/s, not ms)` },
      { suite: 'load', name: 'mixed reads/writes: latency p50', size, ms: result.latency.p50 },
      { suite: 'load', name: 'mixed reads/writes: latency p99', size, ms: result.latency.p99 },
      { suite: 'load', name: 'acknowledged writes found afterwards', size, ms: acknowledged.length - lost, note: `${acknowledged.length} acknowledged, ${lost} lost, ${errors} errors (value is a count)` },
    ];
  } finally {
    await server.close();
  }
}
