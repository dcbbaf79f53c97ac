/** Query-string schemas shared by the routes. */
import { z } from 'zod';
import { isoDate } from '../model/index.ts';
import { ValidationError } from '../errors.ts';
import { parseOrThrow } from '../services/validate.ts';

export const pagingQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
});

/** A comma-separated list in one query parameter: `?kind=persoon,initiatief`. */
export const csvList = z
  .string()
  .max(2000)
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));

/** `?at=` is the day to show the network on; without it, today: what has ended is history, not the current map. */
export const atOrToday = isoDate.optional().transform((value) => value ?? new Date().toISOString().slice(0, 10));

export function parseQuery<S extends z.ZodType>(schema: S, query: Record<string, string>): z.infer<S> {
  return parseOrThrow(schema, query, 'queryparameter');
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new ValidationError('de body is geen geldige JSON', [{ path: '(body)', message: 'geen geldige JSON' }]);
  }
}
