/**
 * The CRUD half of the store, written once in the Cypher subset that Kùzu and
 * Neo4j share. Adapters extend this class and supply only what differs between
 * engines: how a statement runs, how a write transaction is held, and the bulk
 * paths.
 */
import {
  NODE_KINDS,
  NODE_LABEL,
  TIE_TYPES,
  kindOfNodeId,
  typeOfTieId,
  type GraphNode,
  type GraphTie,
  type NetworkData,
  type NodeKind,
  type TieType,
} from '../model/index.ts';
import { ConflictError } from '../errors.ts';
import { nodeColumns, tieColumns } from './schema.ts';
import type { Batch, GraphStore, ListNodesOptions, ListTiesOptions, Page, QueryOptions, Row, StoreCounts, StoreEngine } from './types.ts';

/** Runs one statement; inside a write transaction when given by `writeTransaction`. */
export type Run = (cypher: string, params?: Record<string, unknown>) => Promise<Row[]>;

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

/** `{a: $a, b: $b}` for the defined keys of `values`. */
function propertyMap(values: Row): string {
  return `{${Object.keys(values)
    .map((key) => `${key}: $${key}`)
    .join(', ')}}`;
}

function definedOnly(values: Row): Row {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null));
}

function setClause(variable: string, changes: Row): string {
  return Object.keys(changes)
    .map((key) => (changes[key] === null ? `${variable}.${key} = NULL` : `${variable}.${key} = $${key}`))
    .join(', ');
}

