/**
 * Shared primitives of the wijknetwerk model: dates, ids and provenance.
 * Dates are ISO strings (YYYY-MM-DD) in both stores, so that comparisons work
 * the same on Kùzu and Neo4j and no engine-specific date type leaks out.
 */
import { z } from 'zod';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'verwacht een datum als JJJJ-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'geen geldige datum');

export const isoDateTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'geen geldig tijdstip');

/** Ids are `<prefix>_<rest>`: the prefix names the node kind or tie type, so a lookup never scans. */
export const idRest = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9_-]+$/, 'alleen letters, cijfers, - en _');

export const TIE_SOURCES = ['intake', 'sneeuwbal', 'inventarisatie', 'import', 'handmatig', 'demo'] as const;
export const tieSource = z.enum(TIE_SOURCES);

export const CONSENT_BASES = ['toestemming', 'gerechtvaardigd_belang', 'geen'] as const;
export const consentBasis = z.enum(CONSENT_BASES);
export type ConsentBasis = z.infer<typeof consentBasis>;

/**
 * Free text: trimmed, in Unicode's composed form (so that "é" is one
 * spelling, whatever keyboard or file it came from), bounded, and without
 * control characters other than tab and line breaks (they have no place in
 * names or notes, and they break exports and the store's bulk read). Every
 * write path validates through these schemas.
 */
export function text(max: number) {
  return z
    .string()
    .trim()
    .normalize('NFC')
    .max(max)
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ue000-\uf8ff]*$/, 'bevat ongeldige tekens');
}

/**
 * The fields of an object schema, all optional and without their defaults:
 * what an update may carry. (zod's own `.partial()` keeps defaults, so an
 * update that leaves a field out would reset it to its default.)
 */
type WithoutDefaults<Shape extends z.ZodRawShape> = { [K in keyof Shape]: Shape[K] extends z.ZodDefault<infer Inner> ? Inner : Shape[K] };

export function optionalWithoutDefaults<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  const shape = Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => [key, field instanceof z.ZodDefault ? field.unwrap() : field]));
  return z.object(shape as WithoutDefaults<Shape>).partial();
}
