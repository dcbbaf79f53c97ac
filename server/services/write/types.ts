/**
 * The one write path's vocabulary. Every change to the network (a screen,
 * an import, the intake, a merge, a restore, a purge, an erasure, the CLI)
 * is a `WriteRequest`: a list of changes made by one actor, with the app
 * records that belong with it. The write service checks the actor's right to
 * every node and tie touched, validates, checks versions, writes in one
 * transaction, records the history events and the audit entry, and updates
 * the in-memory network.
 */
import type { GraphNode, GraphTie, Role } from '../../model/index.ts';
import type { Collection } from '../records/collections.ts';

/** Who makes a change. The system actor (demo, migrations) has every right. */
export interface Actor {
  username: string;
  role: Role | 'systeem';
  /** Gebied ids the account works in (scoped roles). */
  gebieden: readonly string[];
}

export const SYSTEM_ACTOR: Actor = { username: 'systeem', role: 'systeem', gebieden: [] };

/** `ref` names the change in errors (e.g. "regel 12"); `ifVersion` is the version the writer last saw. */
interface ChangeBase {
  ref?: string;
}

export type Change =
  | (ChangeBase & { op: 'createNode'; node: unknown })
  | (ChangeBase & { op: 'updateNode'; id: string; changes: unknown; ifVersion?: number })
  | (ChangeBase & { op: 'deleteNode'; id: string; ifVersion?: number })
  | (ChangeBase & { op: 'createTie'; tie: unknown })
  | (ChangeBase & { op: 'updateTie'; id: string; changes: unknown; ifVersion?: number })
  | (ChangeBase & { op: 'deleteTie'; id: string; ifVersion?: number });

/** An app record written (or, with `data: null`, deleted) in the same transaction as the change's events and audit. */
export interface RecordWrite {
  collection: Collection;
  id: string;
  owner?: string | null;
  data: unknown;
}

/** Where a change comes from; recorded in its events and audit entry. */
export const WRITE_SOURCES = ['api', 'import', 'intake', 'inventory', 'merge', 'undo', 'contact', 'werklijst', 'restore', 'retention', 'erasure', 'demo', 'cli'] as const;
export type WriteSource = (typeof WRITE_SOURCES)[number];

export interface WriteRequest {
  actor: Actor;
  source: WriteSource;
  changes: readonly Change[];
  records?: readonly RecordWrite[];
  /** Nodes and ties the request is about without changing them (the tie of a contact moment): they need the same right as a change. */
  touches?: readonly string[];
  /** Persons the request is about without touching them in the network (the persons of a finding marked on the work list), for its audit entry. */
  subjects?: readonly string[];
  /** The route or command, for the audit entry. */
  route?: string;
}

/** One thing wrong with one change: `index` into `changes`, its `ref`, and the field. */
export interface WriteProblem {
  index: number;
  ref?: string;
  path: string;
  message: string;
  /** 403 (no right), 404 (unknown), 409 (conflict), 412 (stale version) or 400 (invalid). */
  status: 400 | 403 | 404 | 409 | 412;
}

export interface WriteResult {
  /** Created and updated nodes and ties as stored, in the order of the changes. */
  nodes: GraphNode[];
  ties: GraphTie[];
  /** Ids of deleted nodes and ties (a node's ties included). */
  deleted: string[];
  /** The network's version after the write. */
  version: number;
}
