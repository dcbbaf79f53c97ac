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

  /** Forgets everything; the next read goes to the store. */
  reload(): void {
    this.nodes = undefined;
    this.ties = undefined;
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
      for (const [tieId, tie] of this.ties) if (tie.from === id || tie.to === id) this.ties.delete(tieId);
    }
    this.touch();
  }

  putTie(tie: GraphTie): void {
    this.ties?.set(tie.id, tie);
    this.touch();
  }

  removeTie(id: string): void {
    this.ties?.delete(id);
    this.touch();
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
      this.arrays = network;
    });
    return this.loading;
  }
}
