/**
 * Reading and changing the network for one viewer. Reads come from the
 * in-memory network and are built through the viewer's policy; changes go
 * through the write service. An unknown node and one the viewer may not see
 * answer the same 404, so that a refusal tells nothing.
 */
import type { Page } from '../model/wire/page.ts';
import { NODE_KINDS, TIE_TYPES, nodeKind, typeOfTieId, type GraphNode, type HiddenNode, type GraphTie, type NetworkData, type NodeKind, type SerializedNetwork, type TieType } from '../model/index.ts';
import { encodeCompactGraph } from '../model/wire/compact-graph/index.ts';
import { NotFoundError, StaleVersionError, ValidationError } from '../errors.ts';
import { newNodeId } from './ids.ts';
import { placementInGebied } from './privacy/scopes.ts';
import { filterNetwork, type NetworkFilter } from '../analysis/scope.ts';
import type { StoreEngine } from '../store/types.ts';
import type { NetworkCache } from './network-cache.ts';
import type { SearchIndex } from './search-index.ts';
import type { Viewer } from './privacy/policy.ts';
import type { Actor, Change } from './write/types.ts';
import type { WriteService } from './write/write-service.ts';

/** The filter of the map and the export, as the routes pass it. */
export type { NetworkFilter };

/**
 * A node as its writer sees it after the write. A person without a legal
 * basis is shown to the beheerder only, also to whoever just recorded them:
 * they get its id and version, and `verborgen` says why the rest is not shown.
 */
export function shownAfterWrite(viewer: Viewer, node: GraphNode): GraphNode | HiddenNode {
  return viewer.node(node) ?? { id: node.id, kind: node.kind, version: node.version, name: viewer.pseudonym(node.id), verborgen: 'zonder grondslag (toestemming of gerechtvaardigd belang) alleen zichtbaar voor de beheerder' };
}

/** The account behind a viewer, as a writer. */
export function actorOf(viewer: Viewer): Actor {
  return { username: viewer.user.username, role: viewer.user.role, gebieden: viewer.user.gebieden };
}

export function serializeNetwork(network: NetworkData, version: number, at?: string): SerializedNetwork {
  return {
    attributes: { version, ...(at ? { at } : {}) },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: network.nodes.map(({ id, ...attributes }) => ({ key: id, attributes })),
    edges: network.ties.map(({ id, from, to, ...attributes }) => ({ key: id, source: from, target: to, attributes })),
  };
}

export class NetworkService {
  constructor(
    readonly cache: NetworkCache,
    /** The write path, for services that write records with a change (contacts, intake, merges). */
    readonly writer: WriteService,
    /** Which database holds the network. */
    readonly engine: StoreEngine,
    private readonly search: SearchIndex,
  ) {}

  /** How much is in the network, per node kind and tie type (counts only: nothing personal). */
  async summary(): Promise<{ store: StoreEngine; counts: { nodes: number; ties: number; byKind: Record<NodeKind, number>; byType: Record<TieType, number> } }> {
    const { nodes, ties } = await this.cache.data();
    const byKind = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as Record<NodeKind, number>;
    const byType = Object.fromEntries(TIE_TYPES.map((type) => [type, 0])) as Record<TieType, number>;
    for (const node of nodes) byKind[node.kind]++;
    for (const tie of ties) byType[tie.type]++;
    return { store: this.engine, counts: { nodes: nodes.length, ties: ties.length, byKind, byType } };
  }

  /** One node with its ties, as the viewer may see them. */
  async node(viewer: Viewer, id: string): Promise<GraphNode & { ties: GraphTie[] }> {
    const node = this.visibleNode(viewer, await this.cache.node(id), id);
    const ties = (await this.cache.tiesOf(id)).flatMap((tie) => this.visibleTie(viewer, tie) ?? []);
    return { ...node, ties };
  }

  /**
   * Nodes of a kind, optionally matching `search`. Search looks only at what
   * the viewer sees (a pseudonym, not the name behind it), so a hidden name
   * can't be guessed from which searches hit.
   */
  async list(viewer: Viewer, kind: NodeKind, { offset, limit, search }: { offset: number; limit: number; search?: string }): Promise<Page<GraphNode>> {
    await this.cache.ready();
    const wanted = search?.normalize('NFC').toLowerCase();
    // Matched and ordered by the label the viewer sees, so search is no oracle; only the page is shown (and audited).
    const page: GraphNode[] = [];
    let total = 0;
    for (const entry of this.search.ordered(kind)) {
      const { node } = entry;
      if (!viewer.sees(node)) continue;
      if (entry.pseudonymous === (node.kind !== 'persoon' || viewer.identifies(node))) continue;
      if (wanted && !entry.lower.includes(wanted)) continue;
      if (total >= offset && page.length < limit) page.push(viewer.node(node)!);
      total++;
    }
    return { items: page, total };
  }

  async tie(viewer: Viewer, id: string): Promise<GraphTie> {
    const tie = await this.cache.tie(id);
    const shown = tie && this.visibleTie(viewer, tie);
    if (!shown) throw new NotFoundError('band', id);
    return shown;
  }

  async ties(viewer: Viewer, { nodeId, type, offset, limit }: { nodeId?: string; type?: TieType; offset: number; limit: number }): Promise<Page<GraphTie>> {
    await this.cache.ready();
    if (nodeId) this.visibleNode(viewer, this.cache.nodeNow(nodeId), nodeId);
    const all = nodeId ? this.cache.tiesAt(nodeId) : this.cache.snapshot().ties;
    const shown = all.flatMap((tie) => ((!type || tie.type === type) && this.visibleTie(viewer, tie)) || []);
    shown.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { items: shown.slice(offset, offset + limit), total: shown.length };
  }

