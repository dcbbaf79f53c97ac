/**
 * The rights of the person in the data (AVG): inzage (everything stored about
 * one person, as JSON), vergetelheid (erase one person completely, and prove
 * it), and retention (ties without contact for too long).
 *
 * An erasure is one write through the write path (the person and every tie
 * at them), after which every record that mentions them is scrubbed, their
 * history events are deleted, their audit entries keep only the pseudonym,
 * and their id goes into the erasure register (a hash, no name), which a
 * restore applies again. Then every file is rewritten so that nothing remains
 * on disk: the graph file is rebuilt, the records file vacuumed, the query
 * copies discarded. The proof searches every file under the data directory,
 * byte by byte and case-insensitively, for every spelling of the person's
 * name, contact and id that the data held.
 */
import type { ErasureProof, GraphNode, GraphTie, StaleTie } from '../../model/index.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import type { HistoryEvent } from '../history/events.ts';
import type { NetworkCache } from '../network-cache.ts';
import { actorOf } from '../network-service.ts';
import { BACKED_UP, COLLECTIONS } from '../records/collections.ts';
import type { RecordStore } from '../records/record-store.ts';
import { SYSTEM_ACTOR } from '../write/types.ts';
import type { WriteService } from '../write/write-service.ts';
import type { AuditLog } from './audit.ts';
import type { Viewer } from './policy.ts';
import type { Pseudonymiser } from './pseudonyms.ts';
import { scrubRecord, spellings, type Person } from './scrub.ts';
import { filesContaining } from './traces.ts';

/** Something else that keeps copies of the network on disk (the query process) and can throw them away. */
export interface CopyKeeper {
  discardCopies(): Promise<void>;
}

/** The erasure under way (id, spellings, pseudonym), until every trace is scrubbed. */
const ERASURE_IN_PROGRESS = 'erasure-in-progress';

export class PrivacyService {
  private copies?: CopyKeeper;

  constructor(
    private readonly records: RecordStore,
    private readonly cache: NetworkCache,
    private readonly write: WriteService,
    private readonly audit: AuditLog,
    private readonly pseudonymiser: Pseudonymiser,
    /** Directory whose every file the erasure proof searches. */
    private readonly dataDir: string,
    private readonly onErased: () => void = () => {},
  ) {}

  useCopyKeeper(copies: CopyKeeper): void {
    this.copies = copies;
  }

  async inzage(viewer: Viewer, personId: string) {
    const person = await this.requirePerson(personId);
    return {
      generatedAt: new Date().toISOString(),
      person: viewer.node(person),
      ties: this.cache.tiesAt(personId).flatMap((tie) => viewer.tie(tie) ?? []),
      records: this.records.allRecords(BACKED_UP).filter((record) => JSON.stringify(record.data).includes(personId)),
      history: this.records
        .events()
        .filter((row) => row.entityId === personId || row.from === personId || row.to === personId)
        .map((row) => row.data),
      accessLog: this.audit.list({ subject: personId, limit: 100_000 }),
    };
  }

  /**
   * Erases a person. The erasure is marked as begun (in the records store)
   * before the person is deleted, and the mark is cleared when every record is
   * scrubbed: a crash in between is finished by `finishInterruptedErasure` on
   * the next start, so an erasure is all there or not begun.
   */
  async erase(viewer: Viewer, personId: string): Promise<ErasureProof> {
    const person = await this.requirePerson(personId);
    const subject: Person = { id: personId, texts: this.identifyingTexts(person), pseudonym: this.pseudonymiser.pseudonym(personId) };
    const removedTies = this.cache.tiesAt(personId).length;
    this.audit.flush();
    this.records.setMeta(ERASURE_IN_PROGRESS, JSON.stringify(subject));
    await this.write.apply({ actor: actorOf(viewer), source: 'erasure', route: '/api/privacy/persons/:id', changes: [{ op: 'deleteNode', id: personId }] });
    const scrubbed = await this.scrub(subject);

    const needles = [...spellings(subject.texts), personId];
    const remaining = [...this.logicalTraces(personId, subject.texts), ...filesContaining(this.dataDir, needles).map((file) => `bestand ${file}`)];
    return { pseudonym: subject.pseudonym, removedTies, ...scrubbed, remaining };
  }

  /** Finishes an erasure that a crash interrupted: deletes the person if still there, and scrubs. Returns whether there was one. */
  async finishInterruptedErasure(): Promise<boolean> {
    const pending = this.records.meta(ERASURE_IN_PROGRESS);
    if (!pending) return false;
    const subject = JSON.parse(pending) as Person;
    if (this.cache.nodeNow(subject.id)) await this.write.apply({ actor: SYSTEM_ACTOR, source: 'erasure', route: 'herstart', changes: [{ op: 'deleteNode', id: subject.id }] });
    await this.scrub(subject);
    return true;
  }

