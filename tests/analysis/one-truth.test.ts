/**
 * One truth: on every wijk of the demo, through the HTTP app, the map's Gaten
 * panel (/api/analysis/gaps?gebied=), the Sleutelfiguren panel
 * (/api/analysis/sleutelfiguren?gebied=), the netwerkrapportage
 * (/api/rapportage/:wijk) and the saved reports that answer the same question
 * (/api/reports/:id/run with that wijk) say the same: the same findings of
 * each kind in the same words, the same sleutelfiguren with the same direct
 * contacts, the same Driehoek and coverage, the same stale ties and isolated
 * residents. The panels and the rapportage are compared for a beheerder and
 * an analist (pseudonyms); the reports, which count persons without a legal
 * basis too, for the beheerder, whose analyses do the same.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GAP_ANALYSES, type Finding, type GapReport, type SleutelfiguurScore } from '../../server/model/index.ts';
import { dayOf, quarterOf, shiftMonths } from '../../server/model/period.ts';
import type { PeriodChange } from '../../server/model/wire/history.ts';
import type { Rapportage } from '../../server/model/wire/rapportage.ts';
import { readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { RAPPORTAGE_SLEUTELFIGUREN } from '../../server/services/rapportage/rapportage-service.ts';
import { createTestApp, type Requester, type TestApp } from '../helpers/test-app.ts';

const demo = readDemoNetwork();
const WIJKEN = demo.nodes.filter((node) => node.kind === 'gebied' && node.level === 'wijk').map((node) => ({ id: node.id, name: node.name }));
type Row = Record<string, unknown>;

interface Seen {
  gaps: Finding[];
  sleutelfiguren: SleutelfiguurScore[];
  rapportage: Rapportage;
}

let app: TestApp;
let analist: Requester;
const today = dayOf();

async function json<T>(request: Requester, path: string): Promise<T> {
  const response = await request(path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function seen(request: Requester, wijk: string): Promise<Seen> {
  const [gaps, sleutelfiguren, rapportage] = await Promise.all([
    json<GapReport>(request, `/api/analysis/gaps?gebied=${wijk}`),
    json<{ items: SleutelfiguurScore[] }>(request, `/api/analysis/sleutelfiguren?gebied=${wijk}&limit=500`),
    json<Rapportage>(request, `/api/rapportage/${wijk}`),
  ]);
  return { gaps: gaps.findings, sleutelfiguren: sleutelfiguren.items, rapportage };
}

async function report(id: string, params: Row): Promise<Row[]> {
  const response = await app.request(`/api/reports/${id}/run`, { method: 'POST', json: { params } });
  expect(response.status, id).toBe(200);
  return ((await response.json()) as { rows: Row[] }).rows;
}

const asBeheerder = new Map<string, Seen>();
const asAnalist = new Map<string, Seen>();
const reports = new Map<string, Record<string, Row[]>>();
let cityWide: Record<string, Row[]>;

beforeAll(async () => {
  app = await createTestApp({ seed: demo });
  analist = await app.as('analist');
  for (const { id } of WIJKEN) {
    asBeheerder.set(id, await seen(app.request, id));
    asAnalist.set(id, await seen(analist, id));
    const wijk = { wijk: id };
    reports.set(id, {
      sleutelfiguren: await report('sleutelfiguren-per-wijk', { ...wijk, top: 1000 }),
      verouderd: await report('verouderde-banden', { ...wijk, voor: shiftMonths(today, -12) }),
      geisoleerd: await report('geisoleerde-bewoners', { ...wijk, maximum: 0 }),
      viaProfessional: await report('alleen-via-professional', wijk),
      initiatieven: await report('initiatieven-zonder-verbinding', wijk),
      wijkteams: await report('wijkteam-initiatief-via-een-persoon', wijk),
      driehoek: await report('driehoek-status', wijk),
      themaGaten: await report('thema-zonder-aanbod', wijk),
      aanbod: await report('aanbod-per-thema', wijk),
    });
  }
  cityWide = {
    opbouwwerker: await report('wijken-zonder-opbouwwerker', {}),
    gebiedsverbinder: await report('wijken-zonder-gebiedsverbinder', {}),
    sleutelfiguur: await report('wijken-zonder-sleutelfiguur', {}),
  };
}, 900_000);

const sorted = (items: Iterable<string>) => [...items].sort();
const name = (id: string) => app.services.cache.nodeNow(id)!.name;
const of = (findings: Finding[], analysis: Finding['analysis']) => findings.filter((finding) => finding.analysis === analysis);

describe.each([
  ['a beheerder', () => asBeheerder],
  ['an analist', () => asAnalist],
] as const)('the rapportage says what the panels say, for %s', (_who, views) => {
  it('the same gaps, per kind, in the same words', () => {
    for (const { id, name: wijk } of WIJKEN) {
      const { gaps, rapportage } = views().get(id)!;
      // The panel shows its findings per kind, in the model's order of kinds.
      expect(rapportage.gaten.flatMap((group) => group.findings), wijk).toEqual(GAP_ANALYSES.flatMap((analysis) => of(gaps, analysis)));
      for (const group of rapportage.gaten) expect(group.findings.every((finding) => finding.analysis === group.analysis), wijk).toBe(true);
      expect(new Set(rapportage.gaten.map((group) => group.analysis)).size, wijk).toBe(rapportage.gaten.length);
    }
  });

  it('the same first sleutelfiguren, with the same direct contacts and explanation', () => {
    for (const { id, name: wijk } of WIJKEN) {
      const { sleutelfiguren, rapportage } = views().get(id)!;
      expect(
        rapportage.sleutelfiguren.map((item) => [item.id, item.persoon, item.contacten, item.uitleg]),
        wijk,
      ).toEqual(sleutelfiguren.slice(0, RAPPORTAGE_SLEUTELFIGUREN).map((item) => [item.id, item.name, item.facts.degree, item.explanation]));
      for (const item of rapportage.sleutelfiguren) expect(item.uitleg, wijk).toContain(`${item.contacten} direct`);
    }
  });

  it('a Driehoek that is incomplete exactly where the panel finds a missing leg', () => {
    for (const { id, name: wijk } of WIJKEN) {
      const { gaps, rapportage } = views().get(id)!;
      const missing = new Set(of(gaps, 'dekking').map((finding) => finding.id).filter((key) => key.startsWith(`dekking:driehoek:${id}:`)).map((key) => key.split(':')[3]));
      const { driehoek } = rapportage;
      expect({ gebiedsverbinder: driehoek.gebiedsverbinders === 0, wijkteam: driehoek.wijkteams === 0, opbouwwerker: driehoek.opbouwwerkers === 0, sleutelfiguur: driehoek.sleutelfiguren === 0 }, wijk).toEqual({
        gebiedsverbinder: missing.has('gebiedsverbinder'),
        wijkteam: missing.has('wijkteam'),
        opbouwwerker: missing.has('opbouwwerker'),
        sleutelfiguur: missing.has('sleutelfiguur'),
      });
      expect(driehoek.compleet, wijk).toBe(!missing.has('gebiedsverbinder') && !missing.has('wijkteam') && !missing.has('opbouwwerker'));
    }
  });

  it('no offer on exactly the themes the panel names', () => {
    for (const { id, name: wijk } of WIJKEN) {
      const { gaps, rapportage } = views().get(id)!;
      const themes = of(gaps, 'dekking').filter((finding) => finding.id.startsWith(`dekking:thema:${id}:`)).map((finding) => name(finding.nodes[1]!));
      expect(sorted(rapportage.dekking.filter((row) => row.aantal === 0).map((row) => row.thema)), wijk).toEqual(sorted(themes));
    }
  });
});

describe('the rapportage names no one the analist may not see', () => {
  it('shows the analist pseudonyms only', () => {
    const names = new Set(demo.nodes.filter((node) => node.kind === 'persoon').map((node) => node.name));
    for (const { id } of WIJKEN) for (const item of asAnalist.get(id)!.rapportage.sleutelfiguren) expect(names.has(item.persoon)).toBe(false);
  });
});

describe('the key figures are those of the map’s timeline', () => {
  it('for every wijk', async () => {
    for (const { id, name: wijk } of WIJKEN) {
      const change = await json<PeriodChange>(app.request, `/api/history/change?gebied=${id}&period=${quarterOf(new Date())}`);
      expect(asBeheerder.get(id)!.rapportage.kerncijfers, wijk).toEqual(change.current);
    }
  });
});

describe('the saved reports say what the analyses say', () => {
  it('have something to compare: the demo’s holes are in them', () => {
    const total = (key: string) => WIJKEN.reduce((sum, { id }) => sum + reports.get(id)![key]!.length, 0);
    expect(total('verouderd')).toBeGreaterThan(20);
    expect(total('geisoleerd')).toBeGreaterThanOrEqual(4);
    expect(total('viaProfessional')).toBeGreaterThanOrEqual(3);
    expect(total('initiatieven')).toBeGreaterThanOrEqual(3);
    expect(total('wijkteams')).toBeGreaterThanOrEqual(3);
    expect(total('themaGaten')).toBeGreaterThanOrEqual(2);
    expect(total('sleutelfiguren')).toBeGreaterThan(1000);
  });

  const each = (check: (wijk: { id: string; name: string }, seen: Seen, rows: Record<string, Row[]>) => void) => () => {
    for (const wijk of WIJKEN) check(wijk, asBeheerder.get(wijk.id)!, reports.get(wijk.id)!);
  };

  it(
    'sleutelfiguren-per-wijk: every resident the panel ranks, with the same direct contacts',
    each(({ name: wijk }, { sleutelfiguren }, rows) => {
      const panel = sleutelfiguren.map((item) => `${item.name}|${item.facts.degree}`);
      expect(sorted(rows.sleutelfiguren!.map((row) => `${row.persoon}|${row.contacten}`)), wijk).toEqual(sorted(panel));
      expect(sleutelfiguren.length, wijk).toBeLessThan(500);
    }),
  );

  it(
    'verouderde-banden: the stale ties of the Gaten panel, twelve months before today',
    each(({ name: wijk }, { gaps, rapportage }, rows) => {
      const ties = of(gaps, 'verouderde-banden').flatMap((finding) => finding.ties).map((tieId) => app.services.cache.snapshot().ties.find((tie) => tie.id === tieId)!);
      expect(sorted(rows.verouderd!.map((row) => `${row.persoon1}|${row.persoon2}|${row.laatsteContact}`)), wijk).toEqual(sorted(ties.map((tie) => `${name(tie.from)}|${name(tie.to)}|${tie.lastContact}`)));
      expect(rapportage.gaten.find((group) => group.analysis === 'verouderde-banden')?.findings.length ?? 0, wijk).toBe(of(gaps, 'verouderde-banden').length);
    }),
  );

  it(
    'geisoleerde-bewoners (maximum 0) and alleen-via-professional: the single residents the panel finds isolated',
    each(({ name: wijk }, { gaps }, rows) => {
      const single = of(gaps, 'isolatie').filter((finding) => !finding.id.startsWith('isolatie:groep:'));
      const alone = single.filter((finding) => finding.severity === 'middel' && finding.nodes.length === 1);
      const viaOne = single.filter((finding) => finding.title.startsWith('Alleen bereikbaar via'));
      expect(sorted(rows.geisoleerd!.map((row) => String(row.persoon))), wijk).toEqual(sorted(alone.map((finding) => name(finding.nodes[0]!))));
      expect(sorted(rows.viaProfessional!.map((row) => `${row.persoon}|${row.professional}`)), wijk).toEqual(sorted(viaOne.map((finding) => `${name(finding.nodes[0]!)}|${name(finding.nodes[1]!)}`)));
    }),
  );

  it(
    'initiatieven-zonder-verbinding: the initiatives of the panel’s losse werelden',
    each(({ name: wijk }, { gaps }, rows) => {
      const initiatives = new Set(of(gaps, 'losse-werelden').flatMap((finding) => finding.nodes.filter((node) => node.startsWith('ini_'))));
      expect(sorted(rows.initiatieven!.map((row) => String(row.initiatiefId))), wijk).toEqual(sorted(initiatives));
    }),
  );

  it(
    'wijkteam-initiatief-via-een-persoon: the panel’s only links between a wijkteam and its initiatives',
    each(({ name: wijk }, { gaps }, rows) => {
      const links = of(gaps, 'enkelvoudig')
        .filter((finding) => finding.title.startsWith('Enige verbinding wijkteam–initiatieven'))
        .flatMap((finding) => {
          const team = finding.nodes.find((node) => node.startsWith('wt_'))!;
          return finding.nodes.filter((node) => node.startsWith('ini_')).map((ini) => `${name(team)}|${name(finding.nodes[0]!)}|${name(ini)}`);
        });
      expect(sorted(rows.wijkteams!.map((row) => `${row.wijkteam}|${row.via}|${row.initiatief}`)), wijk).toEqual(sorted(links));
    }),
  );

  it(
    'driehoek-status, thema-zonder-aanbod and aanbod-per-thema: the rapportage’s Driehoek and coverage',
    each(({ id, name: wijk }, { gaps, rapportage }, rows) => {
      const [driehoek] = rows.driehoek!;
      const { gebiedsverbinders, wijkteams, opbouwwerkers, sleutelfiguren, compleet } = rapportage.driehoek;
      expect(driehoek, wijk).toMatchObject({ wijkId: id, gebiedsverbinders, wijkteams, opbouwwerkers, sleutelfiguren, compleet: compleet ? 'ja' : 'nee' });
      const themes = of(gaps, 'dekking').filter((finding) => finding.id.startsWith(`dekking:thema:${id}:`)).map((finding) => name(finding.nodes[1]!));
      expect(sorted(rows.themaGaten!.map((row) => String(row.thema))), wijk).toEqual(sorted(themes));
      const offer = (row: { thema: unknown; organisaties: unknown; initiatieven: unknown; aantal: unknown }) =>
        `${row.thema}|${row.aantal}|${sorted(row.organisaties as string[]).join(',')}|${sorted(row.initiatieven as string[]).join(',')}`;
      expect(sorted(rows.aanbod!.map((row) => offer(row as Parameters<typeof offer>[0]))), wijk).toEqual(sorted(rapportage.dekking.map(offer)));
    }),
  );

  it('wijken-zonder-opbouwwerker, -gebiedsverbinder and -sleutelfiguur: the wijken where the panel misses that leg', () => {
    for (const role of ['opbouwwerker', 'gebiedsverbinder', 'sleutelfiguur'] as const) {
      const missing = WIJKEN.filter(({ id }) => asBeheerder.get(id)!.gaps.some((finding) => finding.id === `dekking:driehoek:${id}:${role}`)).map(({ id }) => id);
      expect(sorted(cityWide[role]!.map((row) => String(row.wijkId))), role).toEqual(sorted(missing));
    }
  });
});
