/**
 * Introductions ("stel voor"): from a kans to introduce two initiatives, or
 * from a dubbeling of two organisations, the team records whom it
 * introduces to whom (two nodes of the finding: the initiatives, their
 * trekkers, the organisations). An introduction is voorgesteld, gedaan or
 * afgewezen; once it took place it can become a tie, written through the
 * write path in one change with the introduction's record.
 */
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { tieCreateSchema, type GraphTie } from '../../model/index.ts';
import { introductionBody, introductionStatusBody, introducible, suggestsIntroduction, type Introduction, type IntroductionStatus } from '../../model/wire/findings.ts';
import { newTieId } from '../ids.ts';
import { actorOf } from '../network-service.ts';
import type { Viewer } from '../privacy/policy.ts';
import { parseOrThrow } from '../validate.ts';
import type { WriteService } from '../write/write-service.ts';
import { newIntroductionId, type IntroductionRecord, type WorkRecords } from './work-records.ts';
import type { Seen, WorkListService } from './work-list.ts';
import { introductionOf } from './work-view.ts';

/** The fields of the tie an introduction becomes; its ends are the introduction's. */
const introductionTieBody = tieCreateSchema.omit({ id: true, from: true, to: true });

export class IntroductionService {
  constructor(
    private readonly workList: WorkListService,
    private readonly records: WorkRecords,
    private readonly write: WriteService,
  ) {}

  /** Records that the viewer introduces two nodes of a finding to each other. */
  async propose(viewer: Viewer, findingId: string, input: unknown, seen: Seen = {}): Promise<Introduction> {
    const body = parseOrThrow(introductionBody, input, 'introductie');
    const finding = await this.workList.current(viewer, findingId, seen);
    this.workList.requireAct(viewer, finding);
    if (!suggestsIntroduction(finding)) throw new ConflictError('bij deze bevinding hoort geen introductie: alleen bij een kans om voor te stellen of een dubbeling', [{ path: 'findingId', message: finding.analysis }]);
    const issues = (['from', 'to'] as const).flatMap((field) =>
      finding.nodes.includes(body[field]) && introducible(body[field]) ? [] : [{ path: field, message: `'${body[field]}' hoort niet bij deze bevinding` }],
    );
    if (body.from === body.to) issues.push({ path: 'to', message: 'is dezelfde als from: stel twee verschillende voor' });
    if (issues.length) throw new ValidationError(`ongeldige introductie: ${issues[0]!.path}: ${issues[0]!.message}`, issues);
    const pair = new Set([body.from, body.to]);
    const twin = this.records.introductions().find((other) => other.findingId === finding.id && other.status !== 'afgewezen' && pair.has(other.from) && pair.has(other.to));
    if (twin) throw new ConflictError('deze introductie is al vastgelegd', [{ path: 'to', message: `al ${twin.status}` }]);
    const event = { status: 'voorgesteld' as const, by: viewer.user.username, at: new Date().toISOString() };
    const record: IntroductionRecord = { findingId: finding.id, analysis: finding.analysis, ...(finding.gebied ? { gebied: finding.gebied } : {}), from: body.from, to: body.to, status: 'voorgesteld', history: [event] };
    const id = newIntroductionId();
    await this.save(viewer, id, record, '/api/findings/:id/introductions');
    return introductionOf(viewer, id, record, await this.workList.people());
  }

  /** Says how an introduction went: gedaan, afgewezen, or back to voorgesteld. */
  async setStatus(viewer: Viewer, findingId: string, id: string, input: unknown): Promise<Introduction> {
    const body = parseOrThrow(introductionStatusBody, input, 'introductie');
    const record = this.owned(viewer, findingId, id);
    if (record.tieId && body.status !== 'gedaan') throw new ConflictError(`deze introductie is al een band geworden (${record.tieId})`, [{ path: 'status', message: 'blijft gedaan' }]);
    const next = this.withStatus(viewer, record, body.status);
    if (next !== record) await this.save(viewer, id, next, '/api/findings/:id/introductions/:introduction/status');
    return introductionOf(viewer, id, next, await this.workList.people());
  }

  /** Makes the introduction a tie between its two ends (and gedaan), in one write. */
  async makeTie(viewer: Viewer, findingId: string, id: string, input: unknown): Promise<{ introduction: Introduction; tie: GraphTie | null }> {
    const body = parseOrThrow(introductionTieBody, input, 'band');
    const record = this.owned(viewer, findingId, id);
    if (record.tieId) throw new ConflictError(`deze introductie is al een band geworden (${record.tieId})`, [{ path: 'tieId', message: record.tieId }]);
    if (record.status === 'afgewezen') throw new ConflictError('een afgewezen introductie wordt geen band', [{ path: 'status', message: 'afgewezen' }]);
    const tieId = newTieId(body.type);
    const next: IntroductionRecord = { ...this.withStatus(viewer, record, 'gedaan'), tieId, tieAt: new Date().toISOString() };
    viewer.wrote = true;
    const result = await this.write.apply({
      actor: actorOf(viewer),
      source: 'werklijst',
      changes: [{ op: 'createTie', tie: { ...body, id: tieId, from: record.from, to: record.to } }],
      records: [{ collection: 'introductions', id, data: next }],
      route: '/api/findings/:id/introductions/:introduction/tie',
    });
    return { introduction: introductionOf(viewer, id, next, await this.workList.people()), tie: viewer.tie(result.ties[0]!) };
  }

  /** An introduction of this finding that the viewer may act on; 404 naming the id for any other. */
  private owned(viewer: Viewer, findingId: string, id: string): IntroductionRecord {
    const record = this.records.introduction(id);
    if (!record || record.findingId !== findingId) throw new NotFoundError('introductie', id);
    this.workList.requireAct(viewer, { ...(record.gebied ? { gebied: record.gebied } : {}), nodes: [record.from, record.to] });
    return record;
  }

  private withStatus(viewer: Viewer, record: IntroductionRecord, status: IntroductionStatus): IntroductionRecord {
    if (record.status === status) return record;
    return { ...record, status, history: [...record.history, { status, by: viewer.user.username, at: new Date().toISOString() }] };
  }

  private async save(viewer: Viewer, id: string, record: IntroductionRecord, route: string): Promise<void> {
    viewer.wrote = true;
    await this.write.apply({ actor: actorOf(viewer), source: 'werklijst', changes: [], records: [{ collection: 'introductions', id, data: record }], subjects: [record.from, record.to].filter((node) => node.startsWith('per_')), route });
  }
}
