/**
 * The graph store: one small interface over the database that holds the
 * network, and nothing else (the app's own records live in the records store).
 * Two adapters implement it (embedded Kùzu, Neo4j). Only the write service
 * writes through it; everything reads the network from the in-memory cache.
 */
import type { GraphNode, GraphTie, NetworkData, NodeKind, TieType } from '../model/index.ts';

export type StoreEngine = 'kuzu' | 'neo4j';

export interface StoreCounts {
  nodes: Record<NodeKind, number>;
  ties: Record<TieType, number>;
}

export type Row = Record<string, unknown>;

export interface QueryOptions {
  /** Reject anything that writes (enforced by the engine where it can). */
  readOnly?: boolean;
  timeoutMs?: number;
  /** Read at most this many rows, whatever the query asks for. */
  maxRows?: number;
}

/**
 * One transaction's worth of changes, already checked by the write service:
 * ids are free or present as they must be, endpoints exist. `set` holds the
 * new values of an update (`null` removes a property).
 */
export interface StoreWrite {
  createNodes?: readonly GraphNode[];
  createTies?: readonly GraphTie[];
  updateNodes?: readonly { node: GraphNode; set: Row }[];
  updateTies?: readonly { tie: GraphTie; set: Row }[];
  deleteTies?: readonly GraphTie[];
  /** Deleted with every tie at them. */
  deleteNodes?: readonly GraphNode[];
}

export interface GraphStore {
  readonly engine: StoreEngine;
  /** Creates the schema if it is not there yet. */
  init(): Promise<void>;
  close(): Promise<void>;

  counts(): Promise<StoreCounts>;
  /** Reads the whole network. The bulk path. */
  readNetwork(): Promise<NetworkData>;

  /** Applies a checked set of changes in one transaction: all or nothing. Creates go through the bulk path when there are many. */
  write(changes: StoreWrite): Promise<void>;
  /** Adds many nodes and ties in one transaction (the bulk path). */
  bulkInsert(data: NetworkData): Promise<void>;
  /**
   * Replaces the whole network. On the embedded engine the database file is
   * rebuilt from scratch, so nothing of the old content remains in any file:
   * erasure and restore rely on that.
   */
  replaceAll(data: NetworkData): Promise<void>;

  /** Runs Cypher written in the portable subset; rows come back as plain JSON values. */
  query(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<Row[]>;
}
