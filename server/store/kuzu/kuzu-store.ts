/**
 * Embedded Kùzu adapter: the zero-setup default. One write connection behind a
 * queue (Kùzu allows one writer), a small pool of read connections, and COPY
 * from CSV as the bulk path (UNWIND-based inserts of ties were orders of
 * magnitude slower, see the README's figures).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kuzu from 'kuzu';
import { NODE_KINDS, NODE_LABEL, TIE_TYPES, kindOfNodeId, typeOfTieId, type GraphNode, type GraphTie, type NetworkData } from '../../model/index.ts';
import { AppError, ConflictError, QueryLimitError, ValidationError } from '../../errors.ts';
import { CypherStore, type Run } from '../cypher-store.ts';
import { nodeColumns, parseSchemaFile, tieColumns, type ColumnType } from '../schema.ts';
import { Serial } from '../serial.ts';
import type { Batch, QueryOptions, Row } from '../types.ts';
import { toCsv } from './csv.ts';
import { toPlain } from './values.ts';

const SCHEMA_FILE = new URL('../../../cypher/schema/kuzu.cypher', import.meta.url);
const READ_CONNECTIONS = 3;
/** Kùzu has no "no timeout"; a day stands in for it. */
const NO_TIMEOUT_MS = 86_400_000;

type Connection = InstanceType<typeof kuzu.Connection>;

export interface KuzuStoreOptions {
  /** Directory of the database; created when missing. */
  path: string;
}

export class KuzuStore extends CypherStore {
  readonly engine = 'kuzu' as const;
  private database?: InstanceType<typeof kuzu.Database>;
  private writer?: Connection;
  private idleReaders: Connection[] = [];
  private waitingForReader: ((connection: Connection) => void)[] = [];
  private readonly writes = new Serial();

  constructor(private readonly options: KuzuStoreOptions) {
    super();
  }

  async init(): Promise<void> {
    mkdirSync(this.options.path, { recursive: true });
    this.database = new kuzu.Database(join(this.options.path, 'graph.kuzu'));
    this.writer = new kuzu.Connection(this.database);
    for (let index = 0; index < READ_CONNECTIONS; index++) this.idleReaders.push(new kuzu.Connection(this.database));
    for (const statement of parseSchemaFile(readFileSync(SCHEMA_FILE, 'utf8'))) await command(this.writer, statement);
  }

  async close(): Promise<void> {
    await this.writes.run(async () => {
      for (const connection of [this.writer, ...this.idleReaders]) await connection?.close();
      await this.database?.close();
      this.database = undefined;
    });
  }

  protected read: Run = (cypher, params = {}) => this.withReader((connection) => execute(connection, cypher, params));

