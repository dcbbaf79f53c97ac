/**
 * "Tellen en vertellen" for the netwerkrapportage: what the analysis finds
 * in a wijk, and what the team did with it in a period. Found: the
 * findings of the wijk on the peildatum (the period's last day, or today
 * while it runs), per kind, as the Gaten panel and the rapportage's gaps
 * show them. Done: the findings whose last change in the
 * period made them afgehandeld or niet van toepassing (a mark undone in the
 * period does not count), and the introductions proposed, done or turned
 * down in it, and those that became a tie. Counts only: no names.
 */
import { GAP_ANALYSES, type GapAnalysis } from '../../model/index.ts';
import { periodBounds } from '../../model/period.ts';
import type { TellenEnVertellen } from '../../model/wire/findings.ts';
import type { AnalysisService } from '../analysis-service.ts';
import type { Viewer } from '../privacy/policy.ts';
import type { Scopes } from '../privacy/scopes.ts';
import { lastStatusIn, type WorkRecords } from './work-records.ts';

type Tally = Omit<TellenEnVertellen['soorten'][number], 'soort'>;

export class QuarterSummary {
  constructor(
    private readonly analysis: AnalysisService,
    private readonly records: WorkRecords,
    private readonly scopes: Scopes,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  async of(viewer: Viewer, wijk: string, periode: string): Promise<TellenEnVertellen> {
    const { first, last } = periodBounds(periode);
    const peildatum = last < this.today() ? last : this.today();
    const found = (await this.analysis.gaps(viewer, { gebied: [wijk], at: peildatum })).value.findings;
    const scope = this.scopes.of([wijk]);
    const inWijk = (gebied: string | undefined) => !!gebied && scope.has(gebied);
    const tally = new Map<GapAnalysis, Tally>(GAP_ANALYSES.map((soort) => [soort, { gevonden: 0, afgehandeld: 0, nietVanToepassing: 0 }]));
    for (const finding of found) tally.get(finding.analysis)!.gevonden++;
    for (const record of this.records.findings().values()) {
      if (!inWijk(record.gebied)) continue;
      const status = lastStatusIn(record.history, first, last);
      if (status === 'afgehandeld') tally.get(record.analysis)!.afgehandeld++;
      if (status === 'niet-van-toepassing') tally.get(record.analysis)!.nietVanToepassing++;
    }
    const introducties = { voorgesteld: 0, gedaan: 0, afgewezen: 0, banden: 0 };
    const inPeriod = (at: string | undefined) => !!at && at.slice(0, 10) >= first && at.slice(0, 10) <= last;
    for (const introduction of this.records.introductions()) {
      if (!inWijk(introduction.gebied)) continue;
      if (inPeriod(introduction.history[0]?.at)) introducties.voorgesteld++;
      const status = lastStatusIn(introduction.history, first, last);
      if (status === 'gedaan') introducties.gedaan++;
      if (status === 'afgewezen') introducties.afgewezen++;
      if (inPeriod(introduction.tieAt)) introducties.banden++;
    }
    const soorten = GAP_ANALYSES.map((soort) => ({ soort, ...tally.get(soort)! })).filter((row) => row.gevonden + row.afgehandeld + row.nietVanToepassing > 0);
    const sum = (field: keyof Tally) => soorten.reduce((total, row) => total + row[field], 0);
    return { periode, peildatum, soorten, totaal: { gevonden: sum('gevonden'), afgehandeld: sum('afgehandeld'), nietVanToepassing: sum('nietVanToepassing') }, introducties };
  }
}
