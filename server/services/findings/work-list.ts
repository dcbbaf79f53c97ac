/**
 * The work list: the gap analysis' findings with what the team did with
 * them. A finding can be marked afgehandeld or niet van toepassing (with a
 * reason), or assigned to a colleague who works in its gebied; the state is
 * an app record per finding id (`work-records.ts`), written through the
 * write path so that it is audited like every change, and never in the
 * graph.
 *
 * The findings are the Gaten panel's: the analysis of the gebieden asked
 * for (the whole network without), as the rapportage shows them too. A mark
 * holds in every view: a finding's id names its subject, and its
 * fingerprint is read from the whole network (`fingerprint.ts`).
 */
import { AppError, NotFoundError, ValidationError } from '../../errors.ts';
import type { Finding } from '../../model/index.ts';
import { assigneeBody, statusBody, type Colleague, type WorkItem, type WorkList } from '../../model/wire/findings.ts';
import type { AnalysisService } from '../analysis-service.ts';
import type { UserService } from '../auth/users.ts';
import type { NetworkCache } from '../network-cache.ts';
import { actorOf } from '../network-service.ts';
import type { Viewer } from '../privacy/policy.ts';
import type { Scopes } from '../privacy/scopes.ts';
import { parseOrThrow } from '../validate.ts';
import type { WriteService } from '../write/write-service.ts';
import { ACTING_ROLES, liesIn, mayAct, type Located } from './finding-scope.ts';
import { fingerprintOf } from './fingerprint.ts';
import { findingRecordId, type FindingRecord, type WorkRecords } from './work-records.ts';
import { introductionOf, workStateOf, type People } from './work-view.ts';

const collator = new Intl.Collator('nl');

/** Where a finding was seen: the gebieden of the map's filter (none: the whole network). */
export interface Seen {
  gebied?: readonly string[];
}

