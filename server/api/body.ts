/**
 * Reading a JSON body within bounds. The body must say it is JSON (so that a
 * cross-site form can't post one), and its shape is checked before it is
 * parsed: nesting, number of values and string lengths are bounded, because
 * what reaches the native database engine must never be able to crash it.
 */
import type { Context } from 'hono';
import { AppError, ValidationError } from '../errors.ts';

export const JSON_LIMITS = {
  /** Levels of nesting. */
  depth: 16,
  /** Values (object members and array items) in the whole body. */
  values: 200_000,
} as const;

export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError(415, 'unsupported_media_type', 'stuur de gegevens als JSON (Content-Type: application/json)', [{ path: '(body)', message: 'geen JSON' }]);
  }
  const text = await c.req.text();
  checkShape(text);
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError('de body is geen geldige JSON', [{ path: '(body)', message: 'geen geldige JSON' }]);
  }
}

/** One pass over the text, outside strings, counting brackets and separators. */
export function checkShape(text: string): void {
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 92) index++;
      else if (char === 34) inString = false;
      continue;
    }
    if (char === 34) inString = true;
    else if (char === 123 || char === 91) {
      if (++depth > JSON_LIMITS.depth) throw new ValidationError(`de gegevens zijn te diep genest (meer dan ${JSON_LIMITS.depth} niveaus)`, [{ path: '(body)', message: 'te diep genest' }]);
      values++;
    } else if (char === 125 || char === 93) depth--;
    else if (char === 44 && ++values > JSON_LIMITS.values) throw new ValidationError(`de gegevens bevatten te veel waarden (meer dan ${JSON_LIMITS.values})`, [{ path: '(body)', message: 'te veel waarden' }]);
  }
}