  protected writeTransaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.writes.run(async () => {
      const connection = this.requireWriter();
      await command(connection, 'BEGIN TRANSACTION');
      try {
        const result = await work((cypher, params = {}) => execute(connection, cypher, params));
        await command(connection, 'COMMIT');
        return result;
      } catch (error) {
        await rollback(connection);
        throw error;
      }
    });
  }

  async query(cypher: string, params: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<Row[]> {
    if (!options.readOnly) return this.writeTransaction((run) => run(cypher, params));
    return this.withReader(async (connection) => {
      connection.setQueryTimeout(options.timeoutMs ?? NO_TIMEOUT_MS);
      await command(connection, 'BEGIN TRANSACTION READ ONLY');
      try {
        return await execute(connection, cypher, params);
      } catch (error) {
        throw translateQueryError(error, options.timeoutMs);
      } finally {
        await rollback(connection);
        connection.setQueryTimeout(NO_TIMEOUT_MS);
      }
    });
  }

  async applyBatch(batch: Batch): Promise<void> {
    const directory = mkdtempSync(join(tmpdir(), 'wijknetwerk-bulk-'));
    try {
      const files = writeBulkFiles(directory, batch.create);
      await this.writeTransaction(async (run) => {
        await checkBatch(run, batch);
        for (const file of files) await run(file.statement);
        await this.applyUpdates(run, batch);
      });
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new ConflictError(`bulkimport afgebroken, er is niets opgeslagen: ${cleanMessage(error)}`);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }

  /** The bulk read: one query per table, rows taken as they come (all columns are plain strings, numbers and lists). */
  async readNetwork(): Promise<NetworkData> {
    return this.withReader(async (connection) => {
      const nodes: GraphNode[] = [];
      for (const kind of NODE_KINDS) {
        const packing = NODE_PACKING[kind];
        for (const row of await rawRows(connection, `MATCH (n:${NODE_LABEL[kind]}) RETURN ${packing.expression} AS line`)) {
          nodes.push(packing.unpack(String(row.line), 'kind', kind) as GraphNode);
        }
      }
      const ties: GraphTie[] = [];
      for (const type of TIE_TYPES) {
        for (const row of await rawRows(connection, `MATCH (a)-[r:${type}]->(b) RETURN ${TIE_PACKING.expression} AS line`)) {
          ties.push(TIE_PACKING.unpack(String(row.line), 'type', type) as GraphTie);
        }
      }
      return { nodes, ties };
    });
  }

  private requireWriter(): Connection {
    if (!this.writer) throw new AppError(503, 'store_closed', 'de database is gesloten');
    return this.writer;
  }

  private async withReader<T>(work: (connection: Connection) => Promise<T>): Promise<T> {
    if (!this.database) throw new AppError(503, 'store_closed', 'de database is gesloten');
    const connection = this.idleReaders.pop() ?? (await new Promise<Connection>((resolve) => this.waitingForReader.push(resolve)));
    try {
      return await work(connection);
    } finally {
      const next = this.waitingForReader.shift();
      if (next) next(connection);
      else this.idleReaders.push(connection);
    }
  }
}

/**
 * Runs one statement and reads all rows. Every QueryResult is closed here:
 * one left to the garbage collector can be finalised after its database is
 * closed, and that crashes the process (SIGSEGV) in Kùzu 0.11.
 */
async function execute(connection: Connection, cypher: string, params: Record<string, unknown>): Promise<Row[]> {
  const hasParams = Object.keys(params).length > 0;
  const result = hasParams
    ? await connection.execute(await prepare(connection, cypher), params as never)
    : await connection.query(cypher);
  const results = Array.isArray(result) ? result : [result];
  try {
    if (results.length > 1) throw new ValidationError('een query mag maar één statement bevatten');
    return results[0]!.getAllSync().map((row) => toPlain(row) as Row);
  } finally {
    for (const each of results) each.close();
  }
}

async function rawRows(connection: Connection, statement: string): Promise<Row[]> {
  const result = await connection.query(statement);
  const results = Array.isArray(result) ? result : [result];
  try {
    return results[0]!.getAllSync() as Row[];
  } finally {
    for (const each of results) each.close();
  }
}

/**
 * The bulk read takes each row as one string, its fields joined by the unit
 * separator (a control character the model does not allow in text): Kùzu
 * builds one JS object per row and one property per column, and with a dozen
 * mostly empty columns that took twice as long for 300k ties.
 */
const FIELD_SEPARATOR = '\u001f';

interface Packing {
  /** The Cypher expression that packs one row. */
  expression: string;
  unpack(line: string, key: string, value: string): Row;
}

function packing(variable: string, columns: { name: string; type: ColumnType; source?: string }[]): Packing {
  const expression = columns
    .map((column) => {
      const source = column.source ?? `${variable}.${column.name}`;
      return column.type === 'STRING' ? `coalesce(${source}, '')` : `coalesce(CAST(${source} AS STRING), '')`;
    })
    .join(` + '${FIELD_SEPARATOR}' + `);
  return {
    expression,
    unpack(line, key, value) {
      const values = line.split(FIELD_SEPARATOR);
      const row: Row = { [key]: value };
      for (let index = 0; index < columns.length; index++) {
        const raw = values[index];
        if (raw === undefined || raw === '') continue;
        const column = columns[index]!;
        row[column.name] = column.type === 'INT64' ? Number(raw) : column.type === 'STRING[]' ? raw.slice(1, -1).split(',').filter(Boolean) : raw;
      }
      return row;
    },
  };
}

const NODE_PACKING = Object.fromEntries(
  NODE_KINDS.map((kind) => [kind, packing('n', [{ name: 'id', type: 'STRING' }, ...nodeColumns(kind)])]),
) as Record<(typeof NODE_KINDS)[number], Packing>;

const TIE_PACKING = packing('r', [
  { name: 'from', type: 'STRING', source: 'a.id' },
  { name: 'to', type: 'STRING', source: 'b.id' },
  ...tieColumns(),
]);

async function command(connection: Connection, statement: string): Promise<void> {
  const result = await connection.query(statement);
  for (const each of Array.isArray(result) ? result : [result]) each.close();
}

async function prepare(connection: Connection, cypher: string) {
  const statement = await connection.prepare(cypher);
  if (!statement.isSuccess()) throw new ValidationError(`ongeldige Cypher: ${cleanMessage(statement.getErrorMessage())}`);
  return statement;
}

async function rollback(connection: Connection): Promise<void> {
  try {
    await command(connection, 'ROLLBACK');
  } catch {
    // Kùzu already rolled back a transaction that failed; nothing is left to undo.
  }
}

function cleanMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^(Runtime|Binder|Parser|Copy) exception: /, '').split('\n')[0]!;
}

