/**
 * The whole network in memory, read once through the store's bulk path and
 * then changed only by the write service, in step with every write it makes
 * (this process is the only writer). Reads, analyses and filters work from
 * here, so they never wait on the database.
 */
import type { GraphNode, GraphTie, NetworkData } from '../model/index.ts';
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
  private arrays?: NetworkData;
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
    this.arrays ??= { nodes: [...this.nodes.values()], ties: [...this.ties.values()] };
    return this.arrays;
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
      this.nodes.delete(id);
      this.tiesByNode.delete(id);
    }
    for (const node of change.putNodes) this.nodes.set(node.id, node);
    for (const tie of change.putTies) {
      const previous = this.ties.get(tie.id);
      if (previous) this.dropTie(tie.id);
      this.ties.set(tie.id, tie);
      this.index(tie);
    }
    this.arrays = undefined;
    this.version++;
  }

  /** Replaces everything (restore, demo load). */
  replace(network: NetworkData): void {
    this.fill(network);
    this.version++;
  }

  private fill(network: NetworkData): void {
    this.nodes = new Map(network.nodes.map((node) => [node.id, node]));
    this.ties = new Map();
    this.tiesByNode = new Map();
    for (const tie of network.ties) {
      this.ties.set(tie.id, tie);
      this.index(tie);
    }
    this.arrays = undefined;
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
    this.ties.delete(id);
    for (const end of [tie.from, tie.to]) this.tiesByNode.get(end)?.delete(id);
  }
}