export class WorkListService {
  constructor(
    private readonly analysis: AnalysisService,
    private readonly cache: NetworkCache,
    private readonly records: WorkRecords,
    private readonly write: WriteService,
    private readonly users: UserService,
    private readonly scopes: Scopes,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  /** The findings of `gebied` (the whole network without) on `at` (today without), each with its state. */
  async list(viewer: Viewer, { gebied = [], at }: Seen & { at?: string } = {}): Promise<WorkList> {
    const today = this.today();
    const day = at ?? today;
    const served = await this.analysis.gaps(viewer, { ...(gebied.length ? { gebied: [...gebied] } : {}), at: day });
    const findings = served.value.findings;
    const states = this.records.findings();
    const people = await this.people();
    const introductions = this.introductionsByFinding(viewer, people);
    return {
      version: served.version,
      at: day,
      current: day === today,
      findings: findings.map((finding) => this.itemOf(viewer, finding, states.get(finding.id), introductions.get(finding.id) ?? [], people)),
    };
  }

  /** One finding of today, with its state; 404 naming the id when today's analysis (of where it was seen) does not find it. */
  async item(viewer: Viewer, id: string, seen: Seen = {}): Promise<WorkItem> {
    return this.itemNow(viewer, await this.current(viewer, id, seen));
  }

  /** Marks a finding afgehandeld or niet van toepassing (with a reason), or open again. */
  async mark(viewer: Viewer, id: string, input: unknown, seen: Seen = {}): Promise<WorkItem> {
    const body = parseOrThrow(statusBody, input, 'markering');
    const finding = await this.current(viewer, id, seen);
    this.requireAct(viewer, finding);
    const { mark: _previous, ...record } = this.recordOf(finding);
    const event = { by: viewer.user.username, at: new Date().toISOString() };
    const next: FindingRecord = { ...record, history: [...record.history, { status: body.status, ...event }] };
    if (body.status !== 'open') next.mark = { status: body.status, ...event, fingerprint: fingerprintOf(finding, this.cache), ...(body.reason ? { reason: body.reason } : {}) };
    await this.save(viewer, finding, next, '/api/findings/:id/status');
    return this.itemNow(viewer, finding);
  }

  /** Assigns a finding to a colleague who may act on it (or to nobody, with null). */
  async assign(viewer: Viewer, id: string, input: unknown, seen: Seen = {}): Promise<WorkItem> {
    const body = parseOrThrow(assigneeBody, input, 'toewijzing');
    const finding = await this.current(viewer, id, seen);
    this.requireAct(viewer, finding);
    if (body.assignee !== null && !(await this.colleaguesOf(finding)).some((colleague) => colleague.username === body.assignee)) {
      throw new ValidationError(`'${body.assignee}' werkt niet als gebiedsverbinder of opbouwwerker in het gebied van deze bevinding`, [
        { path: 'assignee', message: 'kies een collega uit de lijst van dit gebied' },
      ]);
    }
    const { assignee: _previous, ...record } = this.recordOf(finding);
    const next: FindingRecord = body.assignee === null ? record : { ...record, assignee: { username: body.assignee, by: viewer.user.username, at: new Date().toISOString() } };
    await this.save(viewer, finding, next, '/api/findings/:id/assignee');
    return this.itemNow(viewer, finding);
  }

  /** The colleagues a finding can be assigned to. */
  async colleagues(viewer: Viewer, id: string, seen: Seen = {}): Promise<Colleague[]> {
    const finding = await this.current(viewer, id, seen);
    this.requireAct(viewer, finding);
    return this.colleaguesOf(finding);
  }

  /** Today's finding with this id, as the viewer's analysis of where it was seen finds it. */
  async current(viewer: Viewer, id: string, { gebied = [] }: Seen = {}): Promise<Finding> {
    const finding = (await this.analysis.gaps(viewer, { ...(gebied.length ? { gebied: [...gebied] } : {}), at: this.today() })).value.findings.find((item) => item.id === id);
    if (!finding) throw new NotFoundError('bevinding', id);
    return finding;
  }

  requireAct(viewer: Viewer, finding: Located): void {
    if (!mayAct(viewer, finding)) throw new AppError(403, 'forbidden', 'deze bevinding ligt buiten uw gebieden: alleen wie daar werkt, of de beheerder, werkt haar af');
  }

  async people(): Promise<People> {
    return new Map((await this.users.list()).map((user) => [user.username, user.displayName ?? user.username]));
  }

  private itemOf(viewer: Viewer, finding: Finding, record: FindingRecord | undefined, introductions: WorkItem['introductions'], people: People): WorkItem {
    return { ...finding, work: workStateOf(viewer, finding, record, fingerprintOf(finding, this.cache), people), introductions };
  }

  private async itemNow(viewer: Viewer, finding: Finding): Promise<WorkItem> {
    const people = await this.people();
    return this.itemOf(viewer, finding, this.records.finding(finding.id), this.introductionsByFinding(viewer, people).get(finding.id) ?? [], people);
  }

  private recordOf(finding: Finding): FindingRecord {
    const record = this.records.finding(finding.id) ?? { findingId: finding.id, analysis: finding.analysis, history: [] };
    const { gebied: _before, ...rest } = record;
    return { ...rest, analysis: finding.analysis, ...(finding.gebied ? { gebied: finding.gebied } : {}) };
  }

  private async save(viewer: Viewer, finding: Finding, data: FindingRecord, route: string): Promise<void> {
    viewer.wrote = true;
    await this.write.apply({
      actor: actorOf(viewer),
      source: 'werklijst',
      changes: [],
      records: [{ collection: 'findings', id: findingRecordId(finding.id), data }],
      subjects: finding.nodes.filter((node) => node.startsWith('per_')),
      route,
    });
  }

  private introductionsByFinding(viewer: Viewer, people: People): Map<string, WorkItem['introductions']> {
    const out = new Map<string, WorkItem['introductions']>();
    for (const { id, ...record } of this.records.introductions()) {
      const list = out.get(record.findingId) ?? [];
      list.push(introductionOf(viewer, id, record, people));
      out.set(record.findingId, list);
    }
    for (const list of out.values()) list.sort((a, b) => (a.proposed.at < b.proposed.at ? -1 : 1));
    return out;
  }

  private async colleaguesOf(finding: Finding): Promise<Colleague[]> {
    return (await this.users.list())
      .filter((user) => !user.disabled && ACTING_ROLES.includes(user.role) && liesIn(finding, this.scopes.of(user.gebieden)))
      .map((user) => ({ username: user.username, name: user.displayName ?? user.username, role: user.role }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }
}
