/**
 * Reading and changing the network: validation against the model, ids,
 * provenance defaults, and keeping the in-memory cache in step with the store.
 * The API calls this; it never talks to the store directly for network data.
 */
import { z } from 'zod';
import {
  NODE_FIELDS,
  TIE_TYPES,
  allowedPair,
  isPersonalTie,
  kindOfNodeId,
  nodeCreateSchema,
  nodeKind,
  nodeUpdateSchema,
  tieCreateSchema,
  tieUpdateSchema,
  typeOfTieId,
  type GraphNode,
  type GraphTie,
  type NodeKind,
} from '../model/index.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import type { GraphStore } from '../store/index.ts';
import type { ListTiesOptions, Page } from '../store/types.ts';
import { newNodeId, newTieId } from './ids.ts';
import { NetworkCache } from './network-cache.ts';
import { parseOrThrow } from './validate.ts';

export interface Actor {
  /** Who makes the change, recorded as provenance. */
  username: string;
}

export const SYSTEM_ACTOR: Actor = { username: 'systeem' };

/** One change to the network, as told to change listeners (the history keeps these as events). */
export interface NetworkChange {
  op: 'create' | 'update' | 'delete';
  entity: 'node' | 'tie';
  id: string;
  before?: GraphNode | GraphTie;
  after?: GraphNode | GraphTie;
  actor: Actor;
}

export type ChangeListener = (change: NetworkChange) => void | Promise<void>;

export class NetworkService {
  readonly cache: NetworkCache;
  private readonly listeners: ChangeListener[] = [];

  constructor(readonly store: GraphStore) {
    this.cache = new NetworkCache(store);
  }

  /** Called after every successful change made through this service. */
  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  private async emit(change: NetworkChange): Promise<void> {
    for (const listener of this.listeners) await listener(change);
  }

  async getNode(id: string): Promise<GraphNode> {
    const node = await this.cache.node(id);
    if (!node) throw new NotFoundError('knoop', id);
    return node;
  }

  /** Every tie at a node, from the in-memory network. */
  tiesOf(id: string): Promise<GraphTie[]> {
    return this.cache.tiesOf(id);
  }

  listNodes(kind: NodeKind, options: { offset: number; limit: number; search?: string }): Promise<Page<GraphNode>> {
    return this.store.listNodes(kind, options);
  }

  async createNode(input: unknown, actor: Actor = SYSTEM_ACTOR): Promise<GraphNode> {
    const kind = parseOrThrow(z.object({ kind: nodeKind }).loose(), input).kind;
    const { id, ...fields } = parseOrThrow(nodeCreateSchema(kind), withoutKind(input), 'knoop');
    const node = { ...fields, id: newNodeId(kind, id), kind } as GraphNode;
    await this.store.createNode(node);
    this.cache.putNode(node);
    await this.emit({ op: 'create', entity: 'node', id: node.id, after: node, actor });
    return node;
  }

  async updateNode(id: string, input: unknown, actor: Actor = SYSTEM_ACTOR): Promise<GraphNode> {
    const kind = requireNodeKind(id);
    const changes = parseOrThrow(nodeUpdateSchema(kind), input, 'wijziging');
    const before = await this.getNode(id);
    parseOrThrow(NODE_FIELDS[kind], { ...before, ...changes, kind: undefined, id: undefined }, 'knoop');
    const updated = await this.store.updateNode(id, changes);
    if (!updated) throw new NotFoundError('knoop', id);
    this.cache.putNode(updated);
    await this.emit({ op: 'update', entity: 'node', id, before, after: updated, actor });
    return updated;
  }

  async deleteNode(id: string, actor: Actor = SYSTEM_ACTOR): Promise<void> {
    const before = await this.getNode(id);
    const ties = await this.tiesOf(id);
    if (!(await this.store.deleteNode(id))) throw new NotFoundError('knoop', id);
    this.cache.removeNode(id);
    for (const tie of ties) await this.emit({ op: 'delete', entity: 'tie', id: tie.id, before: tie, actor });
    await this.emit({ op: 'delete', entity: 'node', id, before, actor });
  }

