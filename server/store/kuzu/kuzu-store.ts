/**
 * Embedded Kùzu adapter: the zero-setup default. One write connection behind a
 * queue (Kùzu allows one writer), a small pool of read connections, COPY from
 * CSV as the bulk path (UNWIND-based inserts of ties were orders of magnitude
 * slower, see the README's figures), and a rebuilt file to replace everything.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import kuzu from 'kuzu';
import { NODE_KINDS, NODE_LABEL, TIE_TYPES, kindOfNodeId, type NetworkData } from '../../model/index.ts';
import { AppError, QueryLimitError, ValidationError } from '../../errors.ts';
import { CypherStore, type Run } from '../cypher-store.ts';
import { nodeColumns, parseSchemaFile, tieColumns, type ColumnType } from '../schema.ts';
import { Serial } from '../serial.ts';
import type { QueryOptions, Row } from '../types.ts';
import { exportTables, readExport, type ExportedTable } from './bulk-read.ts';
import { toCsv } from './csv.ts';
import { toPlain } from './values.ts';

const SCHEMA_FILE = new URL('../../../cypher/schema/kuzu.cypher', import.meta.url);
const DATABASE_FILE = 'graph.kuzu';
/** Where a rebuilt database is written before it replaces the old one. */
const REBUILD_SUFFIX = '.nieuw';
const OLD_SUFFIX = '.oud';
const READ_CONNECTIONS = 3;
/**
 * Every connection runs a query on one thread. With more, Kùzu 0.11 now and
 * then answers a query whose subqueries look up a collected list (a saved
 * report's wijk network) as if a row were missing: about one run in a hundred
 * under load, a silent wrong answer. The store runs its reads side by side on
 * READ_CONNECTIONS instead.
 */
const THREADS_PER_QUERY = 1;
/** Kùzu has no "no timeout"; a day stands in for it. */
const NO_TIMEOUT_MS = 86_400_000;

type Connection = InstanceType<typeof kuzu.Connection>;
type PreparedStatement = InstanceType<typeof kuzu.PreparedStatement>;

export interface KuzuStoreOptions {
  /** Directory of the database; created when missing. */
  path: string;
  /** Kùzu's buffer pool and the most address space it reserves for the file (defaults: Kùzu's own), for a process with a memory limit. */
  memory?: { bufferPoolBytes: number; maxDatabaseBytes: number };
}

export class KuzuStore extends CypherStore {
  readonly engine = 'kuzu' as const;
  private database?: InstanceType<typeof kuzu.Database>;
  private writer?: Connection;
  private readers: Connection[] = [];
  private idleReaders: Connection[] = [];
  private waitingForReader: ((connection: Connection) => void)[] = [];
  /** Set while the database file is being swapped: new reads wait for it. */
  private swapping?: Promise<void>;
  private readonly writes = new Serial();

  constructor(private readonly options: KuzuStoreOptions) {
    super();
  }

  private get file(): string {
    return join(this.options.path, DATABASE_FILE);
  }

  async init(): Promise<void> {
    mkdirSync(this.options.path, { recursive: true });
    removeInterruptedScratch(this.options.path);
    finishInterruptedSwap(this.file);
    await this.open();
  }

  private async open(): Promise<void> {
    this.database = this.newDatabase(this.file);
    this.writer = connect(this.database);
    this.readers = Array.from({ length: READ_CONNECTIONS }, () => connect(this.database!));
    this.idleReaders = [...this.readers];
    for (const statement of schemaStatements()) await command(this.writer, statement);
    await addMissingColumns(this.writer);
  }

  private async closeDatabase(): Promise<void> {
    for (const connection of [this.writer, ...this.readers]) await connection?.close();
    await this.database?.close();
    this.database = undefined;
    this.writer = undefined;
    this.readers = [];
    this.idleReaders = [];
  }

