/**
 * The server's errors as Dutch sentences: each issue next to the field it is
 * about, the rest as one sentence above the form. The server's own texts are
 * short and technical ("minimaal 1", "knoop 'per_12' bestaat niet"); what a
 * user reads is a sentence that names the field, and never an id.
 */
import { capitalize } from './format.ts';
import { nl } from './nl.ts';

/** What the API answers on an error: `{error: {code, message, issues: [{path, message}]}}` and its status (0: no connection). */
export interface ServerError {
  status: number;
  code: string;
  message: string;
  issues: readonly { path: string; message: string }[];
}

/** Fields whose limits are numbers rather than lengths. */
const NUMBERS = new Set(['strength', 'trust', 'count']);

/** The field's label without what the form adds in brackets: "Sterkte (1–5)" → "Sterkte". */
function label(field: string): string {
  return (nl.fields[field] ?? field).replace(/\s*\(.*\)$/, '');
}

/** Ids in quotes ('per_0012', 'kent.8f3k2') say nothing to a user. */
function withoutIds(text: string): string {
  return text.replace(/\s*'[a-z]+[_.][A-Za-z0-9_.-]*'/g, '');
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return capitalize(/[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`);
}

function refused(message: string): string {
  return /buiten uw gebied|niet in uw gebied/.test(message) ? nl.errors.outsideScope : nl.errors.forbidden;
}

/** One issue of the server about `field`, as a sentence to show next to it. */
export function issueSentence(field: string, message: string, status: number): string {
  const name = label(field);
  const t = nl.errors.field;
  if (status === 403) return refused(message);
  if (status === 412) return nl.conflict.changed;
  if (/bestaat niet/.test(message)) return field === 'to' || field === 'from' ? nl.errors.noSuchNode : t.gone(name);
  if (message === 'is verplicht') return t.required(name);
  let match = /^minimaal (\S+)$/.exec(message);
  if (match) return t.atLeast(name, match[1]!);
  match = /^maximaal (\S+)$/.exec(message);
  if (match) return NUMBERS.has(field) ? t.atMost(name, match[1]!) : t.tooLong(name, match[1]!);
  if (message.startsWith('kies uit:')) return t.choose(name);
  if (message.startsWith('verwacht een datum') || message === 'geen geldige datum') return t.date(name);
  match = /^verwacht (.+?), niet /.exec(message);
  if (match) return t.expected(name, match[1]!);
  if (message === 'bevat ongeldige tekens') return t.characters(name);
  if (message.startsWith('onbekend veld')) return t.unknownField(name);
  if (/^er bestaat al een/.test(message)) return nl.errors.exists;
  if (/kan niet van \w+ naar \w+ lopen/.test(message)) return nl.errors.wrongEnds;
  if (/dezelfde knoop/.test(message)) return nl.errors.sameNode;
  if (message.startsWith('is ')) return sentence(`${name} ${withoutIds(message)}`);
  return sentence(`${name}: ${withoutIds(message)}`);
}

/** An error without issues (or with issues about no field of the form), as one sentence. */
export function errorSentence(error: ServerError): string {
  if (error.status === 0) return nl.errors.network;
  if (error.status === 403) return refused(error.message);
  if (error.status === 404) return nl.errors.notFound;
  if (error.status === 412) return nl.conflict.changed;
  if (error.status >= 500) return nl.errors.server;
  const issue = error.issues[0];
  if (issue) return issueSentence(issue.path.split('.')[0]!, issue.message, error.status);
  return sentence(withoutIds(error.message));
}

/**
 * The error for a form with these fields: a sentence per field it is about,
 * and one on top, for what is about no field of the form (or, when every
 * issue is next to its field, a pointer to them).
 */
export function explainError(error: ServerError, fields: readonly string[]): { fields: Record<string, string>; message: string } {
  const shown = new Set(fields);
  const byField: Record<string, string> = {};
  const rest: string[] = [];
  for (const issue of error.issues) {
    const field = issue.path.split('.')[0]!;
    const text = issueSentence(field, issue.message, error.status);
    if (shown.has(field)) byField[field] ??= text;
    else if (!rest.includes(text)) rest.push(text);
  }
  if (!error.issues.length) return { fields: byField, message: errorSentence(error) };
  return { fields: byField, message: rest.length ? rest.join(' ') : nl.errors.fieldsBelow };
}
