/** Query-string schemas shared by the routes. Every number is bounded before it reaches a service or the engine. */
import { z } from 'zod';
import { isoDate } from '../model/index.ts';
import { ValidationError } from '../errors.ts';
import { parseOrThrow } from '../services/validate.ts';

/** No list is longer: an offset past it can only be a mistake (and the engine crashes on 2^31). */
export const MAX_OFFSET = 10_000_000;

export const pagingQuery = z.object({
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
});

/** A comma-separated list in one query parameter: `?kind=persoon,initiatief`. */
export const csvList = z
  .string()
  .max(2000)
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(120)).max(100));

/** `?at=` is the day to show the network on; without it, today: what has ended is history, not the current map. */
export const atOrToday = isoDate.optional().transform((value) => value ?? new Date().toISOString().slice(0, 10));

export function parseQuery<S extends z.ZodType>(schema: S, query: Record<string, string>): z.infer<S> {
  return parseOrThrow(schema, query, 'queryparameter');
}

/** The version a change was made on, from `If-Match: "3"` (or a weak `W/"3"`); undefined without one. */
export function ifMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw new ValidationError('If-Match moet een versie zijn, zoals "3"', [{ path: 'If-Match', message: 'geen versie' }]);
  return Number(match[1]);
}

/** The ETag of a version. */
export function etag(version: number | undefined): string {
  return `"${version ?? 0}"`;
}
