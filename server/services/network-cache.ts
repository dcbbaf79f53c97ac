/**
 * The whole network in memory, read once through the store's bulk path and
 * then changed only by the write service, in step with every write it makes
 * (this process is the only writer). Reads, analyses and filters work from
 * here, so they never wait on the database.
 */
import { NODE_KINDS, TIE_TYPES, type GraphNode, type GraphTie, type NetworkData, type NodeKind, type TieType } from '../model/index.ts';
import type { GraphStore } from '../store/index.ts';

/** What the write service changes in one go, after the store has committed it. */
export interface CacheChange {
  putNodes: readonly GraphNode[];
  putTies: readonly GraphTie[];
  removeTies: readonly string[];
  removeNodes: readonly string[];
}

export class NetworkCache {
  private nodes = new Map<string, GraphNode>();
  private ties = new Map<string, GraphTie>();
  private tiesByNode = new Map<string, Set<string>>();
  private nodeArray?: GraphNode[];
  private tieArray?: GraphTie[];
  private arrays?: NetworkData;
  /** Changes per node kind and tie type, so that an index over one kind is kept only as long as that kind is unchanged. */
  private changesByPart = new Map<NodeKind | TieType, number>();
  private loading?: Promise<void>;
  private loaded = false;
  /** Increases on every change; analysis caches key on it. */
  version = 0;

  constructor(private readonly store: GraphStore) {}

  /** Loads the network on first use. */
  ready(): Promise<void> {
    if (this.loaded) return Promise.resolve();
    this.loading ??= this.store.readNetwork().then((network) => this.fill(network));
    return this.loading;
  }

  async data(): Promise<NetworkData> {
    await this.ready();
    return this.snapshot();
  }

  /** The network as arrays; only after `ready()`. */
  snapshot(): NetworkData {
    this.nodeArray ??= [...this.nodes.values()];
    this.tieArray ??= [...this.ties.values()];
    if (this.arrays?.nodes !== this.nodeArray || this.arrays.ties !== this.tieArray) this.arrays = { nodes: this.nodeArray, ties: this.tieArray };
    return this.arrays;
  }

  /**
   * A number that grows whenever a node of one of these kinds or a tie of one
   * of these types is added, changed or removed (a sum of per-part counters,
   * which only grow). A derived index keys on it to outlive unrelated writes.
   */
  versionOf(parts: Iterable<NodeKind | TieType>): number {
    let sum = 0;
    for (const part of parts) sum += this.changesByPart.get(part) ?? 0;
    return sum;
  }

  async node(id: string): Promise<GraphNode | undefined> {
    await this.ready();
    return this.nodes.get(id);
  }

  async tie(id: string): Promise<GraphTie | undefined> {
    await this.ready();
    return this.ties.get(id);
  }

  /** The ties at a node, in both directions. */
  async tiesOf(nodeId: string): Promise<GraphTie[]> {
    await this.ready();
    return this.tiesAt(nodeId);
  }

  // Synchronous reads for the write service, which awaits `ready()` first.
  nodeNow(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  tieNow(id: string): GraphTie | undefined {
    return this.ties.get(id);
  }

  tiesAt(nodeId: string): GraphTie[] {
    return [...(this.tiesByNode.get(nodeId) ?? [])].map((id) => this.ties.get(id)!);
  }

  /** Applies a committed write. */
  apply(change: CacheChange): void {
    for (const id of change.removeTies) this.dropTie(id);
    for (const id of change.removeNodes) {
      for (const tieId of [...(this.tiesByNode.get(id) ?? [])]) this.dropTie(tieId);
      const node = this.nodes.get(id);
      if (node) this.changed(node.kind);
      this.nodes.delete(id);
      this.tiesByNode.delete(id);
    }
    for (const node of change.putNodes) {
      const previous = this.nodes.get(node.id);
      if (previous && previous.kind !== node.kind) this.changed(previous.kind);
      this.nodes.set(node.id, node);
      this.changed(node.kind);
    }
    for (const tie of change.putTies) {
      const previous = this.ties.get(tie.id);
      if (previous) this.dropTie(tie.id);
      this.ties.set(tie.id, tie);
      this.index(tie);
      this.changed(tie.type);
    }
    if (change.putNodes.length || change.removeNodes.length) this.nodeArray = undefined;
    if (change.putTies.length) this.tieArray = undefined;
    this.version++;
  }

  /** Replaces everything (restore, demo load). */
  replace(network: NetworkData): void {
    this.fill(network);
    for (const part of [...NODE_KINDS, ...TIE_TYPES]) this.changed(part);
    this.version++;
  }

  private changed(part: NodeKind | TieType): void {
    this.changesByPart.set(part, (this.changesByPart.get(part) ?? 0) + 1);
  }

  private fill(network: NetworkData): void {
    this.nodes = new Map(network.nodes.map((node) => [node.id, node]));
    this.ties = new Map();
    this.tiesByNode = new Map();
    for (const tie of network.ties) {
      this.ties.set(tie.id, tie);
      this.index(tie);
    }
    this.nodeArray = undefined;
    this.tieArray = undefined;
    this.loaded = true;
  }

  private index(tie: GraphTie): void {
    for (const end of [tie.from, tie.to]) {
      const set = this.tiesByNode.get(end) ?? new Set<string>();
      set.add(tie.id);
      this.tiesByNode.set(end, set);
    }
  }

  private dropTie(id: string): void {
    const tie = this.ties.get(id);
    if (!tie) return;
    this.changed(tie.type);
    this.tieArray = undefined;
    this.ties.delete(id);
    for (const end of [tie.from, tie.to]) this.tiesByNode.get(end)?.delete(id);
  }
}
