/**
 * The whole network in memory, read once through the store's bulk path and
 * patched on every write made through this process. Analyses, the graph
 * endpoint and filters read from here, so they never wait on the database.
 * It assumes this process is the only writer; `reload()` re-reads the store.
 */
import type { GraphNode, GraphTie, NetworkData } from '../model/index.ts';
import type { GraphStore } from '../store/index.ts';

export class NetworkCache {
  private nodes?: Map<string, GraphNode>;
  private ties?: Map<string, GraphTie>;
  /** Tie ids per node id, built on first use and kept up to date. */
  private tiesByNode?: Map<string, Set<string>>;
  private arrays?: NetworkData;
  private loading?: Promise<void>;
  /** Increases on every change; analysis caches key on it. */
  version = 0;

  constructor(private readonly store: GraphStore) {}

  async data(): Promise<NetworkData> {
    await this.ensureLoaded();
    this.arrays ??= { nodes: [...this.nodes!.values()], ties: [...this.ties!.values()] };
    return this.arrays;
  }

  async node(id: string): Promise<GraphNode | undefined> {
    await this.ensureLoaded();
    return this.nodes!.get(id);
  }

  async tie(id: string): Promise<GraphTie | undefined> {
    await this.ensureLoaded();
    return this.ties!.get(id);
  }

  /** The ties at a node, in both directions. */
  async tiesOf(nodeId: string): Promise<GraphTie[]> {
    await this.ensureLoaded();
    if (!this.tiesByNode) {
      this.tiesByNode = new Map();
      for (const tie of this.ties!.values()) this.index(tie);
    }
    return [...(this.tiesByNode.get(nodeId) ?? [])].map((id) => this.ties!.get(id)!);
  }

  /** Forgets everything; the next read goes to the store. */
  reload(): void {
    this.nodes = undefined;
    this.ties = undefined;
    this.tiesByNode = undefined;
    this.loading = undefined;
    this.touch();
  }

  putNode(node: GraphNode): void {
    this.nodes?.set(node.id, node);
    this.touch();
  }

  removeNode(id: string): void {
    if (this.nodes && this.ties) {
      this.nodes.delete(id);
      for (const [tieId, tie] of this.ties) if (tie.from === id || tie.to === id) this.dropTie(tieId);
      this.tiesByNode?.delete(id);
    }
    this.touch();
  }

  putTie(tie: GraphTie): void {
    if (this.ties) {
      this.ties.set(tie.id, tie);
      if (this.tiesByNode) this.index(tie);
    }
    this.touch();
  }

  removeTie(id: string): void {
    this.dropTie(id);
    this.touch();
  }

  private index(tie: GraphTie): void {
    for (const end of [tie.from, tie.to]) {
      const set = this.tiesByNode!.get(end) ?? new Set<string>();
      set.add(tie.id);
      this.tiesByNode!.set(end, set);
    }
  }

  private dropTie(id: string): void {
    const tie = this.ties?.get(id);
    if (!tie) return;
    this.ties!.delete(id);
    for (const end of [tie.from, tie.to]) this.tiesByNode?.get(end)?.delete(id);
  }

  private touch(): void {
    this.arrays = undefined;
    this.version++;
    // A write during a load may be missing from what the load reads: load again.
    if (!this.nodes) this.loading = undefined;
  }

  private ensureLoaded(): Promise<void> {
    if (this.nodes && this.ties) return Promise.resolve();
    const version = this.version;
    this.loading ??= this.store.readNetwork().then((network) => {
      if (version !== this.version) return this.ensureLoaded();
      this.nodes = new Map(network.nodes.map((node) => [node.id, node]));
      this.ties = new Map(network.ties.map((tie) => [tie.id, tie]));
      this.tiesByNode = undefined;
      this.arrays = network;
    });
    return this.loading;
  }
}