  private async scrub(subject: Person): Promise<Pick<ErasureProof, 'removedDocuments' | 'updatedDocuments' | 'pseudonymisedAuditEntries'>> {
    let removedDocuments = 0;
    let updatedDocuments = 0;
    let pseudonymisedAuditEntries = 0;
    this.records.transaction(() => {
      for (const record of this.records.allRecords(COLLECTIONS.filter((collection) => collection !== 'secrets'))) {
        const result = scrubRecord(record.data, subject);
        if (result.action === 'delete') (this.records.delete(record.collection, record.id), removedDocuments++);
        else if (result.action === 'update') (this.records.put(record.collection, record.id, result.data, record.owner), updatedDocuments++);
      }
      this.records.deleteEventsOf(subject.id);
      pseudonymisedAuditEntries = this.records.replaceAuditSubject(subject.id, subject.pseudonym);
      this.records.registerErasure(subject.id);
    });
    this.onErased();
    await this.write.compactNetwork();
    await this.copies?.discardCopies();
    this.records.deleteMeta(ERASURE_IN_PROGRESS);
    this.records.compact();
    return { removedDocuments, updatedDocuments, pseudonymisedAuditEntries };
  }

  /** Every text that identifies the person: their name and contact now, and every former name or contact the history held. */
  private identifyingTexts(person: GraphNode): string[] {
    const texts = new Set<string>();
    const add = (entity: unknown) => {
      const node = entity as Partial<GraphNode> | undefined;
      if (!node || node.id !== person.id) return;
      for (const field of ['name', 'contact', 'externalId'] as const) if (typeof node[field] === 'string') texts.add(node[field] as string);
    };
    add(person);
    for (const row of this.records.events()) {
      if (row.entityId !== person.id) continue;
      const event = row.data as HistoryEvent;
      add(event.before);
      add(event.after);
    }
    return [...texts];
  }

  /** Where, in the network and the records, the id or a spelling still occurs. */
  private logicalTraces(personId: string, texts: readonly string[]): string[] {
    const traces: string[] = [];
    const forms = spellings(texts).map((form) => form.toLocaleLowerCase('nl'));
    const mentions = (value: unknown) => {
      const text = JSON.stringify(value);
      const lower = text.toLocaleLowerCase('nl');
      return text.includes(personId) || forms.some((form) => lower.includes(form));
    };
    if (this.cache.nodeNow(personId)) traces.push(`knoop ${personId}`);
    for (const tie of this.cache.snapshot().ties) if (tie.from === personId || tie.to === personId) traces.push(`band ${tie.id}`);
    for (const node of this.cache.snapshot().nodes) if (node.id !== personId && mentions(node)) traces.push(`knoop ${node.id} noemt de persoon`);
    for (const record of this.records.allRecords(COLLECTIONS)) if (mentions(record.data)) traces.push(`record ${record.collection}/${record.id}`);
    for (const row of this.records.events()) if (mentions(row)) traces.push(`gebeurtenis ${row.key}`);
    return traces;
  }

  async staleTies(viewer: Viewer, months: number, referenceDate = new Date().toISOString().slice(0, 10)): Promise<StaleTie[]> {
    if (!Number.isInteger(months) || months < 1) throw new ValidationError('months moet een positief geheel getal zijn', [{ path: 'months', message: 'minimaal 1' }]);
    const cutoff = shiftMonths(referenceDate, -months);
    const { ties } = await this.cache.data();
    return ties
      .filter((tie) => !tie.endDate && (tie.lastContact ?? tie.startDate ?? tie.recordedAt?.slice(0, 10) ?? '') < cutoff && personal(tie))
      .flatMap((tie) => {
        const shown = viewer.tie(tie);
        if (!shown) return [];
        const last = tie.lastContact ?? tie.startDate;
        return [{ tie: shown, lastContact: last, monthsSinceContact: last ? monthsBetween(last, referenceDate) : null }];
      });
  }

  /** Removes the stale ties, in one write. */
  async purgeStaleTies(viewer: Viewer, months: number, referenceDate?: string): Promise<number> {
    const stale = await this.staleTies(viewer, months, referenceDate);
    if (!stale.length) return 0;
    await this.write.apply({ actor: actorOf(viewer), source: 'retention', route: '/api/privacy/retention/purge', changes: stale.map(({ tie }) => ({ op: 'deleteTie', id: tie.id })) });
    return stale.length;
  }

  private async requirePerson(personId: string): Promise<GraphNode> {
    const person = personId.startsWith('per_') ? await this.cache.node(personId) : undefined;
    if (!person) throw new NotFoundError('persoon', personId);
    return person;
  }
}

function personal(tie: GraphTie): boolean {
  return tie.from.startsWith('per_') || tie.to.startsWith('per_');
}

export function shiftMonths(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

function monthsBetween(from: string, to: string): number {
  const a = new Date(`${from}T00:00:00Z`);
  const b = new Date(`${to}T00:00:00Z`);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
}
