/**
 * Runs reports in a viewer's name: the library's, shown as that viewer may
 * see them, and the viewer's own personal reports, on the free-query copy.
 * A parameter that names a node must name one the viewer may see.
 */
import { NODE_ID_PREFIX, NODE_KINDS, type NodeKind } from '../../model/index.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import type { NetworkCache } from '../network-cache.ts';
import type { Viewer } from '../privacy/policy.ts';
import type { QueryService } from '../queries/query-service.ts';
import { parseReportParams } from './params.ts';
import type { PersonalReport, ReportDefinition, ReportParam } from '../../model/wire/reports.ts';
import { reportPresenter } from './presenter.ts';
import { runFreeQuery, runReport, type RunOptions } from './runner.ts';

/** An id of any kind: checked as an id (a wrong kind is a 400), not looked up as a name. */
const looksLikeId = (value: string) => Object.values(NODE_ID_PREFIX).some((prefix) => value.startsWith(`${prefix}_`));

const comparable = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('nl');

const isNodeKind = (type: string): type is NodeKind => (NODE_KINDS as readonly string[]).includes(type);

export class ReportService {
  constructor(
    private readonly cache: NetworkCache,
    private readonly queries: QueryService,
  ) {}

  async run(viewer: Viewer, report: ReportDefinition, params: unknown, options: Omit<RunOptions, 'present'> = {}) {
    await this.cache.ready();
    const named = this.resolveNames(report.params, params);
    this.checkNodeParams(viewer, report.params, parseReportParams(report.params, named));
    const target = this.queries.reportTarget(viewer.user.username);
    return runReport(target, report, named, { ...options, present: reportPresenter(viewer, this.cache, target.engine) });
  }

  /** A personal report runs on the free-query copy, as the console does; the persons it returns are audited. */
  async runPersonal(viewer: Viewer, report: PersonalReport, params: unknown) {
    await this.cache.ready();
    const declared = report.params as ReportParam[];
    const values = parseReportParams(declared, this.resolveNames(declared, params));
    this.checkNodeParams(viewer, declared, values);
    const result = await runFreeQuery(this.queries.freeTarget(viewer.user.username), report.cypher, values);
    collectSubjects(viewer, result.rows);
    return result;
  }

  /**
   * A wijk, wijkteam, thema, organisation, initiative or place may be given by
   * its name ("Parkwijk") as well as by its id. Persons only by id: a name
   * lookup would tell whether a hidden person exists.
   */
  private resolveNames(declared: readonly ReportParam[], raw: unknown): unknown {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
    const values = { ...(raw as Record<string, unknown>) };
    for (const param of declared) {
      const value = values[param.name];
      if (!isNodeKind(param.type) || param.type === 'persoon' || typeof value !== 'string' || !value.trim() || looksLikeId(value)) continue;
      const wanted = comparable(value);
      const matches = this.cache.snapshot().nodes.filter((node) => node.kind === param.type && comparable(node.name) === wanted);
      if (!matches.length) throw new NotFoundError(`${param.name}: ${param.type}`, value.trim());
      if (matches.length > 1) throw new ValidationError(`${param.name}: er zijn ${matches.length} met de naam '${value.trim()}'; kies er een uit de lijst`, [{ path: param.name, message: 'naam is niet eenduidig' }]);
      values[param.name] = matches[0]!.id;
    }
    return values;
  }

  /** An id of a kind that does not exist, or that this viewer may not see, is a 404 naming it (not an empty answer). */
  private checkNodeParams(viewer: Viewer, declared: readonly ReportParam[], values: Record<string, unknown>): void {
    for (const param of declared) {
      const id = values[param.name];
      if (!isNodeKind(param.type) || typeof id !== 'string' || id === '') continue;
      const node = this.cache.nodeNow(id);
      if (!node || node.kind !== param.type || !viewer.visible(id)) throw new NotFoundError(`${param.name}: ${param.type}`, id);
    }
  }
}

/** The persons a free query returned (by id), for the audit entry. */
export function collectSubjects(viewer: { subjects: Set<string> }, rows: unknown[]): void {
  for (const match of JSON.stringify(rows).matchAll(/\bper_[A-Za-z0-9_-]+/g)) viewer.subjects.add(match[0]);
}
