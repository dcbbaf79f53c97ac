/**
 * From a write request to a checked plan: every change is validated against
 * the model and applied to an overlay of the current network, in order, so a
 * later change can use what an earlier one created (a person, then a tie to
 * them). The net difference per node and tie, before against after, becomes
 * the store write, the history changes and the cache update. Nothing here
 * touches the store.
 */
import type { z } from 'zod';
import {
  NODE_FIELDS,
  NODE_ID_PREFIX,
  allowedPair,
  isPersonalTie,
  kindOfNodeId,
  nodeCreateSchema,
  nodeKind,
  nodeUpdateSchema,
  nodeWholeSchema,
  tieCreateSchema,
  tieFields,
  tieIdPrefix,
  tieUpdateSchema,
  typeOfTieId,
  type GraphNode,
  type GraphTie,
} from '../../model/index.ts';
import type { StoreWrite } from '../../store/types.ts';
import { newNodeId, newTieId } from '../ids.ts';
import type { NetworkCache } from '../network-cache.ts';
import { zodIssues } from '../validate.ts';
import type { Change, WriteProblem, WriteRequest } from './types.ts';

type Entity = GraphNode | GraphTie;

/** What happened to one node or tie, net over the whole request. */
export interface EntityChange {
  op: 'create' | 'update' | 'delete';
  entity: 'node' | 'tie';
  id: string;
  before?: Entity;
  after?: Entity;
  /** The first change in the request that touched it. */
  index: number;
}

export interface WritePlan {
  changes: EntityChange[];
  problems: WriteProblem[];
  store: Required<{ [K in keyof StoreWrite]: NonNullable<StoreWrite[K]>[number][] }>;
}

interface Slot<T extends Entity> {
  before?: T;
  after: T | null;
  index: number;
}

/** Properties only the write service sets. */
/** What identifies an entity rather than describes it. A node's `type` (organisation type, place type) is a field; a tie's `type` is its identity. */
const NODE_IDENTITY = ['id', 'kind', 'version'];
const TIE_IDENTITY = ['id', 'type', 'from', 'to', 'version'];
const identityOf = (entity: Entity) => ('from' in entity ? TIE_IDENTITY : NODE_IDENTITY);

export function planWrite(request: WriteRequest, cache: NetworkCache, now = new Date().toISOString()): WritePlan {
  const nodes = new Map<string, Slot<GraphNode>>();
  const ties = new Map<string, Slot<GraphTie>>();
  const problems: WriteProblem[] = [];
  /** Ties created in this request, per endpoint (the cache knows the others). */
  const createdTiesAt = new Map<string, Set<string>>();

  const currentNode = (id: string): GraphNode | undefined => {
    const slot = nodes.get(id);
    return slot ? (slot.after ?? undefined) : cache.nodeNow(id);
  };
  const currentTie = (id: string): GraphTie | undefined => {
    const slot = ties.get(id);
    return slot ? (slot.after ?? undefined) : cache.tieNow(id);
  };
  const setNode = (id: string, after: GraphNode | null, index: number) => {
    const slot = nodes.get(id);
    if (slot) slot.after = after;
    else nodes.set(id, { before: cache.nodeNow(id), after, index });
  };
  const setTie = (id: string, after: GraphTie | null, index: number) => {
    const slot = ties.get(id);
    if (slot) slot.after = after;
    else ties.set(id, { before: cache.tieNow(id), after, index });
    if (after && !cache.tieNow(id)) for (const end of [after.from, after.to]) (createdTiesAt.get(end) ?? createdTiesAt.set(end, new Set()).get(end)!).add(id);
  };

  request.changes.forEach((change, index) => {
    const problem = (path: string, message: string, status: WriteProblem['status'] = 400) => problems.push({ index, ...(change.ref ? { ref: change.ref } : {}), path, message, status });
    const stale = (current: Entity, ifVersion: number | undefined): boolean => {
      if (ifVersion === undefined || (current.version ?? 0) === ifVersion) return false;
      problem('version', `is intussen gewijzigd (versie ${current.version ?? 0}, u had versie ${ifVersion})`, 412);
      return true;
    };
    switch (change.op) {
      case 'createNode': {
        const node = validNewNode(change.node, problem);
        if (!node) return;
        if (currentNode(node.id) || cache.nodeNow(node.id)) return problem('id', `er bestaat al een knoop met id '${node.id}'`, 409);
        setNode(node.id, { ...node, version: 1 }, index);
        return;
      }
      case 'updateNode': {
        const before = currentNode(change.id);
        if (!before) return problem('id', `knoop '${change.id}' bestaat niet`, 404);
        if (stale(before, change.ifVersion)) return;
        const after = updatedNode(before, change.changes, problem);
        if (after && !sameEntity(before, after)) setNode(before.id, { ...after, version: (before.version ?? 0) + 1 }, index);
        return;
      }
      case 'deleteNode': {
        const before = currentNode(change.id);
        if (!before) return problem('id', `knoop '${change.id}' bestaat niet`, 404);
        if (stale(before, change.ifVersion)) return;
        const at = new Set([...cache.tiesAt(before.id).map((tie) => tie.id), ...(createdTiesAt.get(before.id) ?? [])]);
        for (const tieId of at) if (currentTie(tieId)) setTie(tieId, null, index);
        setNode(before.id, null, index);
        return;
      }
      case 'createTie': {
        const tie = validNewTie(change.tie, request, now, problem);
        if (!tie) return;
        if (currentTie(tie.id) || cache.tieNow(tie.id)) return problem('id', `er bestaat al een band met id '${tie.id}'`, 409);
        const missing = (['from', 'to'] as const).filter((end) => !currentNode(tie[end]));
        if (missing.length) return missing.forEach((end) => problem(end, `knoop '${tie[end]}' bestaat niet`, 409));
        setTie(tie.id, { ...tie, version: 1 }, index);
        return;
      }
      case 'updateTie': {
        const before = currentTie(change.id);
        if (!before) return problem('id', `band '${change.id}' bestaat niet`, 404);
        if (stale(before, change.ifVersion)) return;
        const after = updatedTie(before, change.changes, problem);
        if (after && !sameEntity(before, after)) setTie(before.id, { ...after, version: (before.version ?? 0) + 1 }, index);
        return;
      }
      case 'deleteTie': {
        const before = currentTie(change.id);
        if (!before) return problem('id', `band '${change.id}' bestaat niet`, 404);
        if (stale(before, change.ifVersion)) return;
        setTie(before.id, null, index);
        return;
      }
      default:
        return problem('op', `onbekende wijziging '${(change as Change).op}'`);
    }
  });

  return toPlan(nodes, ties, problems);
}

