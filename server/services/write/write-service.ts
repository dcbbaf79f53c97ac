/**
 * The one write path. Every change to the network goes through `apply`:
 *
 * 1. plan: validate every change against the model, on an overlay of the
 *    current network, and check versions (`planWrite`);
 * 2. rights: the actor's right to every node and tie touched (`checkRights`);
 * 3. journal: the history events, app records and audit entry of the change
 *    are put in the records store's journal, in one transaction;
 * 4. store: the network change, in one graph transaction;
 * 5. the journal entry is applied (events, records and audit become real)
 *    and removed, in one transaction;
 * 6. the in-memory network is patched and listeners are told.
 *
 * A request that changes only app records (a contact moment that does not
 * move the tie's last contact, a mark on the work list) is audited the same
 * way, but leaves the network's version alone, so the analyses stay cached.
 *
 * Two stores cannot share one transaction; the journal makes them act as
 * one. After a crash between 3 and 5, `recover()` looks at the graph: if the
 * change is there, the entry is applied, otherwise dropped. So a change is
 * either wholly there (with its events and audit) or not at all.
 *
 * Writes run one at a time, so a version check and the write it guards can
 * never be overtaken by another write.
 */
import type { AuditAction, AuditEntry, GraphNode, GraphTie, NetworkData } from '../../model/index.ts';
import { AppError, StaleVersionError, type ErrorIssue } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { Serial } from '../../store/serial.ts';
import type { GraphStore } from '../../store/types.ts';
import type { NetworkCache } from '../network-cache.ts';
import type { Scopes } from '../privacy/scopes.ts';
import type { EventRow, RecordStore } from '../records/record-store.ts';
import { planWrite, type EntityChange } from './plan.ts';
import { checkRights } from './rights.ts';
import type { Actor, RecordWrite, WriteProblem, WriteRequest, WriteResult, WriteSource } from './types.ts';

/** Turns the changes of a write into the history events to keep (the history service). */
export interface EventRecorder {
  eventsFor(changes: readonly EntityChange[], actor: Actor, recordedAt: string, source: WriteSource): EventRow[];
  /** The events are stored (called after the commit). */
  eventsStored(rows: readonly EventRow[]): void;
}

export interface Commit {
  actor: Actor;
  source: WriteSource;
  changes: readonly EntityChange[];
}

interface JournalEntry {
  targets: { id: string; version: number | null }[];
  events: EventRow[];
  records: RecordWrite[];
  audit: AuditEntry;
}

/**
 * Sources that store no change events: the demo's history is derived from its
 * dates, and an erasure must leave no event that holds the erased person.
 */
const WITHOUT_EVENTS: ReadonlySet<WriteSource> = new Set<WriteSource>(['demo', 'erasure']);

export class WriteService {
  private readonly queue = new Serial();
  private readonly listeners: ((commit: Commit) => void)[] = [];
  private recorder?: EventRecorder;

  constructor(
    private readonly store: GraphStore,
    private readonly records: RecordStore,
    private readonly cache: NetworkCache,
    private readonly scopes: Scopes,
    private readonly logger: Logger,
  ) {}

  /** The history registers itself here (it depends on the write service, not the other way round). */
  useEventRecorder(recorder: EventRecorder): void {
    this.recorder = recorder;
  }

  /** Called after every committed write. */
  onCommit(listener: (commit: Commit) => void): void {
    this.listeners.push(listener);
  }

  /** What would be wrong with this request, without writing anything. */
  async check(request: WriteRequest): Promise<WriteProblem[]> {
    await this.cache.ready();
    return this.queue.run(async () => this.plan(request).problems);
  }

