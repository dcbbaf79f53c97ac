/**
 * Neo4j adapter, through the official driver (Bolt). Used when NEO4J_URI is
 * set: Community, Enterprise, Aura or a cluster. Reads run in read
 * transactions, so a cluster can route them to followers.
 */
import { readFileSync } from 'node:fs';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { NODE_KINDS, NODE_LABEL, TIE_TYPES, kindOfNodeId, type GraphNode, type GraphTie, type NetworkData, type NodeKind } from '../../model/index.ts';
import { AppError, ConflictError, QueryLimitError, ValidationError } from '../../errors.ts';
import { CypherStore, nodeFromRow, nodeProperties, nodeReturn, tieFromRow, tieProperties, tieReturn, type Run } from '../cypher-store.ts';
import { parseSchemaFile } from '../schema.ts';
import type { QueryOptions, Row } from '../types.ts';
import { toPlain } from './values.ts';

const SCHEMA_FILE = new URL('../../../cypher/schema/neo4j.cypher', import.meta.url);
const BATCH = 5_000;

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** A driver made elsewhere (tests record what the adapter sends through one); otherwise one is made for `uri`. */
  driver?: Driver;
}

export class Neo4jStore extends CypherStore {
  readonly engine = 'neo4j' as const;
  private readonly driver: Driver;

  constructor(private readonly options: Neo4jStoreOptions) {
    super();
    this.driver = options.driver ?? neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), { disableLosslessIntegers: true });
  }

  async init(): Promise<void> {
    await this.driver.verifyConnectivity();
    const session = this.session();
    try {
      for (const statement of parseSchemaFile(readFileSync(SCHEMA_FILE, 'utf8'))) await session.run(statement);
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  protected read: Run = (cypher, params = {}) => this.inSession((session) => session.executeRead((tx) => run(tx, cypher, params)));

  protected writeTransaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.inSession((session) => session.executeWrite((tx) => work((cypher, params = {}) => run(tx, cypher, params))));
  }

  async query(cypher: string, params: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<Row[]> {
    if (!options.readOnly) return this.writeTransaction((runInTx) => runInTx(cypher, params));
    try {
      return await this.inSession((session) =>
        session.executeRead((tx) => run(tx, cypher, params), options.timeoutMs ? { timeout: options.timeoutMs } : undefined),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/terminated|timeout/i.test(message)) throw new QueryLimitError('timeout', `de query duurde langer dan ${options.timeoutMs} ms en is afgebroken`);
      if (/write|read access mode/i.test(message)) throw new AppError(403, 'read_only', 'de console is alleen-lezen: deze query zou gegevens wijzigen');
      // The whole message: Neo4j's line, column and caret follow the first line.
      throw new ValidationError(`ongeldige Cypher: ${message.trimEnd()}`);
    }
  }

  protected async bulkCreate(runInTx: Run, data: NetworkData): Promise<void> {
    for (const kind of NODE_KINDS) {
      const rows = data.nodes.filter((node) => node.kind === kind).map(nodeProperties);
      for (let start = 0; start < rows.length; start += BATCH) {
        await runInTx(`UNWIND $rows AS row CREATE (n:${NODE_LABEL[kind]}) SET n = row`, { rows: rows.slice(start, start + BATCH) });
      }
    }
    for (const type of TIE_TYPES) {
      const byPair = new Map<string, GraphTie[]>();
      for (const tie of data.ties) {
        if (tie.type !== type) continue;
        const pair = `${kindOfNodeId(tie.from)}>${kindOfNodeId(tie.to)}`;
        const group = byPair.get(pair) ?? byPair.set(pair, []).get(pair)!;
        group.push(tie);
      }
      for (const [pair, group] of byPair) {
        const [fromKind, toKind] = pair.split('>') as [NodeKind, NodeKind];
        const rows = group.map((tie) => ({ from: tie.from, to: tie.to, properties: tieProperties(tie) }));
        for (let start = 0; start < rows.length; start += BATCH) {
          const slice = rows.slice(start, start + BATCH);
          const [result] = await runInTx(
            `UNWIND $rows AS row MATCH (a:${NODE_LABEL[fromKind]} {id: row.from}), (b:${NODE_LABEL[toKind]} {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.properties RETURN count(r) AS created`,
            { rows: slice },
          );
          // MATCH skips a row whose endpoint is missing; Kùzu's COPY refuses it. Refuse it here too.
          if (Number(result?.created ?? 0) !== slice.length) throw new ConflictError('bulkimport afgebroken: een band verwijst naar een knoop die niet bestaat; er is niets opgeslagen');
        }
      }
    }
  }

  /** Deletes everything and creates `data`, in one transaction. (Physical removal from Neo4j's store files is Neo4j's own business: see docs/deploy.md.) */
  async replaceAll(data: NetworkData): Promise<void> {
    await this.writeTransaction(async (runInTx) => {
      for (const kind of NODE_KINDS) await runInTx(`MATCH (n:${NODE_LABEL[kind]}) DETACH DELETE n`);
      await this.bulkCreate(runInTx, data);
    });
  }

  async readNetwork(): Promise<NetworkData> {
    const nodes: GraphNode[] = [];
    for (const kind of NODE_KINDS) {
      const rows = await this.read(`MATCH (n:${NODE_LABEL[kind]}) RETURN ${nodeReturn(kind)}`);
      for (const row of rows) nodes.push(nodeFromRow(kind, row));
    }
    const ties: GraphTie[] = [];
    for (const type of TIE_TYPES) {
      const rows = await this.read(`MATCH (a)-[r:${type}]->(b) RETURN a.id AS from, b.id AS to, ${tieReturn()}`);
      for (const row of rows) ties.push(tieFromRow(type, row));
    }
    return { nodes, ties };
  }

  private session(): Session {
    return this.driver.session({ database: this.options.database });
  }

  private async inSession<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.session();
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }
}

async function run(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<Row[]> {
  const result = await tx.run(cypher, toNeo4jParams(params));
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

/** Neo4j wants integers for SKIP and LIMIT; JS numbers arrive as floats. */
function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Number.isInteger(value) ? neo4j.int(value as number) : value]));
}
