/**
 * GET /api/analysis/overview through the real app on the Haarlem demo: one set
 * of figures per wijk of a stad or stadsdeel and the ties between them,
 * counted on what the viewer may see, with no person in the answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapReport, GraphNode } from '../../../server/model/index.ts';
import type { CityOverview } from '../../../server/model/wire/overview.ts';
import { activeOn } from '../../../server/analysis/scope.ts';
import { readDemoHoles, readDemoNetwork } from '../../../server/services/demo/load-demo.ts';
import { createTestApp, type Requester, type TestApp } from '../../helpers/test-app.ts';

const demo = readDemoNetwork();
const holes = readDemoHoles();
const AT = holes.today;
const gebieden = demo.nodes.filter((node) => node.kind === 'gebied');
const level = (wanted: string) => gebieden.filter((node) => node.level === wanted);
const STAD = level('stad')[0]!;
const NOORD = level('stadsdeel').find((node) => node.name.includes('Noord'))!;
const wijkNamed = (name: string) => level('wijk').find((node) => node.name === name)!;
const BOERHAAVE = wijkNamed('Boerhaavewijk');
const parentOf = (node: GraphNode) => node.parentId as string;
const PLACING = new Set(['WOONT_IN', 'ACTIEF_IN', 'WERKT_IN']);

let app: TestApp;
let beheerder: CityOverview;

beforeAll(async () => {
  app = await createTestApp({ seed: demo });
  beheerder = (await (await app.request(`/api/analysis/overview?at=${AT}`)).json()) as CityOverview;
});

afterAll(async () => {
  await app?.services.analysis.close();
  await app?.close();
});

const overviewAs = async (request: Requester, query = '') => {
  const response = await request(`/api/analysis/overview?at=${AT}${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as CityOverview;
};

describe('GET /api/analysis/overview', () => {
  it('gives every wijk of the stad, by default, with figures and the lines between them', () => {
    expect(beheerder.gebied).toEqual({ id: STAD.id, name: STAD.name, level: 'stad' });
    expect(beheerder.wijken.map((wijk) => wijk.id).sort()).toEqual(level('wijk').map((node) => node.id).sort());
    for (const wijk of beheerder.wijken) {
      expect(wijk.persons).toBeGreaterThan(0);
      expect(wijk.residents).toBeLessThanOrEqual(wijk.persons);
      expect(wijk.stadsdeel).toBe(parentOf(gebieden.find((node) => node.id === wijk.id)!));
      expect(wijk.density).toBeGreaterThan(0);
      expect(wijk.density).toBeLessThanOrEqual(1);
    }
    expect(beheerder.lines.length).toBeGreaterThan(beheerder.wijken.length);
    const ids = new Set(beheerder.wijken.map((wijk) => wijk.id));
    for (const line of beheerder.lines) {
      expect(ids.has(line.from) && ids.has(line.to) && line.from < line.to).toBe(true);
      expect(line.ties).toBeGreaterThan(0);
    }
    // Heaviest first.
    expect(beheerder.lines.map((line) => line.ties)).toEqual([...beheerder.lines.map((line) => line.ties)].sort((a, b) => b - a));
  });

  it('counts what the gaps panel of the wijk finds, and the residents it names as isolated', async () => {
    const figures = beheerder.wijken.find((wijk) => wijk.id === BOERHAAVE.id)!;
    const report = (await (await app.request(`/api/analysis/gaps?at=${AT}&gebied=${BOERHAAVE.id}`)).json()) as GapReport;
    expect(figures.findings).toBe(report.findings.length);
    expect(figures.findingsHigh).toBe(report.findings.filter((finding) => finding.severity === 'hoog').length);
    // The demo plants two residents there without a tie of their own, or only through one professional.
    const planted = [...holes.isolatedResidents.noTies, ...holes.isolatedResidents.onlyOneProfessional.map((item) => item.person)];
    const inBoerhaave = planted.filter((id) => demo.ties.some((tie) => tie.from === id && tie.type === 'WOONT_IN' && parentOf(gebieden.find((node) => node.id === tie.to)!) === BOERHAAVE.id));
    expect(inBoerhaave.length).toBe(2);
    expect(figures.isolatedResidents).toBe(2);
    expect(figures.isolatedShare).toBeCloseTo(2 / figures.residents, 3);
    // Parkwijk, the healthy wijk of the demo, has none.
    expect(beheerder.wijken.find((wijk) => wijk.id === holes.healthy.wijk)).toMatchObject({ findings: 0, isolatedResidents: 0 });
  });

  it('gives the wijken of a stadsdeel and only the lines among them', async () => {
    const noord = await overviewAs(app.request, `&gebied=${NOORD.id}`);
    expect(noord.gebied.level).toBe('stadsdeel');
    const expected = level('wijk').filter((node) => parentOf(node) === NOORD.id).map((node) => node.id).sort();
    expect(noord.wijken.map((wijk) => wijk.id).sort()).toEqual(expected);
    const inNoord = new Set(expected);
    expect(noord.lines.every((line) => inNoord.has(line.from) && inNoord.has(line.to))).toBe(true);
    expect(noord.lines).toEqual(beheerder.lines.filter((line) => inNoord.has(line.from) && inNoord.has(line.to)));
  });

  it('refuses a wijk, an unknown gebied and a bad date, in Dutch', async () => {
    const wijk = await app.request(`/api/analysis/overview?gebied=${BOERHAAVE.id}`);
    expect(wijk.status).toBe(400);
    const body = (await wijk.json()) as { error: { message: string; issues: { path: string }[] } };
    expect(body.error.message).toMatch(/stad of stadsdeel/);
    expect(body.error.issues[0]!.path).toBe('gebied');
    expect((await app.request('/api/analysis/overview?gebied=geb_bestaat_niet')).status).toBe(404);
    expect((await app.request('/api/analysis/overview?at=gisteren')).status).toBe(400);
  });

  it('a gebiedsverbinder gets aggregates without the persons they may not see, their own wijk marked, and no person at all', async () => {
    const wijk = wijkNamed('Dietsveld');
    const gv = await app.as('gebiedsverbinder', [wijk.id]);
    const seen = await overviewAs(gv);
    const text = JSON.stringify(seen);
    expect(text).not.toMatch(/per_\d/);
    for (const name of demo.nodes.filter((node) => node.kind === 'persoon').slice(0, 200).map((node) => node.name)) expect(text).not.toContain(name);

    // Persons without a legal basis are left out of every figure of theirs; the beheerder's count them.
    const withoutBasis = new Set(demo.nodes.filter((node) => node.kind === 'persoon' && (node.consentBasis ?? 'geen') === 'geen').map((node) => node.id));
    const active = new Set(demo.nodes.filter((node) => activeOn(node, AT)).map((node) => node.id));
    const placedIn = (wijkId: string) =>
      new Set(
        demo.ties
          .filter((tie) => PLACING.has(tie.type) && withoutBasis.has(tie.from) && active.has(tie.from) && activeOn(tie, AT))
          .filter((tie) => [tie.to, parentOf(gebieden.find((node) => node.id === tie.to)!)].includes(wijkId))
          .map((tie) => tie.from),
      ).size;
    expect(placedIn(wijk.id)).toBeGreaterThan(0);
    for (const figures of seen.wijken) {
      const all = beheerder.wijken.find((item) => item.id === figures.id)!;
      expect(figures.persons).toBe(all.persons - placedIn(figures.id));
      expect(figures.own).toBe(figures.id === wijk.id);
    }
    expect(beheerder.wijken.every((figures) => figures.own === undefined)).toBe(true);

    // The analist counts the same network as the gebiedsverbinder (both without those persons).
    const analist = await overviewAs(await app.as('analist'));
    expect(analist.wijken.map(({ own: _own, ...figures }) => figures)).toEqual(seen.wijken.map(({ own: _own, ...figures }) => figures));
  });

  it('an opbouwwerker of one buurt has the wijk around it marked as theirs', async () => {
    const buurt = level('buurt').find((node) => parentOf(node) === BOERHAAVE.id)!;
    const seen = await overviewAs(await app.as('opbouwwerker', [buurt.id]));
    expect(seen.wijken.filter((figures) => figures.own).map((figures) => figures.id)).toEqual([BOERHAAVE.id]);
  });

  it('records no person in the audit for an overview', async () => {
    await overviewAs(await app.as('gebiedsverbinder', [BOERHAAVE.id]));
    app.services.audit.flush();
    const entries = app.services.audit.list({ limit: 1000 });
    // The beheerder's gaps above named persons, and were audited; the overview names none.
    expect(entries.some((entry) => entry.route.includes('/analysis/gaps'))).toBe(true);
    // Only the refused requests above are in it (every refusal is), none that answered.
    const overviews = entries.filter((entry) => entry.route.includes('/analysis/overview'));
    expect(overviews.length).toBeGreaterThan(0);
    expect(overviews.filter((entry) => entry.status < 400)).toEqual([]);
  });
});
