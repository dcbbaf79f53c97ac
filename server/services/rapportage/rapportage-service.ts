/**
 * The netwerkrapportage of one wijk for one period ("tellen en vertellen"):
 * key figures, Driehoek, coverage, gaps and sleutelfiguren, in the report's
 * Dutch wire format. The figures come from the report library, so they match
 * what an analyst gets in the console; the change since the previous period
 * comes from the monitoring snapshots.
 */
import type { KeyFigures } from '../../model/wire/compare.ts';
import type { QueryResult } from '../../model/wire/reports.ts';
import type { DriehoekStatus, Duiding, Kerncijfers, Rapportage, RapportageGap, RapportageWijk, ThemaDekking, WijkSleutelfiguur } from '../../model/wire/rapportage.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { periodBounds, QUARTER_PATTERN, quarterOf, shiftMonths, shiftPeriod } from '../../model/period.ts';
import type { Row } from '../../store/types.ts';
import type { HistoryService } from '../history/history-service.ts';
import type { NetworkCache } from '../network-cache.ts';
import type { QuarterSummary } from '../findings/quarter-summary.ts';
import type { DuidingService } from '../owned/duidingen.ts';
import type { Viewer } from '../privacy/policy.ts';
import { reportLibrary } from '../reports/library.ts';
import type { ReportService } from '../reports/report-service.ts';

export const PERIODE_PATTERN = QUARTER_PATTERN;

/** The key figures the report compares with the previous period. */
const CHANGE_FIGURES: [keyof KeyFigures, string][] = [
  ['persons', 'Personen'],
  ['ties', 'Banden'],
  ['organisations', 'Organisaties'],
  ['initiatives', 'Initiatieven'],
  ['components', 'Losse delen'],
];

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

