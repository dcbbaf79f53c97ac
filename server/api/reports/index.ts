/**
 * The report library and personal reports.
 *   GET    /api/reports                 the library: id, title, description, params, columns
 *   GET    /api/reports/personal        the current user's saved queries
 *   POST   /api/reports/personal        save a query {title, description?, cypher, params?}
 *   DELETE /api/reports/personal/:id
 *   POST   /api/reports/personal/:id/run {params}
 *   POST   /api/reports/:id/run         {params} → {columns, rows}; ?format=csv|json downloads
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import { NotFoundError } from '../../errors.ts';
import { rowsToCsv } from '../../services/reports/csv.ts';
import { assertReadOnly } from '../../services/reports/guard.ts';
import { describeReport, reportLibrary } from '../../services/reports/library.ts';
import { parseReportParams } from '../../services/reports/params.ts';
import { PARAM_TYPES, type ReportParam } from '../../services/reports/report-file.ts';
import { runFreeQuery, runReport, type QueryResult } from '../../services/reports/runner.ts';
import { parseOrThrow } from '../../services/validate.ts';
import { parseQuery, readJson } from '../params.ts';
import { currentUser, download, freeQueryTarget, pseudonymiserFor } from './shared.ts';

export const PERSONAL_REPORTS = 'personal-reports';

const runBody = z.object({ params: z.record(z.string(), z.unknown()).default({}) }).strict();
const formatQuery = z.object({ format: z.enum(['csv', 'json']).optional() });

export const personalReportBody = z
  .object({
    title: z.string().trim().min(1, 'titel is verplicht').max(200),
    description: z.string().trim().max(2000).default(''),
    cypher: z.string().min(1, 'query is verplicht').max(20_000),
    params: z
      .array(z.object({ name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), type: z.enum(PARAM_TYPES), default: z.union([z.string(), z.number()]) }).strict())
      .max(20)
      .default([]),
  })
  .strict();

export interface PersonalReport extends z.infer<typeof personalReportBody> {
  id: string;
  owner: string;
  savedAt: string;
}

function ownerOf(c: Context): string {
  return currentUser(c)?.user.username ?? 'anoniem';
}

async function respond(c: Context, id: string, result: QueryResult) {
  const { format } = parseQuery(formatQuery, c.req.query());
  const names = result.columns.map((column) => column.name);
  if (format === 'csv') return download(c, rowsToCsv(names, result.rows), `${id}.csv`, 'text/csv; charset=utf-8');
  if (format === 'json') return download(c, JSON.stringify({ columns: result.columns, rows: result.rows }, null, 2), `${id}.json`, 'application/json; charset=utf-8');
  return c.json(result);
}

export function reportRoutes(services: AppServices) {
  const { store } = services;
  return new Hono()
    .get('/', (c) => c.json({ reports: [...reportLibrary().values()].map(describeReport) }))
    .get('/personal', async (c) => {
      const owner = ownerOf(c);
      const documents = await store.listDocuments<PersonalReport>(PERSONAL_REPORTS, { prefix: `${owner}.`, limit: 1000 });
      return c.json({ reports: documents.map((document) => document.data) });
    })
    .post('/personal', async (c) => {
      const body = parseOrThrow(personalReportBody, await readJson(c.req.raw), 'rapport');
      assertReadOnly(body.cypher);
      const owner = ownerOf(c);
      const id = `${owner}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      const report: PersonalReport = { ...body, id, owner, savedAt: new Date().toISOString() };
      await store.putDocument(PERSONAL_REPORTS, id, report);
      return c.json(report, 201);
    })
    .delete('/personal/:id', async (c) => {
      const id = c.req.param('id');
      if (!id.startsWith(`${ownerOf(c)}.`) || !(await store.deleteDocument(PERSONAL_REPORTS, id))) throw new NotFoundError('persoonlijk rapport', id);
      return c.body(null, 204);
    })
    .post('/personal/:id/run', async (c) => {
      const id = c.req.param('id');
      const report = id.startsWith(`${ownerOf(c)}.`) ? await store.getDocument<PersonalReport>(PERSONAL_REPORTS, id) : null;
      if (!report) throw new NotFoundError('persoonlijk rapport', id);
      const { params } = parseOrThrow(runBody, await readJson(c.req.raw), 'invoer');
      const values = parseReportParams(report.params as ReportParam[], params);
      const result = await runFreeQuery(freeQueryTarget(c, services), report.cypher, values, { pseudonymise: pseudonymiserFor(c) });
      return respond(c, id, result);
    })
    .post('/:id/run', async (c) => {
      const id = c.req.param('id');
      const report = reportLibrary().get(id);
      if (!report) throw new NotFoundError('rapport', id);
      const raw = c.req.header('content-length') === '0' ? {} : await readJson(c.req.raw);
      const { params } = parseOrThrow(runBody, raw, 'invoer');
      const result = await runReport(store, report, params, { pseudonymise: pseudonymiserFor(c) });
      return respond(c, id, result);
    });
}
