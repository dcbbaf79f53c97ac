/**
 * Removing one person from app documents (views, intake lists, events,
 * inventories…) without knowing each document's shape: keys and list entries
 * that are the person go, text that names them is replaced by the pseudonym,
 * and a document that is wholly about them is dropped.
 */
export type Scrubbed = { action: 'keep' } | { action: 'delete' } | { action: 'update'; data: unknown };

const SUBJECT_FIELDS = ['subject', 'nodeId', 'personId', 'from', 'to', 'id'];

export function scrubDocument(data: unknown, personId: string, name: string, pseudonym: string): Scrubbed {
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    if (SUBJECT_FIELDS.some((field) => record[field] === personId)) return { action: 'delete' };
  }
  const text = JSON.stringify(data);
  if (!text.includes(personId) && !(name && text.includes(name))) return { action: 'keep' };
  return { action: 'update', data: scrubValue(data, personId, name, pseudonym) };
}

function mentions(value: unknown, personId: string): boolean {
  if (value === personId) return true;
  if (value && typeof value === 'object' && !Array.isArray(value)) return SUBJECT_FIELDS.some((field) => (value as Record<string, unknown>)[field] === personId);
  return false;
}

function scrubValue(value: unknown, personId: string, name: string, pseudonym: string): unknown {
  if (typeof value === 'string') return (name ? value.split(name).join(pseudonym) : value).split(personId).join(pseudonym);
  if (Array.isArray(value)) return value.filter((item) => !mentions(item, personId)).map((item) => scrubValue(item, personId, name, pseudonym));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, inner]) => key !== personId && !mentions(inner, personId))
        .map(([key, inner]) => [key, scrubValue(inner, personId, name, pseudonym)]),
    );
  }
  return value;
}
