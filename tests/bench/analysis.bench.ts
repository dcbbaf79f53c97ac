/**
 * The gap analyses and the sleutelfiguur score on a synthetic wijknetwerk of
 * 10k nodes (target: the full gap analysis under 2 s). The measures at 100k
 * are in measures.bench.ts. `npm run bench analysis` runs only this suite.
 */
import { analysisContext, runGaps } from '../../server/analysis/gaps/index.ts';
import { sleutelfiguren } from '../../server/analysis/sleutelfiguren/index.ts';
import { generateNetwork } from '../../server/services/generate/generate.ts';
import type { BenchRow } from './types.ts';

function time<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

export default async function benchAnalysis(sizes = [10_000]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const nodes of sizes) {
    const network = generateNetwork({ nodes, tiesPerNode: 3, seed: 3 });
    const size = `${nodes / 1000}k nodes / ${Math.round(network.ties.length / 1000)}k ties`;
    const [ctx, projectMs] = time(() => analysisContext(network, { today: '2026-11-01' }));
    rows.push({ suite: 'analysis', name: 'project to the social graph', size, ms: projectMs, note: `${ctx.projection.graph.order} nodes, ${ctx.projection.graph.size} edges` });
    const [findings, gapsMs] = time(() => runGaps(ctx));
    rows.push({ suite: 'analysis', name: 'all nine gap analyses', size, ms: gapsMs, note: `${findings.length} findings; target < 2000 ms at 10k` });
    const [, structureTotal] = time(() => ctx.structure());
    rows.push({ suite: 'analysis', name: 'project + gaps (full gap analysis)', size, ms: projectMs + gapsMs + structureTotal });
    const [scores, scoreMs] = time(() => sleutelfiguren(ctx, { limit: 50 }));
    const { mode } = ctx.brokerage();
    rows.push({
      suite: 'analysis',
      name: 'sleutelfiguren (betweenness, constraint and the score)',
      size,
      ms: scoreMs,
      note: `${scores.length} ranked; betweenness ${mode.mode === 'sampled' ? `sampled (${mode.samples} sources, max std. error ${mode.maxStdError.toExponential(1)})` : 'exact'}`,
    });
  }
  return rows;
}
