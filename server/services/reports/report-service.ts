/** Runs a library report in a viewer's name and shows its cells as that viewer may see them. */
import type { NetworkCache } from '../network-cache.ts';
import type { Viewer } from '../privacy/policy.ts';
import type { QueryService } from '../queries/query-service.ts';
import type { ReportDefinition } from '../../model/wire/reports.ts';
import { reportPresenter } from './presenter.ts';
import { runReport, type RunOptions } from './runner.ts';

export class ReportService {
  constructor(
    private readonly cache: NetworkCache,
    private readonly queries: QueryService,
  ) {}

  async run(viewer: Viewer, report: ReportDefinition, params: unknown, options: Omit<RunOptions, 'present'> = {}) {
    await this.cache.ready();
    const target = this.queries.reportTarget(viewer.user.username);
    return runReport(target, report, params, { ...options, present: reportPresenter(viewer, this.cache, target.engine) });
  }
}
