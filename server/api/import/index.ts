/**
 * Imports. Bodies are multipart (`file` + fields), JSON (`{text, kind, mapping}`) or the raw file.
 *   POST /api/import/preview?kind=persons            detected encoding, separator, header, suggested mapping, first rows
 *   POST /api/import/:kind?dryRun=true&separator=;   the per-line report; writes only without dryRun and when no line is rejected
 *        :kind = gebieden | themas | places | organisations | wijkteams | initiatives | persons | ties | socialekaart | gexf | graphml | xlsx
 *        (xlsx: a workbook with a sheet per kind, reported per sheet)
 *   GET  /api/import/template.xlsx                   the template workbook
 *   GET  /api/import/template/:kind.csv              the CSV template of one kind
 *        mapping (field or query parameter): JSON array, or comma-separated, of a field per column ('' ignores one)
 *        edits (field): JSON [{sheet?, line, column, value}], cells corrected before planning (fix and retry; sheet for xlsx)
 *        onlyGoodLines=true: write the good lines, hand back the rejected ones as `rejectedCsv` (per sheet for xlsx)
 * A report with rejected lines comes back with status 422; a written or dry-run one with 200.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import { ValidationError } from '../../errors.ts';

import { actorOf } from '../../services/network-service.ts';
import { viewerOf } from '../middleware/session.ts';
import { parseQuery } from '../params.ts';
import { readUpload } from './upload.ts';
import { type CsvImportKind, IMPORT_KINDS } from '../../model/wire/import.ts';

const CSV_KINDS = [...IMPORT_KINDS, 'socialekaart'] as const;
const SEPARATORS = { ';': ';', ',': ',', tab: '\t', '\t': '\t' } as const;
const separator = z.enum(Object.keys(SEPARATORS) as [keyof typeof SEPARATORS]).optional();

const previewQuery = z.object({ kind: z.enum(CSV_KINDS).optional(), separator });
const flag = z.enum(['true', 'false', '1', '0']).optional();
const importQuery = z.object({ dryRun: flag, onlyGoodLines: flag, separator, mapping: z.string().max(20_000).optional() });
const cellEdits = z.array(z.object({ sheet: z.string().max(200).optional(), line: z.number().int().min(2).max(10_000_000), column: z.number().int().min(0).max(10_000), value: z.string().max(10_000) }).strict()).max(10_000);

/** Corrected cells (JSON), from a form field or the JSON body. */
function parseEdits(text: string | undefined) {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ValidationError('edits is geen geldige JSON-lijst', [{ path: 'edits', message: 'verwacht [{line, column, value}]' }]);
  }
  const parsed = cellEdits.safeParse(value);
  if (!parsed.success) throw new ValidationError('edits klopt niet', [{ path: `edits.${parsed.error.issues[0]!.path.join('.')}`, message: parsed.error.issues[0]!.message }]);
  return parsed.data;
}

const isOn = (value: string | undefined) => value === 'true' || value === '1';

function parseMapping(text: string | undefined): string[] | undefined {
  if (!text) return undefined;
  if (text.trim().startsWith('[')) {
    try {
      const value = JSON.parse(text) as unknown;
      if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : ''));
    } catch {
      // fall through to the error below
    }
    throw new ValidationError('mapping is geen geldige JSON-lijst', [{ path: 'mapping', message: 'verwacht een lijst van veldnamen' }]);
  }
  return text.split(',').map((item) => item.trim());
}

export function importRoutes({ imports: service }: AppServices) {
  return new Hono()
    .get('/template.xlsx', async (c) => {
      c.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      c.header('content-disposition', 'attachment; filename="wijknetwerk-sjabloon.xlsx"');
      return c.body(new Uint8Array(await service.templateWorkbook()));
    })
    .get('/template/:file', (c) => {
      const kind = c.req.param('file').replace(/\.csv$/, '');
      if (!(IMPORT_KINDS as readonly string[]).includes(kind)) throw new ValidationError(`onbekende soort import '${kind}'`, [{ path: 'kind', message: `kies uit: ${IMPORT_KINDS.join(', ')}` }]);
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', `attachment; filename="wijknetwerk-${kind}.csv"`);
      return c.body(`\ufeff${service.templateCsv(kind as (typeof IMPORT_KINDS)[number])}`);
    })
    .post('/preview', async (c) => {
      const query = parseQuery(previewQuery, c.req.query());
      const upload = await readUpload(c);
      const kind = (query.kind ?? upload.fields.kind ?? 'persons') as CsvImportKind;
      if (!(CSV_KINDS as readonly string[]).includes(kind)) throw new ValidationError(`onbekende soort import '${kind}'`, [{ path: 'kind', message: `kies uit: ${CSV_KINDS.join(', ')}` }]);
      const sep = query.separator ?? (upload.fields.separator as keyof typeof SEPARATORS | undefined);
      return c.json(service.preview(upload.bytes, kind, sep ? SEPARATORS[sep] : undefined));
    })
    .post('/:kind', async (c) => {
      const kind = c.req.param('kind');
      const query = parseQuery(importQuery, c.req.query());
      const upload = await readUpload(c);
      const dryRun = isOn(query.dryRun ?? upload.fields.dryRun);
      const viewer = viewerOf(c);
      viewer.wrote = true;
      const actor = actorOf(viewer);
      if (kind === 'xlsx') {
        const report = await service.importWorkbook(upload.bytes, { dryRun, actor, edits: parseEdits(upload.fields.edits), onlyGoodLines: isOn(query.onlyGoodLines ?? upload.fields.onlyGoodLines) });
        return c.json(report, report.summary.reject && !report.applied ? 422 : 200);
      }
      if (kind === 'gexf' || kind === 'graphml') {
        const report = await service.importGraph(new TextDecoder().decode(upload.bytes), kind, { dryRun, actor });
        return c.json(report, report.summary.reject ? 422 : 200);
      }
      if (!(CSV_KINDS as readonly string[]).includes(kind)) throw new ValidationError(`onbekende soort import '${kind}'`, [{ path: 'kind', message: `kies uit: ${[...CSV_KINDS, 'gexf', 'graphml', 'xlsx'].join(', ')}` }]);
      const sep = query.separator ?? (upload.fields.separator as keyof typeof SEPARATORS | undefined);
      const report = await service.importCsv(upload.bytes, {
        kind: kind as CsvImportKind,
        dryRun,
        separator: sep ? SEPARATORS[sep] : undefined,
        mapping: parseMapping(query.mapping ?? upload.fields.mapping),
        edits: parseEdits(upload.fields.edits),
        onlyGoodLines: isOn(query.onlyGoodLines ?? upload.fields.onlyGoodLines),
        actor,
      });
      return c.json(report, report.summary.reject && !report.applied ? 422 : 200);
    });
}
