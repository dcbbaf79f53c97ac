/**
 * The app's own records (accounts, sessions, secrets, audit, history events,
 * views, personal reports, duidingen, intake lists…) in one SQLite file,
 * apart from the network. No Cypher of any user can reach this file: it is
 * not a graph, and neither the graph store nor the query process opens it.
 *
 * SQLite because the records need what it does well: small transactions,
 * indexes by owner and subject, and real erasure (`secure_delete` zeroes
 * freed pages, and `compact()` checkpoints the WAL and vacuums the file).
 * It is synchronous (better-sqlite3): every call is short, and one write
 * transaction holds a whole change's events and audit entry.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { AuditEntry } from '../../model/index.ts';
import type { Collection } from './collections.ts';

export interface StoredRecord<T> {
  id: string;
  owner: string | null;
  data: T;
  updatedAt: string;
}

export interface ListOptions {
  /** Only ids that start with this. */
  prefix?: string;
  owner?: string;
  offset?: number;
  limit?: number;
}

/** A history event as the records keep it: its sortable key, the entity and tie ends it is about, and the event itself. */
export interface EventRow {
  key: string;
  entityId: string;
  from?: string;
  to?: string;
  data: unknown;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (
  collection TEXT NOT NULL, id TEXT NOT NULL, owner TEXT, data TEXT NOT NULL, updated_at TEXT NOT NULL,
  PRIMARY KEY (collection, id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS records_by_owner ON records (collection, owner);
CREATE TABLE IF NOT EXISTS audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT NULL,
  method TEXT NOT NULL, route TEXT NOT NULL, status INTEGER NOT NULL, subjects TEXT, subject_count INTEGER NOT NULL, detail TEXT
);
CREATE TABLE IF NOT EXISTS audit_subjects (hash TEXT PRIMARY KEY, ids BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events (key TEXT PRIMARY KEY, entity_id TEXT NOT NULL, from_id TEXT, to_id TEXT, data TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS events_by_entity ON events (entity_id);
CREATE INDEX IF NOT EXISTS events_by_from ON events (from_id);
CREATE INDEX IF NOT EXISTS events_by_to ON events (to_id);
CREATE TABLE IF NOT EXISTS erasures (hash TEXT PRIMARY KEY, erased_at TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, data TEXT NOT NULL);
`;

/** Subjects are kept once per distinct set, deflated: a map read of 2,000 persons costs one small blob, however often it is repeated. */
function subjectSetKey(ids: readonly string[]): { hash: string; blob: Buffer } {
  const text = [...new Set(ids)].sort().join('\n');
  return { hash: createHash('sha256').update(text).digest('base64url'), blob: deflateRawSync(Buffer.from(text)) };
}

function unpackSubjects(blob: Buffer): string[] {
  const text = inflateRawSync(blob).toString();
  return text ? text.split('\n') : [];
}

export class RecordStore {
  private readonly db: Database.Database;
  /** Prepared statements by text: preparing costs more than running the small statements the records need. */
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('secure_delete = ON');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
  }

  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      if (this.statements.size >= 128) this.statements.delete(this.statements.keys().next().value!);
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  static open(path: string): RecordStore {
    return new RecordStore(path);
  }

  close(): void {
    if (!this.db.open) return;
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }

  /** Runs `work` in one transaction: all of it is stored, or none. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  // ---- records ----------------------------------------------------------

  get<T>(collection: Collection, id: string): StoredRecord<T> | null {
    const row = this.sql('SELECT id, owner, data, updated_at FROM records WHERE collection = ? AND id = ?').get(collection, id) as RecordRow | undefined;
    return row ? fromRow<T>(row) : null;
  }

  list<T>(collection: Collection, { prefix = '', owner, offset = 0, limit = 100_000 }: ListOptions = {}): StoredRecord<T>[] {
    const rows = (
      owner === undefined
        ? this.sql('SELECT id, owner, data, updated_at FROM records WHERE collection = ? AND substr(id, 1, ?) = ? ORDER BY id LIMIT ? OFFSET ?').all(collection, prefix.length, prefix, limit, offset)
        : this.db
            .prepare('SELECT id, owner, data, updated_at FROM records WHERE collection = ? AND owner = ? AND substr(id, 1, ?) = ? ORDER BY id LIMIT ? OFFSET ?')
            .all(collection, owner, prefix.length, prefix, limit, offset)
    ) as RecordRow[];
    return rows.map((row) => fromRow<T>(row));
  }

  count(collection: Collection): number {
    return (this.sql('SELECT count(*) AS n FROM records WHERE collection = ?').get(collection) as { n: number }).n;
  }

  put(collection: Collection, id: string, data: unknown, owner: string | null = null): void {
    this.db
      .prepare('INSERT INTO records (collection, id, owner, data, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (collection, id) DO UPDATE SET owner = excluded.owner, data = excluded.data, updated_at = excluded.updated_at')
      .run(collection, id, owner, JSON.stringify(data), new Date().toISOString());
  }

  delete(collection: Collection, id: string): boolean {
    return this.sql('DELETE FROM records WHERE collection = ? AND id = ?').run(collection, id).changes > 0;
  }

  clear(collection: Collection): void {
    this.sql('DELETE FROM records WHERE collection = ?').run(collection);
  }

  // ---- audit --------------------------------------------------------------

  appendAudit(entries: readonly AuditEntry[]): void {
    const insertSet = this.sql('INSERT OR IGNORE INTO audit_subjects (hash, ids) VALUES (?, ?)');
    const insert = this.sql(
      'INSERT INTO audit (at, user, role, action, method, route, status, subjects, subject_count, detail) VALUES (@at, @user, @role, @action, @method, @route, @status, @subjects, @subjectCount, @detail)',
    );
    this.transaction(() => {
      for (const entry of entries) {
        let subjects: string | null = null;
        if (entry.subjects.length) {
          const set = subjectSetKey(entry.subjects);
          insertSet.run(set.hash, set.blob);
          subjects = set.hash;
        }
        insert.run({
          at: entry.at,
          user: entry.user,
          role: entry.role,
          action: entry.action,
          method: entry.method,
          route: entry.route,
          status: entry.status,
          subjects,
          subjectCount: new Set(entry.subjects).size,
          detail: entry.detail ?? null,
        });
      }
    });
  }

  /** Newest first; with `subject`, only entries that name that person. */
  listAudit({ offset = 0, limit = 100, subject }: { offset?: number; limit?: number; subject?: string } = {}): AuditEntry[] {
    const sets = new Map<string, string[]>();
    const subjectsOf = (hash: string | null): string[] => {
      if (!hash) return [];
      let ids = sets.get(hash);
      if (!ids) {
        const row = this.sql('SELECT ids FROM audit_subjects WHERE hash = ?').get(hash) as { ids: Buffer } | undefined;
        ids = row ? unpackSubjects(row.ids) : [];
        sets.set(hash, ids);
      }
      return ids;
    };
    let rows: AuditRow[];
    if (subject) {
      const hashes = (this.sql('SELECT hash, ids FROM audit_subjects').all() as { hash: string; ids: Buffer }[])
        .filter((row) => unpackSubjects(row.ids).includes(subject))
        .map((row) => row.hash);
      if (!hashes.length) return [];
      rows = this.sql(`SELECT * FROM audit WHERE subjects IN (${hashes.map(() => '?').join(',')}) ORDER BY seq DESC LIMIT ? OFFSET ?`).all(...hashes, limit, offset) as AuditRow[];
    } else {
      rows = this.sql('SELECT * FROM audit ORDER BY seq DESC LIMIT ? OFFSET ?').all(limit, offset) as AuditRow[];
    }
    return rows.map((row) => ({
      at: row.at,
      user: row.user,
      role: row.role,
      action: row.action as AuditEntry['action'],
      method: row.method,
      route: row.route,
      status: row.status,
      subjects: subjectsOf(row.subjects),
      subjectCount: row.subject_count,
      ...(row.detail ? { detail: row.detail } : {}),
    }));
  }

  /** Replaces a person's id by their pseudonym in every audit entry (erasure). Returns how many entries changed. */
  replaceAuditSubject(personId: string, pseudonym: string): number {
    let changed = 0;
    this.transaction(() => {
      for (const row of this.sql('SELECT hash, ids FROM audit_subjects').all() as { hash: string; ids: Buffer }[]) {
        const ids = unpackSubjects(row.ids);
        if (!ids.includes(personId)) continue;
        const next = subjectSetKey(ids.map((id) => (id === personId ? pseudonym : id)));
        this.sql('INSERT OR IGNORE INTO audit_subjects (hash, ids) VALUES (?, ?)').run(next.hash, next.blob);
        changed += this.sql('UPDATE audit SET subjects = ? WHERE subjects = ?').run(next.hash, row.hash).changes;
        this.sql('DELETE FROM audit_subjects WHERE hash = ?').run(row.hash);
      }
    });
    return changed;
  }

  // ---- history events ---------------------------------------------------------

  appendEvents(events: readonly EventRow[]): void {
    const insert = this.sql('INSERT INTO events (key, entity_id, from_id, to_id, data) VALUES (?, ?, ?, ?, ?)');
    this.transaction(() => {
      for (const event of events) insert.run(event.key, event.entityId, event.from ?? null, event.to ?? null, JSON.stringify(event.data));
    });
  }

  /** Every stored event, in key order. */
  events(): EventRow[] {
    return (this.sql('SELECT key, entity_id, from_id, to_id, data FROM events ORDER BY key').all() as { key: string; entity_id: string; from_id: string | null; to_id: string | null; data: string }[]).map(
      (row) => ({ key: row.key, entityId: row.entity_id, ...(row.from_id ? { from: row.from_id } : {}), ...(row.to_id ? { to: row.to_id } : {}), data: JSON.parse(row.data) as unknown }),
    );
  }

  /** Removes every event about a node or about a tie at it. */
  deleteEventsOf(nodeId: string): number {
    return this.sql('DELETE FROM events WHERE entity_id = ? OR from_id = ? OR to_id = ?').run(nodeId, nodeId, nodeId).changes;
  }

  clearEvents(): void {
    this.sql('DELETE FROM events').run();
  }

  // ---- erasure register ---------------------------------------------------------

  /** Remembers that a node was erased, by a hash of its id only. */
  registerErasure(nodeId: string): void {
    this.sql('INSERT OR IGNORE INTO erasures (hash, erased_at) VALUES (?, ?)').run(erasureHash(nodeId), new Date().toISOString());
  }

  isErased(nodeId: string): boolean {
    return !!this.sql('SELECT 1 FROM erasures WHERE hash = ?').get(erasureHash(nodeId));
  }

  erasureRegister(): { hash: string; erasedAt: string }[] {
    return (this.sql('SELECT hash, erased_at FROM erasures ORDER BY hash').all() as { hash: string; erased_at: string }[]).map((row) => ({ hash: row.hash, erasedAt: row.erased_at }));
  }

  addErasures(register: readonly { hash: string; erasedAt: string }[]): void {
    const insert = this.sql('INSERT OR IGNORE INTO erasures (hash, erased_at) VALUES (?, ?)');
    this.transaction(() => register.forEach((entry) => insert.run(entry.hash, entry.erasedAt)));
  }

  // ---- write journal (see services/write) ----------------------------------------------

  journalAdd(data: unknown): number {
    return Number(this.sql('INSERT INTO journal (data) VALUES (?)').run(JSON.stringify(data)).lastInsertRowid);
  }

  journalRemove(seq: number): void {
    this.sql('DELETE FROM journal WHERE seq = ?').run(seq);
  }

  journal<T>(): { seq: number; data: T }[] {
    return (this.sql('SELECT seq, data FROM journal ORDER BY seq').all() as { seq: number; data: string }[]).map((row) => ({ seq: row.seq, data: JSON.parse(row.data) as T }));
  }

  // ---- meta -------------------------------------------------------------------------

  meta(key: string): string | undefined {
    return (this.sql('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  setMeta(key: string, value: string): void {
    this.sql('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  deleteMeta(key: string): void {
    this.sql('DELETE FROM meta WHERE key = ?').run(key);
  }

  // ---- whole file -------------------------------------------------------------------------

  /** Every record of the given collections (backups, inzage, erasure proofs). */
  allRecords(collections: readonly Collection[]): { collection: Collection; id: string; owner: string | null; data: unknown }[] {
    if (!collections.length) return [];
    const rows = this.sql(`SELECT collection, id, owner, data FROM records WHERE collection IN (${collections.map(() => '?').join(',')}) ORDER BY collection, id`).all(...collections) as {
      collection: Collection;
      id: string;
      owner: string | null;
      data: string;
    }[];
    return rows.map((row) => ({ collection: row.collection, id: row.id, owner: row.owner, data: JSON.parse(row.data) as unknown }));
  }

  /**
   * Makes deletions physical: the WAL is folded into the file and emptied,
   * and the file is rebuilt without free pages (secure_delete already zeroed
   * them; VACUUM also drops old copies of pages that moved).
   */
  compact(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.exec('VACUUM');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }
}

interface RecordRow {
  id: string;
  owner: string | null;
  data: string;
  updated_at: string;
}

interface AuditRow {
  at: string;
  user: string;
  role: string;
  action: string;
  method: string;
  route: string;
  status: number;
  subjects: string | null;
  subject_count: number;
  detail: string | null;
}

function fromRow<T>(row: RecordRow): StoredRecord<T> {
  return { id: row.id, owner: row.owner, data: JSON.parse(row.data) as T, updatedAt: row.updated_at };
}

/** The same on every installation, so that a register travels with backups; it holds no name and cannot be read back into an id that is not known. */
export function erasureHash(nodeId: string): string {
  return createHash('sha256').update(`wijknetwerk-vergetelheid:${nodeId}`).digest('base64url');
}
