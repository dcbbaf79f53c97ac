/** zod at the edge: parse or throw a ValidationError that names every failing field. */
import type { z } from 'zod';
import { ValidationError, type ErrorIssue } from '../errors.ts';

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what = 'invoer'): z.infer<S> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issues = zodIssues(result.error);
  const first = issues[0]!;
  throw new ValidationError(`ongeldige ${what}: ${first.path}: ${first.message}`, issues);
}

/** A zod error's issues as paths and Dutch messages. */
export function zodIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(geheel)', message: dutchMessage(issue) }));
}

const DUTCH_TYPE: Record<string, string> = { number: 'een getal', int: 'een geheel getal', string: 'tekst', boolean: 'ja of nee (true/false)', array: 'een lijst', object: 'een object', date: 'een datum' };

/** A short, safe rendering of what was sent, for "verwacht een getal, niet 'tien'". */
function shown(input: unknown): string {
  if (typeof input === 'string') return `'${input.length > 40 ? `${input.slice(0, 40)}…` : input}'`;
  if (typeof input === 'number' || typeof input === 'boolean' || input === null) return String(input);
  return Array.isArray(input) ? 'een lijst' : 'een object';
}

function dutchMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is verplicht' : `verwacht ${DUTCH_TYPE[issue.expected] ?? issue.expected}, niet ${shown(issue.input)}`;
    case 'unrecognized_keys':
      return `onbekend veld: ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return `kies uit: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? issue.message : `minimaal ${String(issue.minimum)}`;
    case 'too_big':
      return `maximaal ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}
