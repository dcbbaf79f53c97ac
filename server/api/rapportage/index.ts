/**
 * The netwerkrapportage of one wijk for one period ("tellen en vertellen").
 *   GET /api/rapportage/:wijk?periode=2026-Q4   figures, Driehoek, coverage, gaps, sleutelfiguren
 *   GET /api/rapportage/:wijk/duiding/:periode  the team's interpretation after a duidingssessie
 *   PUT /api/rapportage/:wijk/duiding/:periode  {tekst, sessiedatum?, deelnemers?}
 * The figures come from the report library, so they match what an analyst
 * gets in the console. Change since the previous period needs the monitoring
 * snapshots; until those exist the response says so.
 */
import type { KeyFigures } from '../../analysis/compare/index.ts';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../../context.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { reportLibrary } from '../../services/reports/library.ts';
import { runReport } from '../../services/reports/runner.ts';
import type { Row } from '../../store/types.ts';
import { readJson } from '../body.ts';
import { viewerOf } from '../middleware/session.ts';
import { parseQuery } from '../params.ts';
import { reportPresenter } from '../reports/shared.ts';
const PERIODE = /^(\d{4})-Q([1-4])$/;

export function currentPeriode(now = new Date()): string {
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}

/** First and last day of a quarter. */
export function periodeBounds(periode: string): { van: string; tot: string } {
  const match = PERIODE.exec(periode);
  if (!match) throw new ValidationError(`ongeldige periode '${periode}': verwacht JJJJ-Qn, bijvoorbeeld 2026-Q3`, [{ path: 'periode', message: 'verwacht JJJJ-Qn' }]);
  const year = Number(match[1]);
  const quarter = Number(match[2]);
  const start = new Date(Date.UTC(year, (quarter - 1) * 3, 1));
  const end = new Date(Date.UTC(year, quarter * 3, 0));
  return { van: start.toISOString().slice(0, 10), tot: end.toISOString().slice(0, 10) };
}

export function previousPeriode(periode: string): string {
  const [, year, quarter] = PERIODE.exec(periode)!;
  return Number(quarter) === 1 ? `${Number(year) - 1}-Q4` : `${year}-Q${Number(quarter) - 1}`;
}

const periodeQuery = z.object({ periode: z.string().regex(PERIODE, 'verwacht JJJJ-Qn, bijvoorbeeld 2026-Q3').optional() });

export interface Gap {
  key: string;
  ernst: 'hoog' | 'middel' | 'laag';
  titel: string;
  uitleg: string;
  items: string[];
}

/** The key figures the report compares with the previous period. */
const CHANGE_FIGURES: [keyof KeyFigures, string][] = [
  ['persons', 'Personen'],
  ['ties', 'Banden'],
  ['organisations', 'Organisaties'],
  ['initiatives', 'Initiatieven'],
  ['components', 'Losse delen'],
];

export function rapportageRoutes(services: AppServices) {
  const { cache, queries, duidingen } = services;

  async function wijkOf(id: string) {
    const node = id.startsWith('geb_') ? await cache.node(id) : undefined;
    if (!node || node.kind !== 'gebied' || node.level !== 'wijk') throw new NotFoundError('wijk', id);
    const parent = typeof node.parentId === 'string' ? await cache.node(node.parentId) : undefined;
    return { id: node.id, name: node.name, code: node.code ?? null, stadsdeel: parent?.name ?? null };
  }

  async function initiativesIn(wijkId: string): Promise<string[]> {
    const { nodes, ties } = await cache.data();
    const inWijk = new Set(nodes.filter((node) => node.id === wijkId || node.parentId === wijkId).map((node) => node.id));
    const names = new Map(nodes.map((node) => [node.id, node.name]));
    return [...new Set(ties.filter((tie) => tie.type === 'WERKT_IN' && tie.from.startsWith('ini_') && inWijk.has(tie.to)).map((tie) => names.get(tie.from)!))];
  }

  const run = (c: Context, id: string, params: Record<string, unknown>) =>
    runReport(queries.reportTarget(viewerOf(c).user.username), reportLibrary().get(id)!, params, { present: reportPresenter(viewerOf(c), cache, services.store.engine), maxRows: 10_000, timeoutMs: 30_000 });

  return new Hono()
    .get('/:wijk', async (c) => {
      const wijk = await wijkOf(c.req.param('wijk'));
      const periode = parseQuery(periodeQuery, c.req.query()).periode ?? currentPeriode();
      const { van, tot } = periodeBounds(periode);
      const today = new Date().toISOString().slice(0, 10);
      const peildatum = tot < today ? tot : today;
      const w = { wijk: wijk.id };
      // One after the other: they run in the viewer's name, whose concurrent queries are limited.
      const kern = await run(c, 'wijk-kerncijfers', w);
      const driehoek = await run(c, 'driehoek-status', { ...w, peildatum });
      const dekking = await run(c, 'aanbod-per-thema', w);
      const sleutel = await run(c, 'sleutelfiguren-per-wijk', { ...w, top: 8 });
      const themaGaten = await run(c, 'thema-zonder-aanbod', w);
      const initiatieven = await run(c, 'initiatieven-zonder-verbinding', w);
      const dubbel = await run(c, 'organisaties-zelfde-thema-zonder-band', w);
      const isolatie = await run(c, 'geisoleerde-bewoners', { ...w, maximum: 0 });
      const viaProfessional = await run(c, 'alleen-via-professional', w);
      const verouderd = await run(c, 'verouderde-banden', { ...w, voor: shiftMonths(peildatum, -12) });
      const veranderingen = await run(c, 'veranderingen-tussen-datums', { van, tot });
      const wijkteamLinks = await run(c, 'wijkteam-initiatief-via-een-persoon', { peildatum });
      const driehoekRow = driehoek.rows[0] as Row | undefined;
      const initiativeNames = new Set(await initiativesIn(wijk.id));
      const gaps: Gap[] = [];
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
      const viewer = viewerOf(c);
      const duiding = duidingen.list(wijk.id, periode);
      const change = await services.history.previousPeriodChange(wijk.id, periode);
      return c.json({
        wijk,
        periode,
        vorigePeriode: previousPeriode(periode),
        peildatum,
        gegenereerd: new Date().toISOString(),
        pseudonymise: viewer.role !== 'beheerder',
        kerncijfers: kern.rows[0] ?? null,
        driehoek: driehoekRow ?? null,
        dekking: dekking.rows,
        gaten: gaps,
        sleutelfiguren: sleutel.rows,
        veranderingStad: veranderingen.rows,
        verandering: CHANGE_FIGURES.map(([key, label]) => ({ label, nu: change.current[key], toen: change.previous[key] })),
        veranderingMelding: `Vergeleken met ${change.previousPeriod} (peildatum ${change.previousDate})${change.partial ? '; deze periode loopt nog' : ''}.`,
        analyse: null,
        duiding,
      });
    })
    .get('/:wijk/duiding/:periode', async (c) => {
      const wijk = await wijkOf(c.req.param('wijk'));
      const periode = c.req.param('periode');
      periodeBounds(periode);
      return c.json({ items: duidingen.list(wijk.id, periode) });
    })
    .put('/:wijk/duiding/:periode', async (c) => {
      const wijk = await wijkOf(c.req.param('wijk'));
      const periode = c.req.param('periode');
      periodeBounds(periode);
      return c.json(duidingen.save(viewerOf(c), wijk.id, periode, await readJson(c)));
    });
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function shiftMonths(date: string, months: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCMonth(value.getUTCMonth() + months);
  return value.toISOString().slice(0, 10);
}
