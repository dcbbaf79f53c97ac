/**
 * Runs the shortest-path kernel over worker threads. The kernel's own source
 * text is evaluated inside each worker, so this works the same under tsx,
 * vitest or compiled JavaScript without a separate worker file.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { type KernelInput, type KernelOutput, runSources } from './shortest-paths.ts';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const runSources = (${runSources.toString()});
const out = runSources(workerData);
parentPort.postMessage(out, [out.bc.buffer, out.bcSq.buffer, out.distSum.buffer, out.reached.buffer, out.harmonic.buffer]);
`;

/** Below this many source visits (sources × arcs) threads cost more than they save. */
const MIN_WORK = 20_000_000;

/**
 * Same result as `runSources`, with the sources split over `threads` workers.
 * Per-source outputs keep the order of `input.sources`.
 */
export async function runSourcesParallel(input: KernelInput, threads = 2): Promise<KernelOutput> {
  const t = Math.max(1, Math.min(threads, availableParallelism(), input.sources.length));
  if (t === 1 || input.sources.length * (input.targets.length + input.n) < MIN_WORK) return runSources(input);
  const chunks: Int32Array[] = [];
  // Interleave sources so every worker gets a similar mix of cheap and costly ones.
  for (let i = 0; i < t; i++) {
    const len = Math.ceil((input.sources.length - i) / t);
    const c = new Int32Array(len);
    for (let j = 0; j < len; j++) c[j] = input.sources[i + j * t];
    chunks.push(c);
  }
  const parts = await Promise.all(chunks.map((sources) => new Promise<KernelOutput>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ...input, sources } });
    worker.once('message', (msg: KernelOutput) => {
      resolve(msg);
      void worker.terminate();
    });
    worker.once('error', reject);
  })));
  const ns = input.sources.length;
  const out: KernelOutput = {
    bc: new Float64Array(input.betweenness ? input.n : 0),
    bcSq: new Float64Array(input.betweenness ? input.n : 0),
    distSum: new Float64Array(input.distances ? ns : 0),
    reached: new Int32Array(input.distances ? ns : 0),
    harmonic: new Float64Array(input.distances ? ns : 0),
  };
  parts.forEach((p, i) => {
    for (let v = 0; v < out.bc.length; v++) {
      out.bc[v] += p.bc[v];
      out.bcSq[v] += p.bcSq[v];
    }
    for (let j = 0; j < p.distSum.length; j++) {
      const pos = i + j * t;
      out.distSum[pos] = p.distSum[j];
      out.reached[pos] = p.reached[j];
      out.harmonic[pos] = p.harmonic[j];
    }
  });
  return out;
}