export abstract class CypherStore implements GraphStore {
  abstract readonly engine: StoreEngine;
  abstract init(): Promise<void>;
  abstract close(): Promise<void>;
  abstract applyBatch(batch: Batch): Promise<void>;
  abstract readNetwork(): Promise<NetworkData>;
  abstract query(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<Row[]>;
  /** A read outside any write transaction. */
  protected abstract read: Run;
  /** Runs `work` in one write transaction: it commits when `work` resolves and rolls back when it throws. */
  protected abstract writeTransaction<T>(work: (run: Run) => Promise<T>): Promise<T>;

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

  async getNode(id: string): Promise<GraphNode | null> {
    const kind = kindOfNodeId(id);
    if (!kind) return null;
    const [row] = await this.read(`MATCH (n:${NODE_LABEL[kind]} {id: $id}) RETURN ${nodeReturn(kind)}`, { id });
    return row ? nodeFromRow(kind, row) : null;
  }

  async listNodes(kind: NodeKind, { offset, limit, search }: ListNodesOptions): Promise<Page<GraphNode>> {
    const label = NODE_LABEL[kind];
    const where = search ? 'WHERE toLower(n.name) CONTAINS toLower($search)' : '';
    const params = search ? { search } : {};
    const [countRow] = await this.read(`MATCH (n:${label}) ${where} RETURN count(n) AS total`, params);
    const rows = await this.read(
      `MATCH (n:${label}) ${where} RETURN ${nodeReturn(kind)} ORDER BY n.name, n.id SKIP $offset LIMIT $limit`,
      { ...params, offset, limit },
    );
    return { items: rows.map((row) => nodeFromRow(kind, row)), total: Number(countRow?.total ?? 0) };
  }

  async createNode(node: GraphNode): Promise<void> {
    const { kind, ...properties } = node;
    const values = definedOnly(properties);
    await this.writeTransaction(async (run) => {
      const [existing] = await run(`MATCH (n:${NODE_LABEL[kind]} {id: $id}) RETURN n.id AS id`, { id: node.id });
      if (existing) throw new ConflictError(`er bestaat al een knoop met id '${node.id}'`, [{ path: 'id', message: 'bestaat al' }]);
      await run(`CREATE (n:${NODE_LABEL[kind]} ${propertyMap(values)})`, values);
    });
  }

  bulkInsert(data: NetworkData): Promise<void> {
    return this.applyBatch({ create: data });
  }

  updateNode(id: string, changes: Row): Promise<GraphNode | null> {
    return this.writeTransaction((run) => this.updateNodeIn(run, id, changes));
  }

  protected async updateNodeIn(run: Run, id: string, changes: Row): Promise<GraphNode | null> {
    const kind = kindOfNodeId(id);
    if (!kind) return null;
    const label = NODE_LABEL[kind];
    const assignments = setClause('n', changes);
    const statement = assignments
      ? `MATCH (n:${label} {id: $id}) SET ${assignments} RETURN ${nodeReturn(kind)}`
      : `MATCH (n:${label} {id: $id}) RETURN ${nodeReturn(kind)}`;
    const [row] = await run(statement, { ...definedOnly(changes), id });
    return row ? nodeFromRow(kind, row) : null;
  }

  /** The updates of a batch, inside the batch's transaction; a missing node or tie aborts it. */
  protected async applyUpdates(run: Run, batch: Batch): Promise<void> {
    for (const { id, changes } of batch.updateNodes ?? []) {
      if (!(await this.updateNodeIn(run, id, changes))) throw new ConflictError(`knoop '${id}' bestaat niet meer; er is niets opgeslagen`);
    }
    for (const { id, changes } of batch.updateTies ?? []) {
      if (!(await this.updateTieIn(run, id, changes))) throw new ConflictError(`band '${id}' bestaat niet meer; er is niets opgeslagen`);
    }
  }

  async deleteNode(id: string): Promise<boolean> {
    const kind = kindOfNodeId(id);
    if (!kind) return false;
    const label = NODE_LABEL[kind];
    return this.writeTransaction(async (run) => {
      const [existing] = await run(`MATCH (n:${label} {id: $id}) RETURN n.id AS id`, { id });
      if (!existing) return false;
      await run(`MATCH (n:${label} {id: $id}) DETACH DELETE n`, { id });
      return true;
    });
  }

  async getTie(id: string): Promise<GraphTie | null> {
    const type = typeOfTieId(id);
    if (!type) return null;
    const [row] = await this.read(`MATCH (a)-[r:${type}]->(b) WHERE r.id = $id RETURN a.id AS from, b.id AS to, ${tieReturn()}`, { id });
    return row ? tieFromRow(type, row) : null;
  }

  async listTies({ offset, limit, type, nodeId }: ListTiesOptions): Promise<Page<GraphTie>> {
    const types = type ? [type] : TIE_TYPES;
    const where = nodeId ? 'WHERE a.id = $nodeId OR b.id = $nodeId' : '';
    const params = nodeId ? { nodeId } : {};
    const all: GraphTie[] = [];
    let total = 0;
    // One table at a time keeps the statements portable (no label unions), and pages across tables.
    for (const tieTypeName of types) {
      const [countRow] = await this.read(`MATCH (a)-[r:${tieTypeName}]->(b) ${where} RETURN count(r) AS total`, params);
      const count = Number(countRow?.total ?? 0);
      const skip = Math.max(0, offset - total);
      const take = Math.max(0, offset + limit - total - skip);
      total += count;
      if (take === 0 || skip >= count) continue;
      const rows = await this.read(
        `MATCH (a)-[r:${tieTypeName}]->(b) ${where} RETURN a.id AS from, b.id AS to, ${tieReturn()} ORDER BY r.id SKIP $skip LIMIT $take`,
        { ...params, skip, take },
      );
      all.push(...rows.map((row) => tieFromRow(tieTypeName, row)));
    }
    return { items: all, total };
  }

  async createTie(tie: GraphTie): Promise<void> {
    const { type, from, to, ...properties } = tie;
    const fromKind = kindOfNodeId(from);
    const toKind = kindOfNodeId(to);
    const values = definedOnly(properties);
    await this.writeTransaction(async (run) => {
      const missing: { path: string; message: string }[] = [];
      for (const [path, id, kind] of [
        ['from', from, fromKind],
        ['to', to, toKind],
      ] as const) {
        const [row] = kind ? await run(`MATCH (n:${NODE_LABEL[kind]} {id: $id}) RETURN n.id AS id`, { id }) : [];
        if (!row) missing.push({ path, message: `knoop '${id}' bestaat niet` });
      }
      if (missing.length) throw new ConflictError('een band moet tussen bestaande knopen lopen', missing);
      const [existing] = await run(`MATCH ()-[r:${type}]->() WHERE r.id = $id RETURN r.id AS id`, { id: tie.id });
      if (existing) throw new ConflictError(`er bestaat al een band met id '${tie.id}'`, [{ path: 'id', message: 'bestaat al' }]);
      await run(
        `MATCH (a:${NODE_LABEL[fromKind!]} {id: $from}), (b:${NODE_LABEL[toKind!]} {id: $to}) CREATE (a)-[r:${type} ${propertyMap(values)}]->(b)`,
        { ...values, from, to },
      );
    });
  }

  updateTie(id: string, changes: Row): Promise<GraphTie | null> {
    return this.writeTransaction((run) => this.updateTieIn(run, id, changes));
  }

  protected async updateTieIn(run: Run, id: string, changes: Row): Promise<GraphTie | null> {
    const type = typeOfTieId(id);
    if (!type) return null;
    const assignments = setClause('r', changes);
    const match = `MATCH (a)-[r:${type}]->(b) WHERE r.id = $id`;
    const statement = assignments
      ? `${match} SET ${assignments} RETURN a.id AS from, b.id AS to, ${tieReturn()}`
      : `${match} RETURN a.id AS from, b.id AS to, ${tieReturn()}`;
    const [row] = await run(statement, { ...definedOnly(changes), id });
    return row ? tieFromRow(type, row) : null;
  }

  async deleteTie(id: string): Promise<boolean> {
    const type = typeOfTieId(id);
    if (!type) return false;
    return this.writeTransaction(async (run) => {
      const [existing] = await run(`MATCH ()-[r:${type}]->() WHERE r.id = $id RETURN r.id AS id`, { id });
      if (!existing) return false;
      await run(`MATCH ()-[r:${type}]->() WHERE r.id = $id DELETE r`, { id });
      return true;
    });
  }

  putDocument(collection: string, id: string, data: unknown): Promise<void> {
    return this.putDocuments(collection, [{ id, data }]);
  }

  async putDocuments(collection: string, documents: { id: string; data: unknown }[]): Promise<void> {
    if (documents.length === 0) return;
    const updatedAt = new Date().toISOString();
    await this.writeTransaction(async (run) => {
      for (const { id, data } of documents) {
        await run('MERGE (d:AppDocument {id: $key}) SET d.collection = $collection, d.data = $data, d.updatedAt = $updatedAt', {
          key: `${collection}/${id}`,
          collection,
          data: JSON.stringify(data),
          updatedAt,
        });
      }
    });
  }

  async getDocument<T>(collection: string, id: string): Promise<T | null> {
    const [row] = await this.read('MATCH (d:AppDocument {id: $key}) RETURN d.data AS data', { key: `${collection}/${id}` });
    return row ? (JSON.parse(String(row.data)) as T) : null;
  }

  async listDocuments<T>(collection: string, { prefix = '', offset = 0, limit = 10_000 } = {}): Promise<{ id: string; data: T }[]> {
    const rows = await this.read(
      'MATCH (d:AppDocument) WHERE d.collection = $collection AND d.id STARTS WITH $start RETURN d.id AS id, d.data AS data ORDER BY d.id SKIP $offset LIMIT $limit',
      { collection, start: `${collection}/${prefix}`, offset, limit },
    );
    return rows.map((row) => ({ id: String(row.id).slice(collection.length + 1), data: JSON.parse(String(row.data)) as T }));
  }

  async deleteDocument(collection: string, id: string): Promise<boolean> {
    return this.writeTransaction(async (run) => {
      const key = `${collection}/${id}`;
      const [existing] = await run('MATCH (d:AppDocument {id: $key}) RETURN d.id AS id', { key });
      if (!existing) return false;
      await run('MATCH (d:AppDocument {id: $key}) DELETE d', { key });
      return true;
    });
  }

  async allDocuments(): Promise<{ collection: string; id: string; data: unknown }[]> {
    const rows = await this.read('MATCH (d:AppDocument) RETURN d.collection AS collection, d.id AS id, d.data AS data ORDER BY d.id');
    return rows.map((row) => {
      const collection = String(row.collection);
      return { collection, id: String(row.id).slice(collection.length + 1), data: JSON.parse(String(row.data)) as unknown };
    });
  }

  async clearDocuments(keep: readonly string[] = []): Promise<void> {
    await this.writeTransaction((run) => run('MATCH (d:AppDocument) WHERE NOT d.collection IN $keep DELETE d', { keep: [...keep, ''] }));
  }

  async clear(): Promise<void> {
    await this.writeTransaction(async (run) => {
      for (const kind of NODE_KINDS) await run(`MATCH (n:${NODE_LABEL[kind]}) DETACH DELETE n`);
    });
  }
}