  /** The part of the network a filter asks for, as the viewer may see it; `hiddenWithoutConsent` counts who was left out. */
  async graph(viewer: Viewer, filter: NetworkFilter): Promise<SerializedNetwork> {
    const part = filterNetwork(await this.cache.data(), filter);
    const visible = viewer.network(part);
    const serialized = serializeNetwork(visible, this.cache.version, filter.at);
    serialized.attributes.hiddenWithoutConsent = visible.hidden;
    return serialized;
  }

  /** The same answer as `graph`, in the compact form of `server/model/wire/compact-graph` (written from it, never filtered afterwards). */
  async compactGraph(viewer: Viewer, filter: NetworkFilter): Promise<Uint8Array> {
    return encodeCompactGraph(await this.graph(viewer, filter));
  }

  /** The same part as plain data (exports). */
  async part(viewer: Viewer, filter: NetworkFilter): Promise<NetworkData> {
    const { nodes, ties } = viewer.network(filterNetwork(await this.cache.data(), filter));
    return { nodes, ties };
  }

  /**
   * Creates a node. With `placeIn` (a gebied id) the same request places it
   * there (a person woont in it, an organisation werkt in it), which is how
   * an editor with a scope adds something to their own gebied.
   */
  async createNode(viewer: Viewer, input: unknown): Promise<GraphNode | HiddenNode> {
    const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
    if (body?.placeIn === undefined) {
      const [node] = (await this.change(viewer, [{ op: 'createNode', node: input }])).nodes;
      return shownAfterWrite(viewer, node!);
    }
    const { placeIn, ...fields } = body;
    const kind = nodeKind.safeParse(fields.kind);
    const type = kind.success ? placementInGebied(kind.data) : undefined;
    if (!kind.success || !type) throw new ValidationError('deze soort knoop plaatst u niet in een gebied', [{ path: 'placeIn', message: kind.success ? `een ${kind.data} ligt niet in een gebied` : 'kies eerst een soort' }]);
    if (typeof placeIn !== 'string' || !placeIn.startsWith('geb_') || placeIn.length > 120) throw new ValidationError('placeIn moet een gebied zijn', [{ path: 'placeIn', message: 'verwacht een gebied-id (geb_…)' }]);
    const id = typeof fields.id === 'string' ? fields.id : newNodeId(kind.data);
    const result = await this.change(viewer, [
      { op: 'createNode', node: { ...fields, id } },
      { op: 'createTie', tie: { type, from: id, to: placeIn } },
    ]);
    return shownAfterWrite(viewer, result.nodes[0]!);
  }

  async updateNode(viewer: Viewer, id: string, input: unknown, ifVersion?: number): Promise<GraphNode | HiddenNode> {
    this.visibleNode(viewer, await this.cache.node(id), id);
    const result = await this.change(viewer, [{ op: 'updateNode', id, changes: input, ifVersion }]);
    return shownAfterWrite(viewer, result.nodes[0] ?? this.cache.nodeNow(id)!);
  }

  async deleteNode(viewer: Viewer, id: string, ifVersion?: number): Promise<void> {
    this.visibleNode(viewer, await this.cache.node(id), id);
    await this.change(viewer, [{ op: 'deleteNode', id, ifVersion }]);
  }

  async createTie(viewer: Viewer, input: unknown): Promise<GraphTie> {
    const [tie] = (await this.change(viewer, [{ op: 'createTie', tie: input }])).ties;
    return this.visibleTie(viewer, tie!)!;
  }

  async updateTie(viewer: Viewer, id: string, input: unknown, ifVersion?: number): Promise<GraphTie> {
    await this.tie(viewer, id);
    const result = await this.change(viewer, [{ op: 'updateTie', id, changes: input, ifVersion }]);
    return this.visibleTie(viewer, result.ties[0] ?? this.cache.tieNow(id)!)!;
  }

  async deleteTie(viewer: Viewer, id: string, ifVersion?: number): Promise<void> {
    await this.tie(viewer, id);
    await this.change(viewer, [{ op: 'deleteTie', id, ifVersion }]);
  }

  /** Any change set made from a screen: one request through the write path. A stale version answers with the current state, as the viewer sees it. */
  async change(viewer: Viewer, changes: Change[], route = 'api') {
    viewer.wrote = true;
    try {
      return await this.writer.apply({ actor: actorOf(viewer), source: 'api', changes, route });
    } catch (error) {
      if (!(error instanceof StaleVersionError)) throw error;
      const id = changes.find((change) => 'id' in change)?.['id' as never] as string | undefined;
      const current = id ? (typeOfTieId(id) ? this.cache.tieNow(id) && this.visibleTie(viewer, this.cache.tieNow(id)!) : this.cache.nodeNow(id) && viewer.node(this.cache.nodeNow(id)!)) : undefined;
      throw new StaleVersionError(error.message, error.issues, current ?? null);
    }
  }

  private visibleNode(viewer: Viewer, node: GraphNode | undefined, id: string): GraphNode {
    const shown = node && viewer.node(node);
    if (!shown) throw new NotFoundError('knoop', id);
    return shown;
  }

  private visibleTie(viewer: Viewer, tie: GraphTie): GraphTie | null {
    return viewer.tie(tie);
  }
}
