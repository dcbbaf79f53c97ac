/**
 * `npm run bench [suite...]`: runs the benchmark suites and prints one table.
 * Where a peer exists (igraph, networkx) a suite runs it on the same input in
 * the same run and the table shows the ratio. Results are also written to
 * bench-results/ (ignored by git).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { BenchRow } from './types.ts';

const SUITES: Record<string, () => Promise<BenchRow[]>> = {
  store: async () => (await import('./store.bench.ts')).default(),
  measures: async () => (await import('./measures.bench.ts')).default([1000, 10_000, 100_000]),
  write: async () => (await import('./write.bench.ts')).default(),
  load: async () => {
    const { default: benchLoad } = await import('./load.bench.ts');
    return [...(await benchLoad({ nodes: 10_000, seconds: 10, connections: 8 })), ...(await benchLoad({ nodes: 10_000, seconds: 10, connections: 32 }))];
  },
  import: async () => (await import('./import.bench.ts')).default(),
};

const optionalSuites: Record<string, string> = {
  analysis: './analysis.bench.ts',
  history: './history.bench.ts',
  client: './client.bench.ts',
  scale: './scale.bench.ts',
};

function format(value: number | undefined): string {
  if (value === undefined) return '';
  return value >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 2);
}

function printTable(rows: BenchRow[]): void {
  console.table(
    rows.map((row) => ({
      suite: row.suite,
      what: row.name,
      size: row.size,
      ours: format(row.ms),
      peer: row.peer ? `${row.peer} ${format(row.peerMs)}` : '',
      'peer/ours': row.peerMs !== undefined && row.ms > 0 ? (row.peerMs / row.ms).toFixed(2) : '',
      note: row.note ?? '',
    })),
  );
}

const wanted = process.argv.slice(2);
const all: BenchRow[] = [];
for (const [name, path] of Object.entries(optionalSuites)) {
  SUITES[name] = async () => (await import(path)).default();
}
for (const [name, run] of Object.entries(SUITES)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  try {
    const rows = await run();
    printTable(rows);
    all.push(...rows);
  } catch (error) {
    console.log(`suite ${name} failed: ${(error as Error).message}`);
  }
}
console.log('\n== all suites (times in ms unless the note says otherwise) ==');
printTable(all);
mkdirSync('bench-results', { recursive: true });
writeFileSync(`bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, JSON.stringify(all, null, 2));
process.exit(0);
