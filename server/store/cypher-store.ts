/**
 * The write half of the store, written once in the Cypher subset that Kùzu
 * and Neo4j share. Adapters extend this class and supply only what differs
 * between engines: how a statement runs, how a write transaction is held, the
 * bulk create and read paths, and how the whole network is replaced.
 *
 * Ties are matched through their endpoints' primary keys (`(a {id})-[r]->(b
 * {id})`), never by scanning a relationship table for `r.id`.
 */
import { NODE_KINDS, NODE_LABEL, TIE_TYPES, kindOfNodeId, type GraphNode, type GraphTie, type NetworkData, type NodeKind, type TieType } from '../model/index.ts';
import { nodeColumns, tieColumns } from './schema.ts';
import type { GraphStore, QueryOptions, Row, StoreCounts, StoreEngine, StoreWrite } from './types.ts';

/** Runs one statement; inside a write transaction when given by `writeTransaction`. */
export type Run = (cypher: string, params?: Record<string, unknown>) => Promise<Row[]>;

/** Below this many creates a write uses plain CREATE statements; above it, the bulk path. */
const BULK_THRESHOLD = 200;

export function nodeReturn(kind: NodeKind, variable = 'n'): string {
  return ['id', ...nodeColumns(kind).map((column) => column.name)].map((name) => `${variable}.${name} AS ${name}`).join(', ');
}

export function tieReturn(variable = 'r'): string {
  return tieColumns()
    .map((column) => `${variable}.${column.name} AS ${column.name}`)
    .join(', ');
}

/** Drops null properties, so that absent and null mean the same. */
export function compact<T extends Row>(row: T): T {
  for (const key of Object.keys(row)) if (row[key] === null || row[key] === undefined) delete row[key];
  return row;
}

export function nodeFromRow(kind: NodeKind, row: Row): GraphNode {
  return { ...compact(row), kind } as GraphNode;
}

export function tieFromRow(type: TieType, row: Row): GraphTie {
  return { ...compact(row), type } as GraphTie;
}

/** A node's stored properties (everything but its kind), without empty ones. */
export function nodeProperties({ kind: _kind, ...properties }: GraphNode): Row {
  return definedOnly(properties);
}

/** A tie's stored properties (everything but its type and endpoints), without empty ones. */
export function tieProperties({ type: _type, from: _from, to: _to, ...properties }: GraphTie): Row {
  return definedOnly(properties);
}

function definedOnly(values: Row): Row {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null));
}

/** `{a: $a, b: $b}` for the keys of `values`. */
function propertyMap(values: Row): string {
  return `{${Object.keys(values)
    .map((key) => `${key}: $${key}`)
    .join(', ')}}`;
}

function setClause(variable: string, changes: Row): string {
  return Object.keys(changes)
    .map((key) => (changes[key] === null || changes[key] === undefined ? `${variable}.${key} = NULL` : `${variable}.${key} = $${key}`))
    .join(', ');
}

function tieMatch(tie: GraphTie): string {
  return `MATCH (a:${NODE_LABEL[kindOfNodeId(tie.from)!]} {id: $from})-[r:${tie.type}]->(b:${NODE_LABEL[kindOfNodeId(tie.to)!]} {id: $to}) WHERE r.id = $tieId`;
}

export abstract class CypherStore implements GraphStore {
  abstract readonly engine: StoreEngine;
  abstract init(): Promise<void>;
  abstract close(): Promise<void>;
  abstract readNetwork(): Promise<NetworkData>;
  abstract replaceAll(data: NetworkData): Promise<void>;
  abstract query(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<Row[]>;
  /** A read outside any write transaction. */
  protected abstract read: Run;
  /** Runs `work` in one write transaction: it commits when `work` resolves and rolls back when it throws. */
  protected abstract writeTransaction<T>(work: (run: Run) => Promise<T>): Promise<T>;
  /** Creates many nodes and ties inside a write transaction (COPY on Kùzu, UNWIND batches on Neo4j). */
  protected abstract bulkCreate(run: Run, data: NetworkData): Promise<void>;

  async counts(): Promise<StoreCounts> {
    const nodes = {} as StoreCounts['nodes'];
    for (const kind of NODE_KINDS) {
      const [row] = await this.read(`MATCH (n:${NODE_LABEL[kind]}) RETURN count(n) AS total`);
      nodes[kind] = Number(row?.total ?? 0);
    }
    const ties = {} as StoreCounts['ties'];
    for (const type of TIE_TYPES) {
      const [row] = await this.read(`MATCH ()-[r:${type}]->() RETURN count(r) AS total`);
      ties[type] = Number(row?.total ?? 0);
    }
    return { nodes, ties };
  }

  bulkInsert(data: NetworkData): Promise<void> {
    return this.write({ createNodes: data.nodes, createTies: data.ties });
  }

  async write(changes: StoreWrite): Promise<void> {
    const createNodes = changes.createNodes ?? [];
    const createTies = changes.createTies ?? [];
    await this.writeTransaction(async (run) => {
      if (createNodes.length + createTies.length > BULK_THRESHOLD) await this.bulkCreate(run, { nodes: [...createNodes], ties: [...createTies] });
      else {
        for (const node of createNodes) await createNode(run, node);
        for (const tie of createTies) await createTie(run, tie);
      }
      for (const { node, set } of changes.updateNodes ?? []) {
        const assignments = setClause('n', set);
        if (assignments) await run(`MATCH (n:${NODE_LABEL[node.kind]} {id: $id}) SET ${assignments}`, { ...definedOnly(set), id: node.id });
      }
      for (const { tie, set } of changes.updateTies ?? []) {
        const assignments = setClause('r', set);
        if (assignments) await run(`${tieMatch(tie)} SET ${assignments}`, { ...definedOnly(set), from: tie.from, to: tie.to, tieId: tie.id });
      }
      for (const tie of changes.deleteTies ?? []) await run(`${tieMatch(tie)} DELETE r`, { from: tie.from, to: tie.to, tieId: tie.id });
      for (const node of changes.deleteNodes ?? []) await run(`MATCH (n:${NODE_LABEL[node.kind]} {id: $id}) DETACH DELETE n`, { id: node.id });
    });
  }
}

async function createNode(run: Run, node: GraphNode): Promise<void> {
  const values = nodeProperties(node);
  await run(`CREATE (n:${NODE_LABEL[node.kind]} ${propertyMap(values)})`, values);
}

async function createTie(run: Run, tie: GraphTie): Promise<void> {
  const values = tieProperties(tie);
  const fromLabel = NODE_LABEL[kindOfNodeId(tie.from)!];
  const toLabel = NODE_LABEL[kindOfNodeId(tie.to)!];
  // Endpoint parameters get names no tie property has.
  await run(`MATCH (a:${fromLabel} {id: $fromId}), (b:${toLabel} {id: $toId}) CREATE (a)-[r:${tie.type} ${propertyMap(values)}]->(b)`, {
    ...values,
    fromId: tie.from,
    toId: tie.to,
  });
}
