/**
 * The audit log: who read or changed which persons, when, and through which
 * endpoint or command. Entries are append-only rows in the records store,
 * with every subject (stored once per distinct set, not capped). Changes are
 * audited by the write service in the same transaction as the change; reads
 * are recorded here, in small batches, so that reads do not queue behind one
 * write each. A subject that was erased is logged by its pseudonym, so a
 * later request for the id (a 404) does not bring the id back.
 */
import type { AuditEntry } from '../../model/index.ts';
import type { Logger } from '../../logger.ts';
import type { RecordStore } from '../records/record-store.ts';
import type { Pseudonymiser } from './pseudonyms.ts';

const FLUSH_MS = 50;

export class AuditLog {
  private pending: AuditEntry[] = [];
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly records: RecordStore,
    private readonly logger: Logger,
    private readonly pseudonymiser: Pseudonymiser,
  ) {}

  record(entry: Omit<AuditEntry, 'at'>): void {
    const subjects = entry.subjects.map((id) => (this.records.isErased(id) ? this.pseudonymiser.pseudonym(id) : id));
    this.pending.push({ ...entry, subjects, at: new Date().toISOString() });
    this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  /** Writes what is pending. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (!batch.length) return;
    try {
      this.records.appendAudit(batch);
    } catch (error) {
      this.logger.error({ err: { message: (error as Error).message }, entries: batch.length }, 'audit write failed');
    }
  }

  list(options: { offset?: number; limit?: number; subject?: string } = {}): AuditEntry[] {
    this.flush();
    return this.records.listAudit(options);
  }
}
