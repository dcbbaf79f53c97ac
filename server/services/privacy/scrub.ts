/**
 * Removing one person from app records (views, intake lists, merges,
 * inventories, duidingen…) without knowing each record's shape: keys and
 * list entries that are the person go, text that names them (in any spelling
 * the data held, case-insensitively) is replaced by the pseudonym, and a
 * record that is wholly about them is dropped.
 */
export type Scrubbed = { action: 'keep' } | { action: 'delete' } | { action: 'update'; data: unknown };

const SUBJECT_FIELDS = ['subject', 'nodeId', 'personId', 'from', 'to', 'id', 'memberId'];

/** Every spelling of a text a search should catch: as stored, composed and decomposed, lower and upper case. */
export function spellings(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    const trimmed = text.trim();
    if (trimmed.length < 2) continue;
    for (const form of [trimmed, trimmed.normalize('NFC'), trimmed.normalize('NFD')]) {
      out.add(form);
      out.add(form.toLocaleLowerCase('nl'));
      out.add(form.toLocaleUpperCase('nl'));
    }
  }
  return [...out];
}

export interface Person {
  id: string;
  /** The names and other identifying texts the data held (current and former). */
  texts: readonly string[];
  pseudonym: string;
}

export function scrubRecord(data: unknown, person: Person): Scrubbed {
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    if (SUBJECT_FIELDS.some((field) => record[field] === person.id)) return { action: 'delete' };
  }
  const pattern = namePattern(person);
  const text = JSON.stringify(data);
  if (!text.includes(person.id) && !(pattern && pattern.test(text))) return { action: 'keep' };
  return { action: 'update', data: scrubValue(data, person, pattern) };
}

function namePattern(person: Person): RegExp | undefined {
  const forms = spellings(person.texts).sort((a, b) => b.length - a.length);
  if (!forms.length) return undefined;
  return new RegExp(forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
}

function mentions(value: unknown, personId: string): boolean {
  if (value === personId) return true;
  if (value && typeof value === 'object' && !Array.isArray(value)) return SUBJECT_FIELDS.some((field) => (value as Record<string, unknown>)[field] === personId);
  return false;
}

function scrubValue(value: unknown, person: Person, pattern: RegExp | undefined): unknown {
  if (typeof value === 'string') return (pattern ? value.replace(pattern, person.pseudonym) : value).split(person.id).join(person.pseudonym);
  if (Array.isArray(value)) return value.filter((item) => !mentions(item, person.id)).map((item) => scrubValue(item, person, pattern));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, inner]) => key !== person.id && !mentions(inner, person.id))
        .map(([key, inner]) => [key, scrubValue(inner, person, pattern)]),
    );
  }
  return value;
}