  async getTie(id: string): Promise<GraphTie> {
    const tie = await this.cache.tie(id);
    if (!tie) throw new NotFoundError('band', id);
    return tie;
  }

  async listTies({ nodeId, type, offset, limit }: ListTiesOptions): Promise<Page<GraphTie>> {
    const all = nodeId ? await this.tiesOf(nodeId) : (await this.cache.data()).ties;
    const matching = (type ? all.filter((tie) => tie.type === type) : [...all]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { items: matching.slice(offset, offset + limit), total: matching.length };
  }

  async createTie(input: unknown, actor: Actor = SYSTEM_ACTOR): Promise<GraphTie> {
    const { id, ...fields } = parseOrThrow(tieCreateSchema, input, 'band');
    checkEndpoints(fields.type, fields.from, fields.to);
    if (isPersonalTie(fields.type) && !fields.consentBasis) fields.consentBasis = 'gerechtvaardigd_belang';
    const tie: GraphTie = {
      ...fields,
      recordedBy: fields.recordedBy ?? actor.username,
      recordedAt: fields.recordedAt ?? new Date().toISOString(),
      id: newTieId(fields.type, id),
    };
    await this.store.createTie(tie);
    this.cache.putTie(tie);
    await this.emit({ op: 'create', entity: 'tie', id: tie.id, after: tie, actor });
    return tie;
  }

  async updateTie(id: string, input: unknown, actor: Actor = SYSTEM_ACTOR): Promise<GraphTie> {
    if (!typeOfTieId(id)) throw new NotFoundError('band', id);
    const changes = parseOrThrow(tieUpdateSchema, input, 'wijziging');
    const before = await this.getTie(id);
    const updated = await this.store.updateTie(id, changes);
    if (!updated) throw new NotFoundError('band', id);
    this.cache.putTie(updated);
    await this.emit({ op: 'update', entity: 'tie', id, before, after: updated, actor });
    return updated;
  }

  async deleteTie(id: string, actor: Actor = SYSTEM_ACTOR): Promise<void> {
    const before = await this.getTie(id);
    if (!(await this.store.deleteTie(id))) throw new NotFoundError('band', id);
    this.cache.removeTie(id);
    await this.emit({ op: 'delete', entity: 'tie', id, before, actor });
  }
}

function withoutKind(input: unknown): unknown {
  if (!input || typeof input !== 'object') return input;
  const { kind: _kind, ...rest } = input as Record<string, unknown>;
  return rest;
}

function requireNodeKind(id: string): NodeKind {
  const kind = kindOfNodeId(id);
  if (!kind) throw new NotFoundError('knoop', id);
  return kind;
}

/** A tie's endpoints must be kinds its type may connect; unknown id prefixes are missing nodes (409). */
function checkEndpoints(type: (typeof TIE_TYPES)[number], from: string, to: string): void {
  const fromKind = kindOfNodeId(from);
  const toKind = kindOfNodeId(to);
  const missing = [
    ...(fromKind ? [] : [{ path: 'from', message: `knoop '${from}' bestaat niet` }]),
    ...(toKind ? [] : [{ path: 'to', message: `knoop '${to}' bestaat niet` }]),
  ];
  if (missing.length) throw new ConflictError('een band moet tussen bestaande knopen lopen', missing);
  if (from === to) throw new ValidationError('een band kan niet naar dezelfde knoop lopen', [{ path: 'to', message: 'gelijk aan from' }]);
  if (!allowedPair(type, fromKind!, toKind!)) {
    throw new ValidationError(`een ${type}-band kan niet van ${fromKind} naar ${toKind} lopen`, [
      { path: 'type', message: `${type} verbindt niet ${fromKind} → ${toKind}` },
    ]);
  }
}
