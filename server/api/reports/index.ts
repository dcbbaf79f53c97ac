/**
 * The report library and personal reports.
 *   GET    /api/reports                 the library: id, title, description, params, columns
 *   GET    /api/reports/personal        your saved queries (beheerder, analist)
 *   POST   /api/reports/personal        save a query {title, description?, cypher, params?}
 *   DELETE /api/reports/personal/:id
 *   POST   /api/reports/personal/:id/run {params}   on the free copy, like the console
 *   POST   /api/reports/:id/run         {params} → {columns, rows}; ?format=csv|json downloads
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import { NotFoundError } from '../../errors.ts';
import { rowsToCsv } from '../../services/reports/csv.ts';
import { assertReadOnly } from '../../services/reports/guard.ts';
import { describeReport, reportLibrary } from '../../services/reports/library.ts';
import type { PersonalReport, QueryResult, ReportDefinition, ReportList } from '../../model/wire/reports.ts';
import { parseOrThrow } from '../../services/validate.ts';
import { readJson } from '../body.ts';
import { viewerOf } from '../middleware/session.ts';
import { parseQuery } from '../params.ts';
import { download } from './shared.ts';

const runBody = z.object({ params: z.record(z.string().max(100), z.unknown()).default({}) }).strict();
const formatQuery = z.object({ format: z.enum(['csv', 'json']).optional() });

async function respond(c: Context, id: string, result: QueryResult) {
  const { format } = parseQuery(formatQuery, c.req.query());
  const names = result.columns.map((column) => column.name);
  if (format === 'csv') return download(c, rowsToCsv(names, result.rows), `${id}.csv`, 'text/csv; charset=utf-8');
  if (format === 'json') return download(c, JSON.stringify({ columns: result.columns, rows: result.rows }, null, 2), `${id}.json`, 'application/json; charset=utf-8');
  return c.json(result);
}

async function bodyOf(c: Context): Promise<unknown> {
  return c.req.header('content-length') === '0' || !c.req.header('content-type') ? {} : readJson(c);
}

export function reportRoutes({ personalReports, reports }: AppServices) {
  return new Hono()
    .get('/', (c) => c.json({ reports: [...reportLibrary().values()].map(describeReport) } satisfies ReportList<ReportDefinition>))
    .get('/personal', (c) => c.json({ reports: personalReports.list(viewerOf(c)) } satisfies ReportList<PersonalReport>))
    .post('/personal', async (c) => c.json(personalReports.save(viewerOf(c), await readJson(c), assertReadOnly), 201))
    .delete('/personal/:id', (c) => {
      personalReports.remove(viewerOf(c), c.req.param('id'));
      return c.body(null, 204);
    })
    .post('/personal/:id/run', async (c) => {
      const viewer = viewerOf(c);
      const report = personalReports.get(viewer, c.req.param('id'));
      const { params } = parseOrThrow(runBody, await bodyOf(c), 'invoer');
      return respond(c, report.id, await reports.runPersonal(viewer, report, params));
    })
    .post('/:id/run', async (c) => {
      const viewer = viewerOf(c);
      const report = reportLibrary().get(c.req.param('id'));
      if (!report) throw new NotFoundError('rapport', c.req.param('id'));
      const { params } = parseOrThrow(runBody, await bodyOf(c), 'invoer');
      const result = await reports.run(viewer, report, params);
      return respond(c, report.id, result);
    });
}
