/** Print the measures benchmark as a table: `npx tsx tests/bench/measures-main.ts [sizes...]`. */
import benchMeasures from './measures.bench.ts';

const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
const rows = await benchMeasures(sizes.length > 0 ? sizes : [1000, 10_000, 100_000]);
const fmt = (x: number | undefined) => (x === undefined ? '' : x.toFixed(1));
console.table(rows.map((r) => ({
  size: r.size,
  measure: r.name,
  'TS ms': fmt(r.ms),
  'peer ms': fmt(r.peerMs),
  'peer/TS': r.peerMs !== undefined && r.ms > 0 ? (r.peerMs / r.ms).toFixed(2) : '',
  note: r.note ?? '',
})));