  /** Checks and writes a request, all or nothing; throws the first kind of problem as one error naming every field. */
  async apply(request: WriteRequest): Promise<WriteResult> {
    await this.cache.ready();
    return this.queue.run(async () => {
      const { changes, problems, store } = this.plan(request);
      if (problems.length) throw errorOf(problems);
      const recordedAt = new Date().toISOString();
      const events = WITHOUT_EVENTS.has(request.source) ? [] : (this.recorder?.eventsFor(changes, request.actor, recordedAt, request.source) ?? []);
      const entry: JournalEntry = {
        targets: changes.map((change) => ({ id: change.id, version: change.after ? ((change.after.version as number | undefined) ?? 0) : null })),
        events,
        records: [...(request.records ?? [])],
        audit: auditEntryOf(request, changes, recordedAt),
      };
      const touchesGraph = changes.length > 0;
      const seq = touchesGraph ? this.records.journalAdd(entry) : undefined;
      if (touchesGraph) {
        try {
          await this.store.write(store);
        } catch (error) {
          this.records.journalRemove(seq!);
          throw error;
        }
      }
      this.records.transaction(() => {
        this.applyEntry(entry);
        if (seq !== undefined) this.records.journalRemove(seq);
      });
      if (touchesGraph) {
        this.cache.apply({
          putNodes: changes.filter((change) => change.entity === 'node' && change.after).map((change) => change.after as GraphNode),
          putTies: changes.filter((change) => change.entity === 'tie' && change.after).map((change) => change.after as GraphTie),
          removeTies: changes.filter((change) => change.entity === 'tie' && !change.after).map((change) => change.id),
          removeNodes: changes.filter((change) => change.entity === 'node' && !change.after).map((change) => change.id),
        });
      }
      this.recorder?.eventsStored(events);
      this.notify({ actor: request.actor, source: request.source, changes });
      return {
        nodes: changes.filter((change) => change.entity === 'node' && change.after).map((change) => change.after as GraphNode),
        ties: changes.filter((change) => change.entity === 'tie' && change.after).map((change) => change.after as GraphTie),
        deleted: changes.filter((change) => !change.after).map((change) => change.id),
        version: this.cache.version,
      };
    });
  }

  /**
   * Replaces the whole network (a restore, the demo, the compaction after an
   * erasure). The records are replaced by the caller in the same queue slot
   * through `records`.
   */
  async replaceNetwork(actor: Actor, source: WriteSource, given: NetworkData, replaceRecords?: () => void): Promise<void> {
    await this.cache.ready();
    // Every node and tie has a version from its first write on, as the ETag of its reads.
    const network: NetworkData = {
      nodes: given.nodes.map((node) => (typeof node.version === 'number' ? node : { ...node, version: 1 })),
      ties: given.ties.map((tie) => (typeof tie.version === 'number' ? tie : { ...tie, version: 1 })),
    };
    await this.queue.run(async () => {
      await this.store.replaceAll(network);
      this.records.transaction(() => {
        replaceRecords?.();
        this.records.appendAudit([
          {
            at: new Date().toISOString(),
            user: actor.username,
            role: actor.role,
            action: source === 'restore' ? 'update' : 'create',
            method: 'PUT',
            route: source,
            status: 200,
            subjects: [],
            detail: `${source}: ${network.nodes.length} knopen, ${network.ties.length} banden`,
          },
        ]);
      });
      this.cache.replace(network);
      this.notify({ actor, source, changes: [] });
    });
  }

  /** Rewrites the graph file with what is in it now, so deleted values are physically gone (erasure). */
  async compactNetwork(): Promise<void> {
    await this.cache.ready();
    await this.queue.run(() => this.store.replaceAll(this.cache.snapshot()));
  }

  /**
   * Finishes or drops journal entries left by a crash: an entry whose
   * changes are all in the graph is applied, any other is dropped (the graph
   * transaction did not commit).
   */
  async recover(): Promise<{ applied: number; dropped: number }> {
    await this.cache.ready();
    let applied = 0;
    let dropped = 0;
    for (const { seq, data } of this.records.journal<JournalEntry>()) {
      const committed = data.targets.every(({ id, version }) => {
        const current = id.includes('.') ? this.cache.tieNow(id) : this.cache.nodeNow(id);
        return version === null ? !current : (current?.version ?? 0) === version;
      });
      this.records.transaction(() => {
        if (committed) this.applyEntry(data);
        this.records.journalRemove(seq);
      });
      if (committed) applied++;
      else dropped++;
    }
    if (applied || dropped) this.logger.warn({ applied, dropped }, 'write journal recovered after an interrupted write');
    return { applied, dropped };
  }