function translateQueryError(error: unknown, timeoutMs?: number): Error {
  if (error instanceof AppError) return error;
  const message = cleanMessage(error);
  if (/interrupted|timeout/i.test(message)) return new QueryLimitError('timeout', `de query duurde langer dan ${timeoutMs} ms en is afgebroken`);
  if (/read-only|read only/i.test(message)) return new AppError(403, 'read_only', 'de console is alleen-lezen: deze query zou gegevens wijzigen');
  return new ValidationError(`ongeldige Cypher: ${message}`);
}

/**
 * Checks a batch before any COPY runs, so that a COPY does not fail and need a
 * rollback: Kùzu 0.11 can corrupt its primary-key index (and then its heap)
 * when a COPY is rolled back after rows were deleted from the same table.
 * New ids must be free and unique, tie endpoints and update targets must exist.
 */
async function checkBatch(run: Run, batch: Batch): Promise<void> {
  const created = new Set<string>();
  for (const node of batch.create.nodes) {
    if (created.has(node.id)) throw new ConflictError(`knoop '${node.id}' staat twee keer in de invoer; er is niets opgeslagen`);
    created.add(node.id);
  }
  const existing = await existingNodes(run, [...created]);
  if (existing.size) throw new ConflictError(`knoop '${[...existing][0]}' bestaat al; er is niets opgeslagen`);
  const needed = new Set<string>([...(batch.updateNodes ?? []).map((update) => update.id)]);
  for (const tie of batch.create.ties) for (const end of [tie.from, tie.to]) if (!created.has(end)) needed.add(end);
  const found = await existingNodes(run, [...needed]);
  const missing = [...needed].find((id) => !found.has(id));
  if (missing) throw new ConflictError(`knoop '${missing}' bestaat niet; er is niets opgeslagen`);
  for (const type of TIE_TYPES) {
    const ids = (batch.updateTies ?? []).map((update) => update.id).filter((id) => typeOfTieId(id) === type);
    if (!ids.length) continue;
    const rows = await run(`UNWIND $ids AS wanted MATCH ()-[r:${type}]->() WHERE r.id = wanted RETURN r.id AS id`, { ids });
    const present = new Set(rows.map((row) => String(row.id)));
    const absent = ids.find((id) => !present.has(id));
    if (absent) throw new ConflictError(`band '${absent}' bestaat niet; er is niets opgeslagen`);
  }
}

/** Which of these node ids exist; a primary-key lookup per id. */
async function existingNodes(run: Run, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const kind of NODE_KINDS) {
    const ofKind = ids.filter((id) => kindOfNodeId(id) === kind);
    if (!ofKind.length) continue;
    const rows = await run(`UNWIND $ids AS wanted MATCH (n:${NODE_LABEL[kind]} {id: wanted}) RETURN n.id AS id`, { ids: ofKind });
    for (const row of rows) found.add(String(row.id));
  }
  return found;
}

/** Writes one CSV per node table and per (tie type, endpoint pair); returns the COPY statements in load order. */
function writeBulkFiles(directory: string, data: NetworkData): { statement: string }[] {
  const statements: { statement: string }[] = [];
  const copy = (name: string, columns: string[], rows: Row[], extraOptions = '') => {
    if (rows.length === 0) return;
    const csv = toCsv(columns, rows);
    const file = join(directory, `${name}.csv`);
    writeFileSync(file, csv.text);
    const parallel = csv.hasNewlines ? ', parallel=false' : '';
    statements.push({ statement: `COPY ${name.split('__')[0]} FROM '${file.replace(/'/g, "\\'")}' (header=true, escape='"'${parallel}${extraOptions})` });
  };
  for (const kind of NODE_KINDS) {
    const rows = data.nodes.filter((node) => node.kind === kind);
    copy(NODE_LABEL[kind], ['id', ...nodeColumns(kind).map((column) => column.name)], rows);
  }
  const tieColumnNames = ['from', 'to', ...tieColumns().map((column) => column.name)];
  for (const type of TIE_TYPES) {
    const byPair = new Map<string, Row[]>();
    for (const tie of data.ties) {
      if (tie.type !== type) continue;
      const pair = `${NODE_LABEL[kindOfNodeId(tie.from)!]}__${NODE_LABEL[kindOfNodeId(tie.to)!]}`;
      const rows = byPair.get(pair) ?? byPair.set(pair, []).get(pair)!;
      rows.push(tie);
    }
    for (const [pair, rows] of byPair) {
      const [fromLabel, toLabel] = pair.split('__');
      copy(`${type}__${pair}`, tieColumnNames, rows, `, from='${fromLabel}', to='${toLabel}'`);
    }
  }
  return statements;
}