function toPlan(nodes: Map<string, Slot<GraphNode>>, ties: Map<string, Slot<GraphTie>>, problems: WriteProblem[]): WritePlan {
  const plan: WritePlan = { changes: [], problems, store: { createNodes: [], createTies: [], updateNodes: [], updateTies: [], deleteTies: [], deleteNodes: [] } };
  for (const [id, slot] of nodes) {
    if (!slot.before && slot.after) (plan.store.createNodes.push(slot.after), plan.changes.push({ op: 'create', entity: 'node', id, after: slot.after, index: slot.index }));
    else if (slot.before && !slot.after) (plan.store.deleteNodes.push(slot.before), plan.changes.push({ op: 'delete', entity: 'node', id, before: slot.before, index: slot.index }));
    else if (slot.before && slot.after) {
      plan.store.updateNodes.push({ node: slot.after, set: difference(slot.before, slot.after) });
      plan.changes.push({ op: 'update', entity: 'node', id, before: slot.before, after: slot.after, index: slot.index });
    }
  }
  const deletedNodes = new Set(plan.store.deleteNodes.map((node) => node.id));
  for (const [id, slot] of ties) {
    if (!slot.before && slot.after) (plan.store.createTies.push(slot.after), plan.changes.push({ op: 'create', entity: 'tie', id, after: slot.after, index: slot.index }));
    else if (slot.before && !slot.after) {
      // A deleted node takes its ties with it in the store; the history still hears of each tie.
      if (!deletedNodes.has(slot.before.from) && !deletedNodes.has(slot.before.to)) plan.store.deleteTies.push(slot.before);
      plan.changes.push({ op: 'delete', entity: 'tie', id, before: slot.before, index: slot.index });
    } else if (slot.before && slot.after) {
      plan.store.updateTies.push({ tie: slot.after, set: difference(slot.before, slot.after) });
      plan.changes.push({ op: 'update', entity: 'tie', id, before: slot.before, after: slot.after, index: slot.index });
    }
  }
  plan.changes.sort((a, b) => a.index - b.index);
  return plan;
}

type Report = (path: string, message: string, status?: WriteProblem['status']) => void;

function issuesOf(error: z.ZodError, report: Report): void {
  for (const issue of zodIssues(error)) report(issue.path, issue.message);
}

function record(input: unknown): Record<string, unknown> | undefined {
  return input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
}

function validNewNode(input: unknown, report: Report): GraphNode | undefined {
  const body = record(input);
  const kind = nodeKind.safeParse(body?.kind);
  if (!body || !kind.success) return void report('kind', `kies uit: ${nodeKind.options.join(', ')}`);
  const { kind: _kind, ...fields } = body;
  const parsed = nodeCreateSchema(kind.data).safeParse(fields);
  if (!parsed.success) return void issuesOf(parsed.error, report);
  const { id, ...values } = parsed.data as { id?: string } & Record<string, unknown>;
  const prefix = `${NODE_ID_PREFIX[kind.data]}_`;
  return { ...values, id: id?.startsWith(prefix) ? id : newNodeId(kind.data, id), kind: kind.data } as GraphNode;
}

