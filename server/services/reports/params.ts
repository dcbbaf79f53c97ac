/**
 * Report parameters: a zod schema per report, built from its `@param` lines.
 * Values arrive as JSON or as strings (query string, form); ints are coerced.
 * Dates accept `YYYY-MM-DD` or a date relative to today: `today`, `today-6m`,
 * `today-30d`, `today-1y` (also as defaults in a header).
 */
import { z } from 'zod';
import { isoDate, NODE_ID_PREFIX } from '../../model/index.ts';
import { parseOrThrow } from '../validate.ts';
import type { ParamType, ReportParam } from '../../model/wire/reports.ts';

const RELATIVE_DATE = /^today(?:-(\d{1,4})([dmy]))?$/;

export function resolveDate(value: string, now = new Date()): string {
  const match = RELATIVE_DATE.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const amount = Number(match[1] ?? 0);
  if (match[2] === 'd') date.setUTCDate(date.getUTCDate() - amount);
  if (match[2] === 'm') date.setUTCMonth(date.getUTCMonth() - amount);
  if (match[2] === 'y') date.setUTCFullYear(date.getUTCFullYear() - amount);
  return date.toISOString().slice(0, 10);
}

/** An id of a node kind, or '' for "all". */
const idOf = (prefix: string, what: string) =>
  z.string().trim().max(120).refine((value) => value === '' || (value.startsWith(`${prefix}_`) && /^[A-Za-z0-9_-]+$/.test(value)), `verwacht een ${what}-id (${prefix}_…) of leeg`);

export function paramSchema(type: ParamType): z.ZodType {
  switch (type) {
    case 'int':
      // A form sends "10"; anything else that is not a whole number is named in the error.
      return z.preprocess(
        (value) => (typeof value === 'string' && /^\s*-?\d{1,7}\s*$/.test(value) ? Number(value) : value),
        z.number().int('verwacht een geheel getal').min(-1_000_000).max(1_000_000),
      );
    case 'date':
      return z
        .string()
        .trim()
        .transform((value) => resolveDate(value))
        .pipe(isoDate);
    case 'periode':
      return z.string().trim().regex(/^(\d{4}-Q[1-4])?$/, 'verwacht een periode als JJJJ-Qn, bijvoorbeeld 2024-Q3, of leeg');
    case 'string':
      return z.string().max(500);
    default:
      return idOf(NODE_ID_PREFIX[type], type);
  }
}

export function reportParamsSchema(params: readonly ReportParam[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const param of params) {
    const fallback = param.type === 'date' ? resolveDate(String(param.default)) : param.default;
    // An empty form field means the default, as a missing one does.
    const missing = (value: unknown) => value === undefined || value === null || (param.type === 'int' && typeof value === 'string' && !value.trim());
    const schema = param.required ? paramSchema(param.type).refine((value) => value !== '', `kies een ${param.type}`) : paramSchema(param.type);
    shape[param.name] = z.preprocess((value) => (missing(value) ? fallback : value), schema);
  }
  return z.object(shape).strict();
}

/** Validates and fills in defaults; throws a 400 naming the parameter. */
export function parseReportParams(params: readonly ReportParam[], raw: unknown): Record<string, unknown> {
  return parseOrThrow(reportParamsSchema(params), raw ?? {}, 'parameter') as Record<string, unknown>;
}
