/**
 * GEXF and GraphML import, so that a Gephi or yEd user can bring a network in.
 *
 * Node attributes map onto the model: `kind` (persoon, organisatie… or the
 * label Persoon, Organisatie…; required, unknown kinds are rejected naming the
 * node), `name` (else the GEXF label, else the key), and the model's fields
 * (`roles` as "a|b" or "a, b"). Edge attribute `type` (else the label) is the
 * tie type. Node keys that are model ids of the right kind are kept; other keys
 * (Gephi's n0, n1…) become new ids and are kept as `externalId`, so importing
 * the same file twice matches the same nodes. Like the CSV import, it is
 * planned first and written only when nothing is rejected.
 */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import {
  NODE_FIELDS,
  NODE_ID_PREFIX,
  NODE_KINDS,
  NODE_LABEL,
  NODE_PROPERTIES,
  PROVENANCE_FIELDS,
  TIE_PROPERTIES,
  allowedPair,
  idRest,
  isPersonalTie,
  kindOfNodeId,
  optionalWithoutDefaults,
  tieFields,
  typeOfTieId,
  type GraphNode,
  type GraphTie,
  type NetworkData,
  type NodeKind,
} from '../../model/index.ts';
import { ValidationError } from '../../errors.ts';
import { newNodeId, newTieId } from '../ids.ts';
import type { Actor } from '../write/types.ts';
import { parseTieType } from './columns.ts';
import { partialFields, type ImportPlan } from './csv-import.ts';

const PARTIAL_TIE_FIELDS = optionalWithoutDefaults(tieFields);
import { NetworkIndex } from './network-index.ts';
import type { ElementReport, GraphFormat, GraphImportReport, LineAction } from '../../model/wire/import.ts';

export function detectGraphFormat(text: string, fileName = ''): GraphFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.gexf')) return 'gexf';
  if (lower.endsWith('.graphml')) return 'graphml';
  const head = text.slice(0, 2000);
  if (/<gexf[\s>]/.test(head)) return 'gexf';
  if (/<graphml[\s>]/.test(head)) return 'graphml';
  return undefined;
}

function parseGraph(text: string, format: GraphFormat): Graph {
  try {
    const options = { allowUndeclaredAttributes: true, addMissingNodes: false };
    return format === 'gexf' ? parseGexf(Graph, text, options) : (parseGraphml(Graph, text, options as never) as Graph);
  } catch (error) {
    throw new ValidationError(`het ${format.toUpperCase()}-bestand kan niet gelezen worden: ${error instanceof Error ? error.message : String(error)}`, [
      { path: '(bestand)', message: error instanceof Error ? error.message : String(error) },
    ]);
  }
}

function kindOf(value: unknown): NodeKind | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.trim().toLowerCase();
  return NODE_KINDS.find((kind) => kind === lower || NODE_LABEL[kind].toLowerCase() === lower);
}

const INTEGER_FIELDS = new Set(['strength', 'trust', 'count']);

/** Attributes as the model wants them: lists split, numbers for integer fields, strings elsewhere. */
function modelValues(attributes: Record<string, unknown>, allowed: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const field of allowed) {
    const value = attributes[field];
    if (value === undefined || value === null || value === '') continue;
    if (field === 'roles') result.roles = Array.isArray(value) ? value.map(String) : String(value).split(/[|,]/).map((role) => role.trim()).filter(Boolean);
    else if (INTEGER_FIELDS.has(field)) result[field] = typeof value === 'number' ? value : Number(String(value).trim());
    else result[field] = String(value);
  }
  return result;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