  async close(): Promise<void> {
    await this.writes.run(async () => {
      await this.swapping;
      await this.closeDatabase();
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
    return (await this.queryCapped(cypher, params, { timeoutMs: options.timeoutMs, maxRows: options.maxRows })).rows;
  }

  /**
   * A read-only query that takes at most `maxRows + 1` rows from the result,
   * however many the query produces (so a caller knows there were more).
   */
  async queryCapped(cypher: string, params: Record<string, unknown>, options: { timeoutMs?: number; maxRows?: number }): Promise<{ rows: Row[]; truncated: boolean }> {
    return this.withReader(async (connection) => {
      connection.setQueryTimeout(options.timeoutMs ?? NO_TIMEOUT_MS);
      await command(connection, 'BEGIN TRANSACTION READ ONLY');
      try {
        return await executeCapped(connection, cypher, params, options.maxRows);
      } catch (error) {
        throw translateQueryError(error, options.timeoutMs);
      } finally {
        await rollback(connection);
        connection.setQueryTimeout(NO_TIMEOUT_MS);
      }
    });
  }

  protected async bulkCreate(run: Run, data: NetworkData): Promise<void> {
    await this.withScratch(async (directory) => {
      for (const file of writeBulkFiles(directory, data)) await run(file.statement);
    });
  }

  /**
   * A directory for the engine's files of a bulk write or read, beside the
   * database, which holds the same data: so that no copy of it is kept wider
   * than the database is, and none outlives the operation.
   */
  private async withScratch<T>(use: (directory: string) => Promise<T>): Promise<T> {
    const directory = mkdtempSync(join(this.options.path, SCRATCH_PREFIX));
    try {
      return await use(directory);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }

  /**
   * Builds a new database file with only `data` in it, then swaps it in for
   * the old one. Kùzu keeps deleted values in its file, so this is how an
   * erasure becomes physical; a restore uses it too. A crash before the swap
   * leaves the old file whole (the unfinished one is removed on the next start).
   */
  async replaceAll(data: NetworkData): Promise<void> {
    await this.writes.run(async () => {
      const next = `${this.file}${REBUILD_SUFFIX}`;
      removeDatabaseFiles(next);
      const database = this.newDatabase(next);
      const connection = connect(database);
      try {
        for (const statement of schemaStatements()) await command(connection, statement);
        if (data.nodes.length || data.ties.length) {
          await this.withScratch(async (directory) => {
            await command(connection, 'BEGIN TRANSACTION');
            for (const file of writeBulkFiles(directory, data)) await command(connection, file.statement);
            await command(connection, 'COMMIT');
          });
        }
      } finally {
        await connection.close();
        await database.close();
      }
      let release!: () => void;
      this.swapping = new Promise<void>((resolve) => (release = resolve));
      try {
        await this.allReadersIdle();
        await this.closeDatabase();
        removeDatabaseFiles(`${this.file}${OLD_SUFFIX}`);
        renameSync(this.file, `${this.file}${OLD_SUFFIX}`);
        rmSync(`${this.file}.wal`, { force: true });
        renameSync(next, this.file);
        removeDatabaseFiles(`${this.file}${OLD_SUFFIX}`);
        await this.open();
      } finally {
        this.swapping = undefined;
        release();
      }
    });
  }

  /** The bulk read (`bulk-read.ts`): the engine exports every table to a file, and the files are parsed. */
  async readNetwork(): Promise<NetworkData> {
    return this.withScratch(async (directory) => readExport(await this.exportNetwork(directory)));
  }

  /** The engine's own export of the whole network into `directory`, one file per table: the first half of `readNetwork`. */
  async exportNetwork(directory: string): Promise<ExportedTable[]> {
    return this.withReader(async (connection) => {
      const tables = exportTables(directory);
      for (const table of tables) await command(connection, table.statement);
      return tables;
    });
  }

  private newDatabase(file: string): InstanceType<typeof kuzu.Database> {
    const memory = this.options.memory;
    return memory ? new kuzu.Database(file, memory.bufferPoolBytes, true, false, memory.maxDatabaseBytes) : new kuzu.Database(file);
  }

  private requireWriter(): Connection {
    if (!this.writer) throw new AppError(503, 'store_closed', 'de database is gesloten');
    return this.writer;
  }

  private async allReadersIdle(): Promise<void> {
    while (this.idleReaders.length < this.readers.length) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  private async withReader<T>(work: (connection: Connection) => Promise<T>): Promise<T> {
    while (this.swapping) await this.swapping;
    if (!this.database) throw new AppError(503, 'store_closed', 'de database is gesloten');
    const connection = this.idleReaders.pop() ?? (await new Promise<Connection>((resolve) => this.waitingForReader.push(resolve)));
    try {
      return await work(connection);
    } finally {
      const next = this.swapping ? undefined : this.waitingForReader.shift();
      if (next) next(connection);
      else this.idleReaders.push(connection);
    }
  }
}

function schemaStatements(): string[] {
  return parseSchemaFile(readFileSync(SCHEMA_FILE, 'utf8'));
}

/**
 * A database made by an earlier version lacks the columns the model has
 * gained since (CREATE … IF NOT EXISTS leaves an existing table as it is):
 * they are added, empty.
 */
async function addMissingColumns(connection: Connection): Promise<void> {
  const tables: [string, { name: string; type: ColumnType }[]][] = [
    ...NODE_KINDS.map((kind): [string, { name: string; type: ColumnType }[]] => [NODE_LABEL[kind], nodeColumns(kind)]),
    ...TIE_TYPES.map((type): [string, { name: string; type: ColumnType }[]] => [type, tieColumns()]),
  ];
  for (const [table, columns] of tables) {
    const present = new Set((await execute(connection, `CALL table_info('${table}') RETURN name`, {})).map((row) => String(row.name)));
    for (const column of columns) if (!present.has(column.name)) await command(connection, `ALTER TABLE ${table} ADD ${column.name} ${column.type}`);
  }
}

/**
 * A swap renames the old file aside, moves the new one in and removes the old
 * one. After a crash: without the file, the old one goes back; with it, what
 * is left of the old one or of an unfinished new one goes.
 */
function finishInterruptedSwap(file: string): void {
  if (!existsSync(file) && existsSync(`${file}${OLD_SUFFIX}`)) renameSync(`${file}${OLD_SUFFIX}`, file);
  removeDatabaseFiles(`${file}${OLD_SUFFIX}`);
  removeDatabaseFiles(`${file}${REBUILD_SUFFIX}`);
}

/** A Kùzu database is a file plus, while open or after a crash, its write-ahead log. */
function removeDatabaseFiles(file: string): void {
  for (const path of [file, `${file}.wal`, `${file}.shadow`, `${file}.tmp`]) rmSync(path, { force: true, recursive: true });
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

async function executeCapped(connection: Connection, cypher: string, params: Record<string, unknown>, maxRows = Number.MAX_SAFE_INTEGER): Promise<{ rows: Row[]; truncated: boolean }> {
  const hasParams = Object.keys(params).length > 0;
  const result = hasParams ? await connection.execute(await prepare(connection, cypher), params as never) : await connection.query(cypher);
  const results = Array.isArray(result) ? result : [result];
  try {
    if (results.length > 1) throw new ValidationError('een query mag maar één statement bevatten');
    const rows: Row[] = [];
    const first = results[0]!;
    while (rows.length <= maxRows && first.hasNext()) rows.push(toPlain(first.getNextSync()) as Row);
    const truncated = rows.length > maxRows;
    return { rows: truncated ? rows.slice(0, maxRows) : rows, truncated };
  } finally {
    for (const each of results) each.close();
  }
}

/** Scratch files are removed when used; those of a process that stopped in between, at the next start. */
const SCRATCH_PREFIX = 'scratch-';

function removeInterruptedScratch(directory: string): void {
  for (const name of readdirSync(directory)) if (name.startsWith(SCRATCH_PREFIX)) rmSync(join(directory, name), { recursive: true, force: true });
}

function connect(database: InstanceType<typeof kuzu.Database>): Connection {
  return new kuzu.Connection(database, THREADS_PER_QUERY);
}

async function command(connection: Connection, statement: string): Promise<void> {
  const result = await connection.query(statement);
  for (const each of Array.isArray(result) ? result : [result]) each.close();
}

/** Prepared statements per connection: writes repeat a few statement shapes, and preparing costs as much as running them. */
const preparedByConnection = new WeakMap<Connection, Map<string, PreparedStatement>>();
const PREPARED_PER_CONNECTION = 256;

async function prepare(connection: Connection, cypher: string): Promise<PreparedStatement> {
  let prepared = preparedByConnection.get(connection);
  if (!prepared) preparedByConnection.set(connection, (prepared = new Map()));
  const known = prepared.get(cypher);
  if (known) return known;
  const statement = await connection.prepare(cypher);
  if (!statement.isSuccess()) throw new ValidationError(`ongeldige Cypher: ${cleanMessage(statement.getErrorMessage())}`);
  if (prepared.size >= PREPARED_PER_CONNECTION) prepared.delete(prepared.keys().next().value!);
  prepared.set(cypher, statement);
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
  // An internal assertion of the engine names its own source files, which tell a user nothing.
  if (/^Assertion failed/.test(message)) return 'de ingebouwde database kan deze vorm van de query niet aan (een interne controle van de database sloeg aan); schrijf dit deel van de query anders';
  // The whole message: the engine's line, offset and caret come after the first line.
  return message.replace(/^(Runtime|Binder|Parser|Copy|Catalog|Conversion) exception: /, '').trimEnd();
}

function translateQueryError(error: unknown, timeoutMs?: number): Error {
  if (error instanceof AppError) return error;
  const message = cleanMessage(error);
  if (/interrupted|timeout/i.test(message)) return new QueryLimitError('timeout', `de query duurde langer dan ${timeoutMs} ms en is afgebroken`);
  if (/read-only|read only/i.test(message)) return new AppError(403, 'read_only', 'de console is alleen-lezen: deze query zou gegevens wijzigen');
  return new ValidationError(`ongeldige Cypher: ${message}`);
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