/** A report's rows as the shape of its `@column` header (the report file promises the columns). */
function rowsOf<T>(result: QueryResult): T[] {
  return result.rows as unknown as T[];
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export class RapportageService {
  constructor(
    private readonly cache: NetworkCache,
    private readonly reports: ReportService,
    private readonly history: HistoryService,
    private readonly duidingen: DuidingService,
    private readonly tellen: QuarterSummary,
  ) {}

  /** The wijk a rapportage is about; NotFound for anything else. */
  async wijk(id: string): Promise<RapportageWijk> {
    const node = id.startsWith('geb_') ? await this.cache.node(id) : undefined;
    if (!node || node.kind !== 'gebied' || node.level !== 'wijk') throw new NotFoundError('wijk', id);
    const parent = typeof node.parentId === 'string' ? await this.cache.node(node.parentId) : undefined;
    return { id: node.id, name: node.name, code: typeof node.code === 'string' ? node.code : null, stadsdeel: parent?.name ?? null };
  }

  /** The whole rapportage of a wijk for a period (the current quarter when none is given). */
  async report(viewer: Viewer, wijkId: string, requested?: string): Promise<Rapportage> {
    const wijk = await this.wijk(wijkId);
    const periode = requested ?? currentPeriode();
    const { van, tot } = periodeBounds(periode);
    const today = new Date().toISOString().slice(0, 10);
    const peildatum = tot < today ? tot : today;
    const w = { wijk: wijk.id };
    const run = (id: string, params: Record<string, unknown>) => this.reports.run(viewer, reportLibrary().get(id)!, params, { maxRows: 10_000, timeoutMs: 30_000 });
    // One after the other: they run in the viewer's name, whose concurrent queries are limited.
    const kern = await run('wijk-kerncijfers', w);
    const driehoek = await run('driehoek-status', { ...w, peildatum });
    const dekking = await run('aanbod-per-thema', w);
    const sleutel = await run('sleutelfiguren-per-wijk', { ...w, top: 8 });
    const themaGaten = await run('thema-zonder-aanbod', w);
    const initiatieven = await run('initiatieven-zonder-verbinding', w);
    const dubbel = await run('organisaties-zelfde-thema-zonder-band', w);
    const isolatie = await run('geisoleerde-bewoners', { ...w, maximum: 0 });
    const viaProfessional = await run('alleen-via-professional', w);
    const verouderd = await run('verouderde-banden', { ...w, voor: shiftMonths(peildatum, -12) });
    const veranderingen = await run('veranderingen-tussen-datums', { van, tot });
    const wijkteamLinks = await run('wijkteam-initiatief-via-een-persoon', { peildatum });
    const driehoekRow = driehoek.rows[0] as Row | undefined;
    const initiativeNames = new Set(await this.initiativesIn(wijk.id));
    const gaps: RapportageGap[] = [];
    if (driehoekRow && driehoekRow.compleet === 'nee') {
      const missing = [driehoekRow.gebiedsverbinders === 0 && 'gebiedsverbinder', driehoekRow.wijkteams === 0 && 'sociaal wijkteam', driehoekRow.opbouwwerkers === 0 && 'opbouwwerker'].filter(Boolean) as string[];
      gaps.push({ key: 'driehoek', ernst: 'hoog', titel: 'Driehoek niet compleet', uitleg: `Er is geen ${missing.join(' en geen ')} actief in de wijk. Zonder alle drie de benen blijven signalen en initiatieven liggen.`, items: missing });
    }
    if (themaGaten.rows.length) gaps.push({ key: 'dekking', ernst: 'hoog', titel: plural(themaGaten.rows.length, 'thema zonder aanbod', 'thema’s zonder aanbod'), uitleg: 'Geen organisatie of initiatief in de wijk richt zich op deze thema’s.', items: themaGaten.rows.map((row) => String(row.thema)) });
    if (initiatieven.rows.length) gaps.push({ key: 'losse-initiatieven', ernst: 'middel', titel: plural(initiatieven.rows.length, 'initiatief zonder wijkteam of organisatie', 'initiatieven zonder wijkteam of organisatie'), uitleg: 'Geen verwijzing, ondersteuning of subsidie: kwetsbaar als de trekker stopt, en onbekend bij het wijkteam.', items: initiatieven.rows.map((row) => String(row.initiatief)) });
    if (dubbel.rows.length) gaps.push({ key: 'dubbeling', ernst: 'middel', titel: 'Zelfde thema, geen samenwerking', uitleg: 'Organisaties werken in de wijk op hetzelfde thema zonder onderlinge band: mogelijke dubbeling.', items: dubbel.rows.map((row) => `${row.organisatie1} en ${row.organisatie2} (${row.thema})`) });
    const isolated = [...isolatie.rows.map((row) => String(row.persoon)), ...viaProfessional.rows.map((row) => `${row.persoon} (alleen via ${row.professional})`)];
    if (isolated.length) gaps.push({ key: 'isolatie', ernst: 'middel', titel: plural(isolated.length, 'bewoner geïsoleerd of alleen via één professional', 'bewoners geïsoleerd of alleen via één professional'), uitleg: 'Geen kennis-banden en geen deelname, of alle banden lopen via één professional.', items: isolated });
    const singleLinks = wijkteamLinks.rows.filter((row) => initiativeNames.has(String(row.initiatief)));
    if (singleLinks.length) gaps.push({ key: 'enkelvoudig', ernst: 'hoog', titel: 'Verbinding wijkteam–initiatief hangt aan één persoon', uitleg: 'Het wijkteam is met deze initiatieven alleen verbonden via één teamlid; vertrekt die persoon, dan valt de verbinding weg.', items: singleLinks.map((row) => `${row.initiatief} (via ${row.via})`) });
    if (verouderd.rows.length) gaps.push({ key: 'verouderd', ernst: 'laag', titel: plural(verouderd.rows.length, 'band zonder contact in het afgelopen jaar', 'banden zonder contact in het afgelopen jaar'), uitleg: 'Kennis-banden vervagen zonder contact: opfrissen, of opruimen volgens de bewaartermijn.', items: verouderd.rows.slice(0, 8).map((row) => `${row.persoon1} – ${row.persoon2} (${row.laatsteContact})`) });
    const duiding = this.duidingen.list(wijk.id, periode);
    const change = await this.history.previousPeriodChange(wijk.id, periode);
    return {
      wijk,
      periode,
      vorigePeriode: previousPeriode(periode),
      peildatum,
      gegenereerd: new Date().toISOString(),
      pseudonymise: viewer.role !== 'beheerder',
      kerncijfers: rowsOf<Kerncijfers>(kern)[0] ?? null,
      driehoek: rowsOf<DriehoekStatus>(driehoek)[0] ?? null,
      dekking: rowsOf<ThemaDekking>(dekking),
      gaten: gaps,
      sleutelfiguren: rowsOf<WijkSleutelfiguur>(sleutel),
      veranderingStad: veranderingen.rows,
      verandering: CHANGE_FIGURES.map(([key, label]) => ({ label, nu: change.current[key], toen: change.previous[key] })),
      veranderingMelding: `Vergeleken met ${change.previousPeriod} (peildatum ${change.previousDate})${change.partial ? '; deze periode loopt nog' : ''}.`,
      duiding,
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

  private async initiativesIn(wijkId: string): Promise<string[]> {
    const { nodes, ties } = await this.cache.data();
    const inWijk = new Set(nodes.filter((node) => node.id === wijkId || node.parentId === wijkId).map((node) => node.id));
    const names = new Map(nodes.map((node) => [node.id, node.name]));
    return [...new Set(ties.filter((tie) => tie.type === 'WERKT_IN' && tie.from.startsWith('ini_') && inWijk.has(tie.to)).map((tie) => names.get(tie.from)!))];
  }
}
