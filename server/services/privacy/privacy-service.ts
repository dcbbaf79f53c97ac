/**
 * The rights of the person in the data (AVG): inzage (everything stored about
 * one person, as JSON), vergetelheid (erase one person completely, and prove
 * it), and retention (ties without contact for too long).
 */
import type { ErasureProof, GraphNode, GraphTie, StaleTie } from '../../model/index.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import type { GraphStore } from '../../store/index.ts';
import type { NetworkCache } from '../network-cache.ts';
import type { AuditLog } from './audit.ts';
import type { Pseudonymiser } from './pseudonyms.ts';
import { scrubDocument } from './scrub.ts';

export class PrivacyService {
  constructor(
    private readonly store: GraphStore,
    private readonly cache: NetworkCache,
    private readonly audit: AuditLog,
    private readonly pseudonymiser: Pseudonymiser,
  ) {}

  async inzage(personId: string) {
    const person = await this.requirePerson(personId);
    const { ties } = await this.cache.data();
    const documents = (await this.store.allDocuments()).filter(
      (doc) => doc.collection !== 'audit' && doc.collection !== 'sessions' && JSON.stringify(doc.data).includes(personId),
    );
    return {
      generatedAt: new Date().toISOString(),
      person,
      ties: ties.filter((tie) => tie.from === personId || tie.to === personId),
      documents,
      accessLog: (await this.audit.list({ subject: personId, limit: 10_000 })).map((entry) => entry.data),
    };
  }

  async erase(personId: string): Promise<ErasureProof> {
    const person = await this.requirePerson(personId);
    const pseudonym = this.pseudonymiser.pseudonym(personId);
    const { ties } = await this.cache.data();
    const removedTies = ties.filter((tie) => tie.from === personId || tie.to === personId).length;
    await this.store.deleteNode(personId);
    this.cache.removeNode(personId);

    let removedDocuments = 0;
    let updatedDocuments = 0;
    for (const doc of await this.store.allDocuments()) {
      if (doc.collection === 'audit' || doc.collection === 'sessions' || doc.collection === 'system') continue;
      const result = scrubDocument(doc.data, personId, person.name, pseudonym);
      if (result.action === 'delete') {
        await this.store.deleteDocument(doc.collection, doc.id);
        removedDocuments++;
      } else if (result.action === 'update') {
        await this.store.putDocument(doc.collection, doc.id, result.data);
        updatedDocuments++;
      }
    }
    const pseudonymisedAuditEntries = await this.audit.pseudonymiseSubject(personId, pseudonym);
    return { pseudonym, removedTies, removedDocuments, updatedDocuments, pseudonymisedAuditEntries, remaining: await this.findTraces(personId, person.name) };
  }

  /** Every place in the database where the id or the name still occurs. */
  async findTraces(personId: string, name: string): Promise<string[]> {
    const traces: string[] = [];
    if (await this.store.getNode(personId)) traces.push(`knoop ${personId}`);
    const network = await this.store.readNetwork();
    for (const tie of network.ties) if (tie.from === personId || tie.to === personId) traces.push(`band ${tie.id}`);
    for (const node of network.nodes) if (node.id !== personId && JSON.stringify(node).includes(name)) traces.push(`knoop ${node.id} noemt de naam`);
    for (const doc of await this.store.allDocuments()) {
      const text = JSON.stringify(doc.data);
      if (text.includes(personId) || (name.length > 2 && text.includes(name))) traces.push(`document ${doc.collection}/${doc.id}`);
    }
    return traces;
  }

  async staleTies(months: number, referenceDate = new Date().toISOString().slice(0, 10)): Promise<StaleTie[]> {
    if (!Number.isInteger(months) || months < 1) throw new ValidationError('months moet een positief geheel getal zijn', [{ path: 'months', message: 'minimaal 1' }]);
    const cutoff = shiftMonths(referenceDate, -months);
    const { ties } = await this.cache.data();
    return ties
      .filter((tie) => !tie.endDate && (tie.lastContact ?? tie.startDate ?? tie.recordedAt?.slice(0, 10) ?? '') < cutoff && personal(tie))
      .map((tie) => {
        const last = tie.lastContact ?? tie.startDate;
        return { tie, lastContact: last, monthsSinceContact: last ? monthsBetween(last, referenceDate) : null };
      });
  }

  async purgeStaleTies(months: number, referenceDate?: string): Promise<number> {
    const stale = await this.staleTies(months, referenceDate);
    for (const { tie } of stale) {
      await this.store.deleteTie(tie.id);
      this.cache.removeTie(tie.id);
    }
    return stale.length;
  }

  private async requirePerson(personId: string): Promise<GraphNode> {
    const person = personId.startsWith('per_') ? await this.store.getNode(personId) : null;
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
