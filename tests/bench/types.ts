/** One timing row of a benchmark suite. */
export interface BenchRow {
  /** Suite, e.g. `measures`. */
  suite: string;
  /** What was timed, e.g. `betweenness (exact)`. */
  name: string;
  /** Input size label, e.g. `10k nodes / 30k edges`. */
  size: string;
  /** Milliseconds for our implementation. */
  ms: number;
  /** The implementation we compare with, e.g. `igraph 0.10.2`. */
  peer?: string;
  peerMs?: number;
  note?: string;
}
