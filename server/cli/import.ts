/**
 * `wijknetwerk import <file> --kind <...> [--dry-run]`: a CSV of one kind, a
 * whole Excel workbook (.xlsx, a sheet per kind) or a GEXF or GraphML network
 * (kind left out). Prints every rejected line as `line N, column C: reason`
 * and every unused column as a warning, and exits 1 when anything was
 * rejected, having written nothing.
 *
 * `--template <file.xlsx | map/>` writes the template workbook, or a CSV
 * template per kind into a folder; `--reference` prints the column reference.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationError } from '../errors.ts';

import { renderColumnReference, templateCsv, templateWorkbook } from '../services/import/reference.ts';
import { isWorkbook } from '../services/import/workbook.ts';
import { detectGraphFormat } from '../services/import/graph-import.ts';
import type { ImportService } from '../services/import/import-service.ts';
import { SYSTEM_ACTOR } from '../services/write/types.ts';
import { CliError, EXIT, type Command } from './command.ts';
import { withServices } from './with-services.ts';
import { type CsvImportKind, IMPORT_KINDS } from '../model/wire/import.ts';

const KINDS: readonly string[] = [...IMPORT_KINDS, 'socialekaart'];
const SEPARATORS: Record<string, ';' | ',' | '\t'> = { ';': ';', ',': ',', tab: '\t', '\t': '\t' };

export const importCommand: Command = {
  name: 'import',
  summary: 'import a CSV (persons, organisations, initiatives, places, ties, socialekaart) or a GEXF/GraphML file; all or nothing',
  usage: `wijknetwerk import <file> --kind <${KINDS.join('|')}> [--dry-run] [--separator ';'|','|tab] [--by <naam>]\n       wijknetwerk import <file.xlsx|file.gexf|file.graphml> [--dry-run]\n       wijknetwerk import --template <sjabloon.xlsx|map/>\n       wijknetwerk import --reference`,
  options: { kind: { type: 'string' }, 'dry-run': { type: 'boolean' }, separator: { type: 'string' }, by: { type: 'string' }, template: { type: 'string' }, reference: { type: 'boolean' } },
  async run({ values, positionals }) {
    if (values.reference) {
      process.stdout.write(`${renderColumnReference()}\n`);
      return EXIT.ok;
    }
    if (typeof values.template === 'string') return writeTemplate(values.template);
    const file = positionals[0];
    if (!file) throw new CliError('geef het bestand op', EXIT.usage);
    const kind = typeof values.kind === 'string' ? values.kind : undefined;
    if (kind && !KINDS.includes(kind)) throw new CliError(`--kind moet een van ${KINDS.join(', ')} zijn`, EXIT.usage);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new CliError(`kan ${file} niet lezen`, EXIT.usage);
    }
    const workbook = !kind && isWorkbook(bytes);
    const graphFormat = kind || workbook ? undefined : detectGraphFormat(bytes.subarray(0, 2000).toString('utf8'), file);
    if (!kind && !graphFormat && !workbook) throw new CliError('geef --kind op (een CSV-bestand), of een .xlsx-, .gexf- of .graphml-bestand', EXIT.usage);
    const separator = typeof values.separator === 'string' ? SEPARATORS[values.separator] : undefined;
    if (values.separator !== undefined && !separator) throw new CliError("--separator moet ';', ',' of tab zijn", EXIT.usage);
    const dryRun = !!values['dry-run'];
    // The command line is the operator's: it writes with every right, under the name given with --by.
    const actor = { ...SYSTEM_ACTOR, username: typeof values.by === 'string' ? values.by : 'cli' };

    return withServices(async ({ imports }) => {
      try {
        return await importFile(imports);
      } catch (error) {
        process.stderr.write(`fout: ${error instanceof Error ? error.message : String(error)}\n`);
        return error instanceof ValidationError ? EXIT.rejected : EXIT.failure;
      }
    });

    async function importFile(service: ImportService): Promise<number> {
      if (workbook) {
        const report = await service.importWorkbook(bytes, { dryRun, actor });
        for (const warning of report.warnings) console.log(`let op: ${warning.message}`);
        for (const sheet of report.sheets) {
          for (const warning of sheet.warnings) console.log(`blad ${sheet.sheet}, let op: ${warning.message}`);
          for (const line of sheet.lines) for (const error of line.errors ?? []) console.log(`blad ${sheet.sheet}, line ${line.line}, column ${error.column}: ${error.message}`);
          const { create, update, unchanged, reject } = sheet.summary;
          console.log(`blad ${sheet.sheet}: ${create} nieuw, ${update} bijgewerkt, ${unchanged} ongewijzigd, ${reject} afgewezen`);
        }
        console.log(summaryLine(dryRun, report.applied, report.summary, report.ms));
        return report.summary.reject ? EXIT.rejected : EXIT.ok;
      }
      if (graphFormat) {
        const report = await service.importGraph(bytes.toString('utf8'), graphFormat, { dryRun, actor });
        for (const item of report.items) for (const error of item.errors ?? []) console.log(`${item.element} ${item.key}, ${error.field}: ${error.message}`);
        const { create, update, unchanged, reject } = report.summary;
        console.log(summaryLine(dryRun, report.applied, { create, update, unchanged, reject }, report.ms));
        return reject ? EXIT.rejected : EXIT.ok;
      }
      const report = await service.importCsv(bytes, { kind: kind as CsvImportKind, dryRun, separator, actor });
      for (const warning of report.warnings) console.log(`let op: ${warning.message}`);
      for (const line of report.lines) for (const error of line.errors ?? []) console.log(`line ${line.line}, column ${error.column}: ${error.message}`);
      console.log(`${report.summary.rows} regels gelezen (${report.encoding}, scheidingsteken ${report.separator === '\t' ? 'tab' : report.separator})`);
      console.log(summaryLine(dryRun, report.applied, report.summary, report.ms));
      return report.summary.reject ? EXIT.rejected : EXIT.ok;
    }
  },
};

async function writeTemplate(target: string): Promise<number> {
  try {
    if (target.endsWith('.xlsx')) writeFileSync(target, await templateWorkbook());
    else {
      mkdirSync(target, { recursive: true });
      for (const kind of IMPORT_KINDS) writeFileSync(join(target, `${kind}.csv`), `\ufeff${templateCsv(kind)}`);
    }
  } catch {
    throw new CliError(`kan ${target} niet schrijven`, EXIT.failure);
  }
  console.log(target.endsWith('.xlsx') ? `sjabloon geschreven: ${target}` : `${IMPORT_KINDS.length} CSV-sjablonen geschreven in ${target}`);
  return EXIT.ok;
}

function summaryLine(dryRun: boolean, applied: boolean, counts: { create: number; update: number; unchanged: number; reject: number }, ms: number): string {
  const figures = `${counts.create} nieuw, ${counts.update} bijgewerkt, ${counts.unchanged} ongewijzigd, ${counts.reject} afgewezen`;
  if (counts.reject) return `${figures} — niets geschreven`;
  if (dryRun) return `proefrun: ${figures} — niets geschreven`;
  return `${figures} — ${applied ? 'geschreven' : 'niets geschreven'} in ${ms} ms`;
}