export function planGraphImport(text: string, format: GraphFormat, network: NetworkData, options: { actor: Actor; now?: Date }) {
  const graph = parseGraph(text, format);
  const index = new NetworkIndex(network);
  const recordedAt = (options.now ?? new Date()).toISOString();
  const plan: ImportPlan = { creates: { nodes: [], ties: [] }, nodeUpdates: [], tieUpdates: [] };
  const items: ElementReport[] = [];
  const idOfKey = new Map<string, string>();

  graph.forEachNode((key, attributes) => {
    const kind = kindOf(attributes.kind ?? attributes.label_kind);
    if (!kind) {
      const message = attributes.kind === undefined ? "attribuut 'kind' ontbreekt" : `onbekende kind '${String(attributes.kind)}' (kies uit: ${NODE_KINDS.join(', ')})`;
      items.push({ element: 'node', key, action: 'reject', errors: [{ field: 'kind', message }] });
      return;
    }
    const fields = modelValues(attributes, NODE_PROPERTIES);
    fields.name ??= typeof attributes.label === 'string' && attributes.label ? attributes.label : key;
    const keepsKey = kindOfNodeId(key) === kind && idRest.safeParse(key.slice(NODE_ID_PREFIX[kind].length + 1)).success;
    if (!keepsKey) fields.externalId ??= key;
    const existing = keepsKey ? index.nodes.get(key) : index.byExternal(kind, String(fields.externalId));
    // Like the CSV import: a person without roles is a bewoner.
    if (!existing && kind === 'persoon' && !fields.roles) fields.roles = ['bewoner'];
    const schema = existing ? partialFields(kind) : NODE_FIELDS[kind];
    const parsed = schema.safeParse(fields);
    if (!parsed.success) {
      items.push({ element: 'node', key, action: 'reject', errors: parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message })) });
      return;
    }
    const values = parsed.data as Record<string, unknown>;
    if (existing) {
      idOfKey.set(key, existing.id);
      const changes: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(values)) if (value !== undefined && fields[field] !== undefined && !sameValue(existing[field], value)) changes[field] = value;
      if (Object.keys(changes).length) plan.nodeUpdates.push({ id: existing.id, changes });
      items.push({ element: 'node', key, action: Object.keys(changes).length ? 'update' : 'unchanged', id: existing.id });
      return;
    }
    const node = { ...values, id: keepsKey ? key : newNodeId(kind), kind } as GraphNode;
    idOfKey.set(key, node.id);
    plan.creates.nodes.push(node);
    index.addNode(node);
    items.push({ element: 'node', key, action: 'create', id: node.id });
  });

  graph.forEachEdge((key, attributes, source, target) => {
    const reject = (field: string, message: string) => items.push({ element: 'edge', key, action: 'reject', errors: [{ field, message }] });
    const typeText = attributes.type ?? attributes.label;
    if (typeof typeText !== 'string' || !typeText) return reject('type', "attribuut 'type' ontbreekt");
    const type = parseTieType(typeText);
    if (!type.ok) return reject('type', type.message);
    const from = idOfKey.get(source);
    const to = idOfKey.get(target);
    if (!from || !to) return reject(from ? 'target' : 'source', `knoop '${from ? target : source}' is afgewezen of bestaat niet`);
    const fromKind = kindOfNodeId(from)!;
    const toKind = kindOfNodeId(to)!;
    if (!allowedPair(type.value, fromKind, toKind)) return reject('type', `een ${type.value}-band kan niet van ${fromKind} naar ${toKind} lopen`);
    const values = modelValues(attributes, TIE_PROPERTIES.filter((field) => !(PROVENANCE_FIELDS as readonly string[]).includes(field)));
    const existing = (typeOfTieId(key) === type.value ? index.tiesById.get(key) : undefined) ?? index.findTie(type.value, from, to);
    const parsed = (existing ? PARTIAL_TIE_FIELDS : tieFields).safeParse(values);
    if (!parsed.success) {
      items.push({ element: 'edge', key, action: 'reject', errors: parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message })) });
      return;
    }
    if (existing) {
      const changes: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(parsed.data)) if (value !== undefined && values[field] !== undefined && !sameValue((existing as Record<string, unknown>)[field], value)) changes[field] = value;
      if (Object.keys(changes).length) plan.tieUpdates.push({ id: existing.id, changes });
      items.push({ element: 'edge', key, action: Object.keys(changes).length ? 'update' : 'unchanged', id: existing.id });
      return;
    }
    if (index.findTie(type.value, from, to)) return reject('target', `dubbel: dezelfde ${type.value}-band staat al eerder in het bestand`);
    const keepsKey = typeOfTieId(key) === type.value && idRest.safeParse(key.slice(key.indexOf('.') + 1)).success;
    const tie = {
      ...parsed.data,
      // A tie that carries its provenance keeps it as written; one without is stamped as recorded by this import.
      ...(values.source ? {} : { source: 'import' as const, recordedBy: parsed.data.recordedBy ?? options.actor.username, recordedAt: parsed.data.recordedAt ?? recordedAt }),
      ...(isPersonalTie(type.value) && !parsed.data.consentBasis ? { consentBasis: 'gerechtvaardigd_belang' as const } : {}),
      id: keepsKey ? key : newTieId(type.value),
      type: type.value,
      from,
      to,
    } as GraphTie;
    plan.creates.ties.push(tie);
    index.addTie(tie);
    items.push({ element: 'edge', key, action: 'create', id: tie.id });
  });

  const count = (action: LineAction) => items.filter((item) => item.action === action).length;
  const summary = { nodes: graph.order, edges: graph.size, create: count('create'), update: count('update'), unchanged: count('unchanged'), reject: count('reject') };
  return { plan, items, summary };
}