function updatedNode(before: GraphNode, input: unknown, report: Report): GraphNode | undefined {
  const body = record(input);
  if (!body) return void report('(geheel)', 'verwacht een object met de velden die wijzigen');
  const cleared = Object.keys(body).filter((key) => body[key] === null);
  const given = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
  const parsed = nodeUpdateSchema(before.kind).safeParse(given);
  if (!parsed.success) return void issuesOf(parsed.error, report);
  const unknown = cleared.filter((key) => !(key in NODE_FIELDS[before.kind].shape));
  if (unknown.length) return void report(unknown[0]!, `onbekend veld: ${unknown.join(', ')}`);
  const merged: Record<string, unknown> = { ...withoutSystemFields(before), ...parsed.data };
  for (const key of cleared) delete merged[key];
  const whole = nodeWholeSchema(before.kind).safeParse(merged);
  if (!whole.success) return void issuesOf(whole.error, report);
  return { ...whole.data, id: before.id, kind: before.kind } as GraphNode;
}

function validNewTie(input: unknown, request: WriteRequest, now: string, report: Report): GraphTie | undefined {
  const parsed = tieCreateSchema.safeParse(input);
  if (!parsed.success) return void issuesOf(parsed.error, report);
  const { id, ...fields } = parsed.data;
  const fromKind = kindOfNodeId(fields.from);
  const toKind = kindOfNodeId(fields.to);
  if (!fromKind || !toKind) {
    if (!fromKind) report('from', `knoop '${fields.from}' bestaat niet`, 409);
    if (!toKind) report('to', `knoop '${fields.to}' bestaat niet`, 409);
    return undefined;
  }
  if (fields.from === fields.to) return void report('to', 'een band kan niet naar dezelfde knoop lopen');
  if (!allowedPair(fields.type, fromKind, toKind)) return void report('type', `een ${fields.type}-band kan niet van ${fromKind} naar ${toKind} lopen`);
  const prefix = `${tieIdPrefix(fields.type)}.`;
  if (id?.includes('.') && !id.startsWith(prefix)) return void report('id', `een ${fields.type}-band heeft een id dat met '${prefix}' begint`);
  // Provenance is who made the change, whatever the body says; a restore or an undo puts back what was recorded.
  const keepsProvenance = request.source === 'restore' || request.source === 'undo' || request.actor.role === 'systeem';
  return {
    ...fields,
    ...(isPersonalTie(fields.type) && !fields.consentBasis ? { consentBasis: 'gerechtvaardigd_belang' as const } : {}),
    recordedBy: keepsProvenance ? (fields.recordedBy ?? request.actor.username) : request.actor.username,
    recordedAt: keepsProvenance ? (fields.recordedAt ?? now) : now,
    id: id?.startsWith(prefix) ? id : newTieId(fields.type, id),
  };
}

function updatedTie(before: GraphTie, input: unknown, report: Report): GraphTie | undefined {
  const body = record(input);
  if (!body) return void report('(geheel)', 'verwacht een object met de velden die wijzigen');
  const cleared = Object.keys(body).filter((key) => body[key] === null);
  const given = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
  const parsed = tieUpdateSchema.safeParse(given);
  if (!parsed.success) return void issuesOf(parsed.error, report);
  const unknown = cleared.filter((key) => !(key in tieFields.shape));
  if (unknown.length) return void report(unknown[0]!, `onbekend veld: ${unknown.join(', ')}`);
  const merged: Record<string, unknown> = { ...withoutSystemFields(before), ...parsed.data };
  for (const key of cleared) delete merged[key];
  const whole = tieFields.strict().safeParse(merged);
  if (!whole.success) return void issuesOf(whole.error, report);
  return { ...whole.data, id: before.id, type: typeOfTieId(before.id) ?? before.type, from: before.from, to: before.to };
}

function withoutSystemFields(entity: Entity): Record<string, unknown> {
  const identity = identityOf(entity);
  return Object.fromEntries(Object.entries(entity).filter(([key]) => !identity.includes(key)));
}

/** The properties to set for an update: changed and added ones, and `null` for removed ones. */
function difference(before: Entity, after: Entity): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const identity = identityOf(before).filter((key) => key !== 'version');
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (identity.includes(key)) continue;
    if (!sameValue(a[key], b[key])) set[key] = b[key] ?? null;
  }
  return set;
}

function sameEntity(a: Entity, b: Entity): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((key) => key !== 'version'));
  return [...keys].every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b || ((a === undefined || a === null) && (b === undefined || b === null));
}
