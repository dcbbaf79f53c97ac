/** zod at the edge: parse or throw a ValidationError that names every failing field. */
import type { z } from 'zod';
import { ValidationError, type ErrorIssue } from '../errors.ts';

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what = 'invoer'): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = zodIssues(result.error);
  const first = issues[0]!;
  throw new ValidationError(`ongeldige ${what}: ${first.path}: ${first.message}`, issues);
}

/** A zod error's issues as paths and Dutch messages. */
export function zodIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(geheel)', message: dutchMessage(issue) }));
}

function dutchMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is verplicht' : `verwacht ${issue.expected}`;
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
