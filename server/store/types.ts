/**
 * The graph store: one small interface over the database. Two adapters
 * implement it (embedded Kùzu, Neo4j). Everything above the store speaks only
 * this interface, so swapping engines is one adapter.
 */
import type { GraphNode, GraphTie, NetworkData, NodeKind, TieType } from '../model/index.ts';

export type StoreEngine = 'kuzu' | 'neo4j';

export interface StoreCounts {
  nodes: Record<NodeKind, number>;
  ties: Record<TieType, number>;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ListNodesOptions {
  offset: number;
  limit: number;
  /** Case-insensitive substring of the name. */
  search?: string;
}

export interface ListTiesOptions {
  offset: number;
  limit: number;
  type?: TieType;
  /** Only ties with this node at either end. */
  nodeId?: string;
}

export type Row = Record<string, unknown>;

export interface QueryOptions {
  /** Reject anything that writes (enforced by the engine where it can). */
  readOnly?: boolean;
  timeoutMs?: number;
}

export interface Batch {
  create: NetworkData;
  updateNodes?: { id: string; changes: Row }[];
  updateTies?: { id: string; changes: Row }[];
}

export interface GraphStore {
  readonly engine: StoreEngine;
  /** Creates the schema if it is not there yet. */
  init(): Promise<void>;
  close(): Promise<void>;

  counts(): Promise<StoreCounts>;

  getNode(id: string): Promise<GraphNode | null>;
  listNodes(kind: NodeKind, options: ListNodesOptions): Promise<Page<GraphNode>>;
  /** Throws ConflictError when the id exists. */
  createNode(node: GraphNode): Promise<void>;
  /** Sets the given properties; `null` removes one. Returns the node after the change, or null if unknown. */
  updateNode(id: string, changes: Record<string, unknown>): Promise<GraphNode | null>;
  /** Deletes the node and every tie at it. Returns false if unknown. */
  deleteNode(id: string): Promise<boolean>;

  getTie(id: string): Promise<GraphTie | null>;
  listTies(options: ListTiesOptions): Promise<Page<GraphTie>>;
  /** Throws ConflictError when an endpoint is missing or the id exists. */
  createTie(tie: GraphTie): Promise<void>;
  updateTie(id: string, changes: Record<string, unknown>): Promise<GraphTie | null>;
  deleteTie(id: string): Promise<boolean>;

  /** Adds many nodes and ties in one transaction: all or nothing. The bulk path. */
  bulkInsert(data: NetworkData): Promise<void>;
  /** Creates (through the bulk path) and updates in one transaction: all or nothing. */
  applyBatch(batch: Batch): Promise<void>;
  /** Reads the whole network. The bulk path. */
  readNetwork(): Promise<NetworkData>;
  /** Removes every node and tie. */
  clear(): Promise<void>;

  /**
   * App documents (saved views, users, audit entries, events…): JSON kept in
   * the same database, in one `AppDocument` table, keyed by collection and id.
   */
  putDocument(collection: string, id: string, data: unknown): Promise<void>;
  /** Several documents of one collection in one transaction. */
  putDocuments(collection: string, documents: { id: string; data: unknown }[]): Promise<void>;
  getDocument<T = unknown>(collection: string, id: string): Promise<T | null>;
  /** Documents of a collection ordered by id; `prefix` narrows to ids that start with it. */
  listDocuments<T = unknown>(collection: string, options?: { prefix?: string; offset?: number; limit?: number }): Promise<{ id: string; data: T }[]>;
  deleteDocument(collection: string, id: string): Promise<boolean>;
  /** Every document of every collection (backup, erasure proofs). */
  allDocuments(): Promise<{ collection: string; id: string; data: unknown }[]>;
  /** Removes every document except those of the given collections. */
  clearDocuments(keep?: readonly string[]): Promise<void>;

  /** Runs Cypher written in the portable subset; rows come back as plain JSON values. */
  query(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<Row[]>;
}
