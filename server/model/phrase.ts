/**
 * Dutch sentences that name nodes without holding their names. Analyses write
 * `say\`${ref(id)} heeft geen enkele sociale band.\``; the sentence keeps the
 * node id, and only when it is rendered for one viewer does the id become a
 * name, a pseudonym or "een bewoner", whatever that viewer may see. So a
 * finding is computed once and shown to every role without rewriting text.
 */

/** A reference to a node inside a sentence. */
export interface NodeRef {
  ref: string;
}

export type PhrasePart = string | NodeRef;
/** A sentence: text with node references in it. */
export type Phrase = readonly PhrasePart[];

export function ref(id: string): NodeRef {
  return { ref: id };
}

const PHRASE = Symbol('phrase');

function isPhrase(value: unknown): value is Phrase {
  return Array.isArray(value) && (value as unknown as Record<symbol, unknown>)[PHRASE] === true;
}

function branded(parts: PhrasePart[]): Phrase {
  Object.defineProperty(parts, PHRASE, { value: true });
  return parts;
}

function isRef(value: unknown): value is NodeRef {
  return !!value && typeof value === 'object' && typeof (value as NodeRef).ref === 'string';
}

/**
 * Tagged template for a phrase: `${ref(id)}` becomes a reference, a nested
 * phrase (from `say` or `listOf`) is spliced in, anything else is turned into
 * text as a template literal would.
 * @example say`${ref('per_1')} kent ${3} mensen`  // [{ref:'per_1'}, ' kent 3 mensen']
 */
export function say(strings: TemplateStringsArray, ...values: unknown[]): Phrase {
  const parts: PhrasePart[] = [];
  strings.forEach((text, index) => {
    append(parts, text);
    if (index >= values.length) return;
    const value = values[index];
    if (isRef(value)) append(parts, value);
    else if (isPhrase(value)) value.forEach((part) => append(parts, part));
    else append(parts, String(value));
  });
  return branded(parts);
}

/** Adds a part, merging adjacent text. */
function append(parts: PhrasePart[], part: PhrasePart): void {
  if (typeof part !== 'string') parts.push(part);
  else if (part === '') return;
  else if (typeof parts[parts.length - 1] === 'string') parts[parts.length - 1] += part;
  else parts.push(part);
}

/** A Dutch enumeration of phrases: "a", "a en b", "a, b en c". */
export function listOf(items: readonly Phrase[]): Phrase {
  const parts: PhrasePart[] = [];
  items.forEach((item, index) => {
    if (index > 0) append(parts, index === items.length - 1 ? ' en ' : ', ');
    item.forEach((part) => append(parts, part));
  });
  return branded(parts);
}

/** The node ids a phrase refers to. */
export function refsOf(phrase: Phrase): string[] {
  return phrase.filter(isRef).map((part) => part.ref);
}

/** A phrase of text only. */
export function plain(text: string): Phrase {
  return branded(text ? [text] : []);
}

/** The phrase as text, each reference written by `label`. */
export function renderPhrase(phrase: Phrase, label: (id: string) => string): string {
  return phrase.map((part) => (typeof part === 'string' ? part : label(part.ref))).join('');
}

// References inside plain text. Analyses that build their Dutch sentences from
// node names run on a network whose person names are these markers, so a
// result holds ids where names would be, and becomes text for one viewer only
// when it is rendered. Stored text cannot contain the private-use characters
// that delimit them (see `text()` in common.ts), so no name can forge one.
const OPEN = '\ue000';
const CLOSE = '\ue001';
const MARKER = /\ue000([^\ue000\ue001]{1,120})\ue001/g;

/** The text that stands for a node until it is rendered. */
export function refText(id: string): string {
  return `${OPEN}${id}${CLOSE}`;
}

/** Every marker in every string of a JSON value, rendered by `label`. Non-string values are kept as they are. */
export function renderRefText<T>(value: T, label: (id: string) => string): T {
  const render = (item: unknown): unknown => {
    if (typeof item === 'string') return item.includes(OPEN) ? item.replace(MARKER, (_match, id: string) => label(id)) : item;
    if (Array.isArray(item)) return item.map(render);
    if (item && typeof item === 'object') return Object.fromEntries(Object.entries(item).map(([key, entry]) => [key, render(entry)]));
    return item;
  };
  return render(value) as T;
}