  private plan(request: WriteRequest) {
    const plan = planWrite(request, this.cache);
    for (const change of plan.changes) {
      if (change.op === 'create' && change.entity === 'node' && this.records.isErased(change.id)) {
        plan.problems.push({ index: change.index, ...(request.changes[change.index]?.ref ? { ref: request.changes[change.index]!.ref } : {}), path: 'id', message: `'${change.id}' is op verzoek gewist en komt niet terug`, status: 409 });
      }
    }
    if (plan.problems.length) return plan;
    // Only scoped roles need their scope; computing it walks the network once per version.
    const scoped = request.actor.role !== 'beheerder' && request.actor.role !== 'systeem' && request.actor.role !== 'analist';
    const scope = scoped ? this.scopes.of(request.actor.gebieden) : new Set<string>();
    // What the request is about without changing it (the tie of a contact moment, the wijkteam of an inventory) needs the same right as a change.
    const touched = (request.touches ?? []).flatMap((id, index): EntityChange[] => {
      const entity = id.includes('.') ? this.cache.tieNow(id) : this.cache.nodeNow(id);
      return entity ? [{ op: 'update', entity: id.includes('.') ? 'tie' : 'node', id, before: entity, after: entity, index: request.changes.length + index }] : [];
    });
    const touchedIndices = new Set(touched.map((change) => change.index));
    for (const problem of checkRights(request.actor, [...plan.changes, ...touched], scope, request.changes.map((change) => change.ref), touchedIndices)) plan.problems.push(problem);
    return plan;
  }

  private applyEntry(entry: JournalEntry): void {
    if (entry.events.length) this.records.appendEvents(entry.events);
    for (const record of entry.records) {
      if (record.data === null) this.records.delete(record.collection, record.id);
      else this.records.put(record.collection, record.id, record.data, record.owner ?? null);
    }
    this.records.appendAudit([entry.audit]);
  }

  private notify(commit: Commit): void {
    for (const listener of this.listeners) {
      try {
        listener(commit);
      } catch (error) {
        this.logger.error({ err: { message: (error as Error).message } }, 'write listener failed');
      }
    }
  }
}

const ACTION_OF_SOURCE: Partial<Record<WriteSource, AuditAction>> = { erasure: 'erase', import: 'create', restore: 'update' };

function auditEntryOf(request: WriteRequest, changes: readonly EntityChange[], at: string): AuditEntry {
  const subjects = new Set<string>(request.subjects);
  for (const change of changes) {
    const entity = (change.after ?? change.before)!;
    if (change.entity === 'node' && entity.id.startsWith('per_')) subjects.add(entity.id);
    if (change.entity === 'tie') for (const end of [(entity as GraphTie).from, (entity as GraphTie).to]) if (end.startsWith('per_')) subjects.add(end);
  }
  const ops = new Set(changes.map((change) => change.op));
  const action: AuditAction = ACTION_OF_SOURCE[request.source] ?? (ops.size === 1 && ops.has('delete') ? 'delete' : ops.size === 1 && ops.has('create') ? 'create' : 'update');
  const counts = (['create', 'update', 'delete'] as const).map((op) => `${changes.filter((change) => change.op === op).length} ${op}`).join(', ');
  return {
    at,
    user: request.actor.username,
    role: request.actor.role,
    action,
    method: 'WRITE',
    route: request.route ?? request.source,
    status: 200,
    subjects: [...subjects],
    detail: `${request.source}: ${counts}`,
  };
}

/** One error for a refused request: the most telling status, every problem as an issue. */
export function errorOf(problems: readonly WriteProblem[]): AppError {
  const issues: ErrorIssue[] = problems.map((problem) => ({ path: problem.ref ? `${problem.ref}: ${problem.path}` : problem.path, message: problem.message }));
  const first = problems.find((problem) => problem.status === 412) ?? problems.find((problem) => problem.status === 403) ?? problems.find((problem) => problem.status === 404) ?? problems[0]!;
  const message = problems.length === 1 ? `${first.ref ? `${first.ref}: ` : ''}${first.path}: ${first.message}` : `${problems.length} wijzigingen geweigerd; de eerste: ${first.ref ? `${first.ref}: ` : ''}${first.path}: ${first.message}`;
  if (first.status === 412) return new StaleVersionError(`de gegevens zijn intussen door iemand anders gewijzigd: ${first.message}`, issues, undefined);
  return new AppError(first.status, first.status === 403 ? 'forbidden' : first.status === 404 ? 'not_found' : first.status === 409 ? 'conflict' : 'validation', message, issues);
}
