/**
 * The netwerkrapportage of one wijk for one period ("tellen en vertellen"),
 * composed from what the map shows (`parts.ts`): the analyses of the wijk on
 * the peildatum through the analysis service, for this viewer and through
 * its policy, and the key figures and their change from the history. So the
 * rapportage, the Gaten panel and the Sleutelfiguren panel say the same.
 *
 * A new part: a field in the wire type `Rapportage`, a function in
 * `parts.ts` that makes it from its source, and one line in `report`.
 */
import type { Duiding, Rapportage, RapportageWijk } from '../../model/wire/rapportage.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import type { GraphNode } from '../../model/index.ts';
import { dayOf, periodBounds, QUARTER_PATTERN, quarterOf, shiftPeriod } from '../../model/period.ts';
import type { AnalysisService } from '../analysis-service.ts';
import type { HistoryService } from '../history/history-service.ts';
import type { NetworkCache } from '../network-cache.ts';
import type { QuarterSummary } from '../findings/quarter-summary.ts';
import type { DuidingService } from '../owned/duidingen.ts';
import type { Viewer } from '../privacy/policy.ts';
import { dekkingOf, driehoekOf, gatenPerKind, sleutelfigurenOf, veranderingOf } from './parts.ts';

/** How many of the Sleutelfiguren panel's first the rapportage shows. */
export const RAPPORTAGE_SLEUTELFIGUREN = 8;

export const PERIODE_PATTERN = QUARTER_PATTERN;

/** The quarter holding `now` (UTC), e.g. 2026-Q4. */
export function currentPeriode(now = new Date()): string {
  return quarterOf(now);
}

/** First and last day of a quarter; refuses anything but JJJJ-Qn. */
export function periodeBounds(periode: string): { van: string; tot: string } {
  if (!QUARTER_PATTERN.test(periode)) throw new ValidationError(`ongeldige periode '${periode}': verwacht JJJJ-Qn, bijvoorbeeld 2026-Q3`, [{ path: 'periode', message: 'verwacht JJJJ-Qn' }]);
  const { first, last } = periodBounds(periode);
  return { van: first, tot: last };
}

export function previousPeriode(periode: string): string {
  return shiftPeriod(periode, -1);
}

export class RapportageService {
  constructor(
    private readonly cache: NetworkCache,
    private readonly analysis: AnalysisService,
    private readonly history: HistoryService,
    private readonly duidingen: DuidingService,
    private readonly tellen: QuarterSummary,
  ) {}

  /** The wijken this viewer may see, by name, to pick one for a rapportage. */
  async wijken(viewer: Viewer): Promise<RapportageWijk[]> {
    const { nodes } = await this.cache.data();
    return nodes
      .filter((node) => node.kind === 'gebied' && node.level === 'wijk' && viewer.visible(node.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map((node) => this.wijkOf(node));
  }

  /** The wijk a rapportage is about; NotFound for anything else. */
  async wijk(id: string): Promise<RapportageWijk> {
    const node = id.startsWith('geb_') ? await this.cache.node(id) : undefined;
    if (!node || node.kind !== 'gebied' || node.level !== 'wijk') throw new NotFoundError('wijk', id);
    return this.wijkOf(node);
  }

  /** The whole rapportage of a wijk for a period (the current quarter when none is given). */
  async report(viewer: Viewer, wijkId: string, requested?: string): Promise<Rapportage> {
    const wijk = await this.wijk(wijkId);
    const periode = requested ?? currentPeriode();
    const { tot } = periodeBounds(periode);
    const today = dayOf();
    const peildatum = tot < today ? tot : today;
    const scope = { gebied: [wijk.id], at: peildatum };
    const [gaps, coverage, sleutelfiguren, change] = await Promise.all([
      this.analysis.gaps(viewer, scope),
      this.analysis.coverage(viewer, scope),
      this.analysis.sleutelfiguren(viewer, { ...scope, limit: RAPPORTAGE_SLEUTELFIGUREN }),
      this.history.previousPeriodChange(wijk.id, periode),
    ]);
    const roles = (id: string) => (this.cache.nodeNow(id)?.roles as string[] | undefined) ?? [];
    return {
      wijk,
      periode,
      vorigePeriode: previousPeriode(periode),
      peildatum,
      gegenereerd: new Date().toISOString(),
      pseudonymise: viewer.role !== 'beheerder',
      kerncijfers: change.current,
      driehoek: driehoekOf(coverage.value, wijk.id),
      dekking: dekkingOf(coverage.value, wijk.id, viewer),
      gaten: gatenPerKind(gaps.value.findings),
      sleutelfiguren: sleutelfigurenOf(sleutelfiguren.value.items, roles),
      ...veranderingOf(change),
      duiding: this.duidingen.list(wijk.id, periode),
      tellenEnVertellen: await this.tellen.of(viewer, wijk.id, periode),
    };
  }

  /** The team's interpretations of a wijk in a period. */
  async duidingenOf(wijkId: string, periode: string): Promise<Duiding[]> {
    const wijk = await this.wijk(wijkId);
    periodeBounds(periode);
    return this.duidingen.list(wijk.id, periode);
  }

  /** Saves an interpretation; the body is read only once the wijk and period are known to be valid. */
  async saveDuiding(viewer: Viewer, wijkId: string, periode: string, body: () => Promise<unknown>): Promise<Duiding> {
    const wijk = await this.wijk(wijkId);
    periodeBounds(periode);
    return this.duidingen.save(viewer, wijk.id, periode, await body());
  }

  private wijkOf(node: GraphNode): RapportageWijk {
    const parent = typeof node.parentId === 'string' ? this.cache.nodeNow(node.parentId) : undefined;
    return { id: node.id, name: node.name, code: typeof node.code === 'string' ? node.code : null, stadsdeel: parent?.name ?? null };
  }
}
