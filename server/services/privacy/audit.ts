/**
 * The audit log: who read or changed which person, when, and through which
 * endpoint. Entries are append-only documents (no route updates or deletes
 * them); erasure replaces a person's id in them by the pseudonym. Entries are
 * written in small batches so that reads do not queue behind one write each.
 */
import type { AuditEntry } from '../../model/index.ts';
import type { GraphStore } from '../../store/index.ts';
import type { Logger } from '../../logger.ts';

const COLLECTION = 'audit';
const MAX_LISTED_SUBJECTS = 200;
const FLUSH_MS = 50;

export class AuditLog {
  private pending: { id: string; data: AuditEntry }[] = [];
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();
  private sequence = 0;

  constructor(
    private readonly store: GraphStore,
    private readonly logger: Logger,
  ) {}

  record(entry: Omit<AuditEntry, 'at' | 'subjectCount'>): void {
    const at = new Date().toISOString();
    const subjects = entry.subjects.slice(0, MAX_LISTED_SUBJECTS);
    const data: AuditEntry = { ...entry, at, subjects, ...(entry.subjects.length > subjects.length ? { subjectCount: entry.subjects.length } : {}) };
    // Sortable ids: time, then a per-process sequence.
    this.pending.push({ id: `${at}#${String(this.sequence++).padStart(8, '0')}`, data });
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  /** Writes what is pending; resolves when it is stored. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    this.flushing = this.flushing.then(async () => {
      if (batch.length === 0) return;
      try {
        await this.store.putDocuments(COLLECTION, batch);
      } catch (error) {
        this.logger.error({ err: { message: (error as Error).message }, entries: batch.length }, 'audit write failed');
      }
    });
    return this.flushing;
  }

  async list(options: { offset?: number; limit?: number; subject?: string } = {}): Promise<{ id: string; data: AuditEntry }[]> {
    await this.flush();
    const all = await this.store.listDocuments<AuditEntry>(COLLECTION);
    const filtered = options.subject ? all.filter((entry) => entry.data.subjects.includes(options.subject!)) : all;
    const newestFirst = filtered.reverse();
    const offset = options.offset ?? 0;
    return newestFirst.slice(offset, offset + (options.limit ?? 100));
  }

  /** Replaces a person's id by their pseudonym in every entry (erasure). Returns how many entries changed. */
  async pseudonymiseSubject(personId: string, pseudonym: string): Promise<number> {
    await this.flush();
    const changed = (await this.store.listDocuments<AuditEntry>(COLLECTION))
      .filter((entry) => entry.data.subjects.includes(personId))
      .map((entry) => ({ id: entry.id, data: { ...entry.data, subjects: entry.data.subjects.map((subject) => (subject === personId ? pseudonym : subject)) } }));
    await this.store.putDocuments(COLLECTION, changed);
    return changed.length;
  }
}
