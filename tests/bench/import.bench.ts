/**
 * Benchmark of the CSV import: 100k person rows (parse + validate + plan +
 * bulk write through Kùzu's COPY) into a store that holds Haarlem's gebieden,
 * then the same file again (all rows unchanged, nothing written). And a
 * workbook of 100k persons and 300k ties (KENT, ends by external id): read,
 * plan and write as one change.
 * Run: `npx tsx tests/bench/import.bench.ts` (prints rows/s), or from the bench runner.
 */
import { rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { silentLogger } from '../../server/logger.ts';
import { closeServices, createServices } from '../../server/services/index.ts';
import { SYSTEM_ACTOR } from '../../server/services/write/types.ts';
import { ImportService } from '../../server/services/import/import-service.ts';
import { seedNetwork } from '../import/helpers.ts';
import { tempDir } from '../helpers/test-app.ts';
import type { BenchRow } from './types.ts';

const ROWS = 100_000;
const WIJKEN = ['Rozenprieel', 'Boerhaavewijk'];

function personsCsv(rows: number): string {
  const lines = ['Naam;Rollen;Wijk;Toestemming;Datum toestemming;Extern ID'];
  for (let index = 0; index < rows; index++) {
    lines.push(`Bewoner ${index} Ëlzinga;bewoner${index % 7 === 0 ? ', vrijwilliger' : ''};${WIJKEN[index % 2]};ja;14-3-2024;B${index}`);
  }
  return lines.join('\r\n') + '\r\n';
}

async function townWorkbook(persons: number, ties: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const people = workbook.addWorksheet('Personen');
  people.addRow(['Extern ID', 'Naam', 'Rollen', 'Wijk', 'Toestemming']);
  for (let index = 0; index < persons; index++) people.addRow([`P${index}`, `Bewoner ${index} Ëlzinga`, 'bewoner', WIJKEN[index % 2], 'ja']);
  const banden = workbook.addWorksheet('Banden');
  banden.addRow(['Van', 'Naar', 'Type', 'Sterkte']);
  for (let index = 0; index < ties; index++) {
    const from = index % persons;
    const to = (from + 1 + Math.floor(index / persons) * 7919) % persons;
    banden.addRow([`P${from}`, `P${to === from ? (to + 1) % persons : to}`, 'kent', 1 + (index % 5)]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function benchWorkbook(persons: number, ties: number): Promise<BenchRow> {
  const dataDir = tempDir('wijknetwerk-bench-workbook-');
  const services = await createServices({ dataDir }, silentLogger);
  try {
    await services.write.replaceNetwork(SYSTEM_ACTOR, 'demo', seedNetwork());
    const bytes = await townWorkbook(persons, ties);
    const started = performance.now();
    const report = await new ImportService(services.network).importWorkbook(bytes, { actor: SYSTEM_ACTOR });
    const ms = performance.now() - started;
    if (!report.applied) throw new Error(`workbook import failed: ${JSON.stringify(report.summary)}`);
    const rows = persons + ties;
    const rate = `${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s`;
    console.log(`workbook import, ${persons} persons + ${ties} ties: ${Math.round(ms)} ms (${rate})`);
    return { suite: 'import', name: 'Excel workbook: read + plan + one write (persons and their KENT ties)', size: `${persons / 1000}k persons + ${ties / 1000}k ties (${(bytes.length / 1024 / 1024).toFixed(1)} MB .xlsx)`, ms: Math.round(ms), note: rate };
  } finally {
    await closeServices(services);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export default async function benchImport(): Promise<BenchRow[]> {
  return [...(await benchCsv()), await benchWorkbook(Number(process.env.BENCH_WORKBOOK_PERSONS ?? 100_000), Number(process.env.BENCH_WORKBOOK_TIES ?? 300_000))];
}

async function benchCsv(): Promise<BenchRow[]> {
  const dataDir = tempDir('wijknetwerk-bench-import-');
  const services = await createServices({ dataDir }, silentLogger);
  try {
    await services.write.replaceNetwork(SYSTEM_ACTOR, 'demo', seedNetwork());
    const service = new ImportService(services.network);
    const bytes = new TextEncoder().encode(personsCsv(ROWS));
    const size = `${ROWS / 1000}k person rows (${(bytes.length / 1024 / 1024).toFixed(1)} MB)`;

    let started = performance.now();
    const first = await service.importCsv(bytes, { kind: 'persons', actor: SYSTEM_ACTOR });
    const firstMs = performance.now() - started;
    if (!first.applied || first.summary.create !== ROWS) throw new Error(`import failed: ${JSON.stringify(first.summary)}`);

    started = performance.now();
    const second = await service.importCsv(bytes, { kind: 'persons', actor: SYSTEM_ACTOR });
    const secondMs = performance.now() - started;
    if (second.summary.unchanged !== ROWS) throw new Error(`second import not idempotent: ${JSON.stringify(second.summary)}`);

    const rate = (ms: number) => `${Math.round(ROWS / (ms / 1000)).toLocaleString('en')} rows/s`;
    console.log(`CSV import, ${size}: ${Math.round(firstMs)} ms (${rate(firstMs)}); again, unchanged: ${Math.round(secondMs)} ms (${rate(secondMs)})`);
    return [
      { suite: 'import', name: 'CSV persons: parse + validate + bulk write (100k nodes + 100k WOONT_IN ties)', size, ms: Math.round(firstMs), note: rate(firstMs) },
      { suite: 'import', name: 'CSV persons again: parse + match, all unchanged, nothing written', size, ms: Math.round(secondMs), note: rate(secondMs) },
    ];
  } finally {
    await closeServices(services);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchImport();
  process.exit(0);
}
