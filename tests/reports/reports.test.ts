/**
 * Every report runs on the embedded Kùzu store loaded with the Haarlem demo
 * network, and finds what was planted there (data/demo/holes.json).
 * The Neo4j-parser half of "proven" is in lint.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode } from '../../server/model/index.ts';
import { readDemoHoles, readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { reportLibrary } from '../../server/services/reports/library.ts';
import { runReport } from '../../server/services/reports/runner.ts';
import { project } from '../../server/analysis/projection.ts';
import { removalImpact } from '../../server/analysis/what-if/index.ts';
import { KuzuStore } from '../../server/store/kuzu/kuzu-store.ts';
import type { Row } from '../../server/store/types.ts';

const holes = readDemoHoles();
const network = readDemoNetwork();
const byId = new Map<string, GraphNode>(network.nodes.map((node) => [node.id, node]));
const name = (id: string) => byId.get(id)?.name ?? `(onbekend: ${id})`;

let dir: string;
let store: KuzuStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wijknetwerk-reports-'));
  store = new KuzuStore({ path: dir });
  await store.init();
  await store.bulkInsert(network);
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(id: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const report = reportLibrary().get(id);
  if (!report) throw new Error(`geen rapport ${id}`);
  const withDay = report.params.some((param) => param.name === 'peildatum') ? { peildatum: holes.today, ...params } : params;
  const result = await runReport(store, report, withDay, { maxRows: 10_000, timeoutMs: 30_000 });
  // Every row carries exactly the declared columns.
  for (const row of result.rows) expect(Object.keys(row).sort(), id).toEqual(report.columns.map((column) => column.name).sort());
  return result.rows;
}

const column = (rows: Row[], key: string) => rows.map((row) => row[key]);

/** The assertion per report: what the demo plants, the report must find. */
const expectations: Record<string, () => Promise<void>> = {
  'wijken-zonder-opbouwwerker': async () => {
    const rows = await run('wijken-zonder-opbouwwerker');
    expect(column(rows, 'wijkId')).toEqual([holes.noOpbouwwerker.wijk]);
  },
  'wijken-zonder-sleutelfiguur': async () => {
    const rows = await run('wijken-zonder-sleutelfiguur');
    expect(column(rows, 'wijkId')).toContain(holes.noSleutelfiguur.wijk);
    expect(column(rows, 'wijkId')).not.toContain(holes.healthy.wijk);
  },
  'wijken-zonder-gebiedsverbinder': async () => {
    // Every demo wijk has a gebiedsverbinder; on a day before the demo started there were none at all.
    expect(await run('wijken-zonder-gebiedsverbinder')).toEqual([]);
    const wijken = network.nodes.filter((node) => node.kind === 'gebied' && node.level === 'wijk').length;
    const all = await run('wijken-zonder-gebiedsverbinder', { peildatum: '2099-01-01' });
    expect(all.length).toBeLessThanOrEqual(wijken);
  },
  'driehoek-status': async () => {
    const rows = await run('driehoek-status', { alleenOnvolledig: 1 });
    expect(column(rows, 'wijkId')).toContain(holes.noOpbouwwerker.wijk);
    expect(column(rows, 'wijkId')).not.toContain(holes.healthy.wijk);
    const [healthy] = await run('driehoek-status', { wijk: holes.healthy.wijk });
    expect(healthy).toMatchObject({ compleet: 'ja', opbouwwerkers: holes.healthy.opbouwwerkers.length, gebiedsverbinders: holes.healthy.gebiedsverbinders.length });
  },
  'initiatieven-zonder-verbinding': async () => {
    const rows = await run('initiatieven-zonder-verbinding');
    for (const initiative of holes.isolatedCluster.initiatives) expect(column(rows, 'initiatiefId')).toContain(initiative);
  },
  'initiatieven-zonder-formele-band': async () => {
    const rows = await run('initiatieven-zonder-formele-band');
    for (const initiative of holes.isolatedCluster.initiatives) expect(column(rows, 'initiatief')).toContain(name(initiative));
  },
  'thema-zonder-aanbod': async () => {
    const rows = await run('thema-zonder-aanbod');
    const gaps = rows.filter((row) => row.thema === name(holes.themeGap.theme)).map((row) => row.wijkId);
    expect(gaps.sort()).toEqual([...holes.themeGap.wijken].sort());
  },
  'aanbod-per-thema': async () => {
    const rows = await run('aanbod-per-thema', { wijk: holes.themeGap.wijken[0] });
    expect(rows.find((row) => row.thema === name(holes.themeGap.theme))).toMatchObject({ aantal: 0 });
    expect(rows.some((row) => (row.aantal as number) > 0)).toBe(true);
  },
  'organisaties-zelfde-thema-zonder-band': async () => {
    const rows = await run('organisaties-zelfde-thema-zonder-band');
    const [a, b] = holes.duplication.organisations.map(name);
    expect(rows).toContainEqual(expect.objectContaining({ wijk: name(holes.duplication.wijk), thema: name(holes.duplication.theme), organisatie1: a, organisatie2: b }));
  },
  'dubbel-aanbod': async () => {
    const rows = await run('dubbel-aanbod');
    for (const row of rows) expect(row.organisatie1).not.toBe(row.organisatie2);
    expect(rows.length).toBeGreaterThan(0);
  },
  'verwijzingen-wijkteam': async () => {
    const rows = await run('verwijzingen-wijkteam', { wijkteam: holes.healthy.wijkteam });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.wijkteam === name(holes.healthy.wijkteam))).toBe(true);
    expect(rows.reduce((sum, row) => sum + (row.verwijzingen as number), 0)).toBeGreaterThan(0);
  },
  'verwijzingen-ontbreken': async () => {
    const rows = await run('verwijzingen-ontbreken', { wijkteam: holes.healthy.wijkteam });
    expect(rows.length).toBeGreaterThan(0);
    const referred = new Set((await run('verwijzingen-wijkteam', { wijkteam: holes.healthy.wijkteam })).map((row) => row.naar));
    for (const row of rows) expect(referred.has(row.aanbod)).toBe(false);
  },
  'verouderde-banden': async () => {
    const rows = await run('verouderde-banden', { voor: holes.staleBefore });
    const stale = network.ties.filter((tie) => holes.staleTies.includes(tie.id));
    for (const tie of stale) expect(rows).toContainEqual(expect.objectContaining({ persoon1: name(tie.from), persoon2: name(tie.to) }));
    expect(rows.every((row) => (row.laatsteContact as string) < holes.staleBefore)).toBe(true);
  },
  'overbelaste-personen': async () => {
    const rows = await run('overbelaste-personen');
    const top = column(rows, 'persoon').slice(0, 10);
    for (const person of holes.overloadedVolunteers.persons) expect(top).toContain(name(person));
  },
  'vrijwilligers-veel-rollen': async () => {
    const rows = await run('vrijwilligers-veel-rollen', { minimum: 5 });
    for (const person of holes.overloadedVolunteers.persons) expect(column(rows, 'persoon')).toContain(name(person));
  },
  'plekken-en-wijken': async () => {
    const rows = await run('plekken-en-wijken');
    expect(rows.some((row) => (row.initiatieven as number) > 0 && (row.aantalWijken as number) > 0)).toBe(true);
    expect(rows.some((row) => row.initiatieven === 0)).toBe(true);
  },
  'sleutelfiguren-per-wijk': async () => {
    const rows = await run('sleutelfiguren-per-wijk', { wijk: holes.healthy.wijk, top: 5 });
    expect(rows.length).toBe(5);
    const names = column(rows, 'persoon');
    expect(holes.healthy.sleutelfiguren.some((person) => names.includes(name(person)))).toBe(true);
    const counts = column(rows, 'contacten') as number[];
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  },
  'geisoleerde-bewoners': async () => {
    const rows = await run('geisoleerde-bewoners', { maximum: 0 });
    for (const person of holes.isolatedResidents.noTies) expect(column(rows, 'persoon')).toContain(name(person));
  },
  'alleen-via-professional': async () => {
    const rows = await run('alleen-via-professional');
    for (const { person, professional } of holes.isolatedResidents.onlyOneProfessional) {
      expect(rows).toContainEqual(expect.objectContaining({ persoon: name(person), professional: name(professional) }));
    }
  },
  'wijkteam-initiatief-via-een-persoon': async () => {
    const rows = await run('wijkteam-initiatief-via-een-persoon', { wijkteam: holes.singlePersonLink.wijkteam });
    const viaIlse = rows.filter((row) => row.via === name(holes.singlePersonLink.person)).map((row) => row.initiatief);
    for (const initiative of holes.singlePersonLink.initiatives) expect(viaIlse).toContain(name(initiative));
  },
  'introductie-kansen': async () => {
    const rows = await run('introductie-kansen');
    const [a, b] = holes.introduction.initiatives.map(name).sort();
    expect(rows.some((row) => [row.initiatief1, row.initiatief2].sort().join('|') === `${a}|${b}`)).toBe(true);
  },
  'gesloten-groepen': async () => {
    const rows = await run('gesloten-groepen');
    expect(rows[0]).toMatchObject({ initiatief: name(holes.closedGroup.initiative) });
    expect(rows[0]!.dichtheidBinnen).toBeGreaterThan(0.9);
  },
  'banden-per-bron': async () => {
    const rows = await run('banden-per-bron');
    const total = rows.reduce((sum, row) => sum + (row.banden as number), 0);
    expect(total).toBe(network.ties.length);
    expect(new Set(column(rows, 'type'))).toContain('KENT');
  },
  'toestemming-overzicht': async () => {
    const rows = await run('toestemming-overzicht');
    const persons = network.nodes.filter((node) => node.kind === 'persoon').length;
    expect(rows.reduce((sum, row) => sum + (row.personen as number), 0)).toBe(persons);
  },
  'persoonlijke-banden-grondslag': async () => {
    const rows = await run('persoonlijke-banden-grondslag');
    const personal = network.ties.filter((tie) => tie.from.startsWith('per_')).length;
    expect(rows.reduce((sum, row) => sum + (row.banden as number), 0)).toBe(personal);
  },
  'wijk-kerncijfers': async () => {
    const [row] = await run('wijk-kerncijfers', { wijk: holes.healthy.wijk });
    expect(row!.personen as number).toBeGreaterThan(10);
    expect(row!.banden as number).toBeGreaterThan(0);
    expect(row!.dichtheid as number).toBeGreaterThan(0);
    expect(row!.dichtheid as number).toBeLessThan(1);
    expect(row!.initiatieven as number).toBeGreaterThan(0);
  },
  'vertrek-impact': async () => {
    const { person, professional } = holes.isolatedResidents.onlyOneProfessional[0]!;
    const rows = await run('vertrek-impact', { persoon: professional });
    expect(rows).toContainEqual({ gevolg: 'heeft geen enkele band meer', wie: name(person), id: person });
    // The same answer as "Wat als … vertrekt?" for whoever is left without a tie, for every kind of person the demo plants.
    const projection = project(network, { at: holes.today });
    const leavers = [professional, holes.singlePersonLink.person, ...holes.healthy.sleutelfiguren, ...holes.healthy.opbouwwerkers, ...holes.overloadedVolunteers.persons];
    for (const leaver of leavers) {
      const isolated = (await run('vertrek-impact', { persoon: leaver })).filter((row) => row.gevolg === 'heeft geen enkele band meer').map((row) => row.id);
      expect(isolated.sort(), leaver).toEqual(removalImpact(projection, [leaver]).isolated);
    }
    await expect(run('vertrek-impact', {})).rejects.toThrow('persoon: kies een persoon');
  },
  'veranderingen-tussen-datums': async () => {
    const rows = await run('veranderingen-tussen-datums', { van: '2026-01-01', tot: holes.today });
    const kent = rows.find((row) => row.type === 'KENT');
    expect(kent!.beeindigd as number).toBeGreaterThan(0);
    for (const row of rows) expect(row.saldo).toBe((row.nieuw as number) - (row.beeindigd as number));
  },
};

describe('every report on the Kùzu demo network', () => {
  it('has an assertion for every report in the library', () => {
    expect(Object.keys(expectations).sort()).toEqual([...reportLibrary().keys()].sort());
  });
  it.each(Object.keys(expectations))('%s', async (id) => {
    await expectations[id]!();
  });
});

describe('present', () => {
  it('passes every cell, with its declared column, through the presenter', async () => {
    const report = reportLibrary().get('alleen-via-professional')!;
    const result = await runReport(store, report, {}, { present: (value, column) => (column?.kind === 'persoon' ? `persoon-${String(value).length}` : value) });
    expect(result.rows.length).toBeGreaterThan(0);
    for (const row of result.rows) {
      expect(row.persoon).toMatch(/^persoon-\d+$/);
      expect(row.professional).toMatch(/^persoon-\d+$/);
      expect(row.buurt).not.toMatch(/^persoon-/);
    }
  });
});

describe('reports respect end dates and the date they run for', () => {
  const endedBy = (at: string) => (item: { endDate?: unknown }) => typeof item.endDate === 'string' && item.endDate <= at;
  const ended = endedBy(holes.today);
  it('geisoleerde-bewoners lists no one who has left', async () => {
    const gone = new Set(network.nodes.filter(ended).map((node) => node.name));
    const movedOut = new Set(network.ties.filter((tie) => tie.type === 'WOONT_IN' && ended(tie)).map((tie) => name(tie.from)));
    const rows = await run('geisoleerde-bewoners', { maximum: 1 });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(gone.has(row.persoon as string)).toBe(false);
    expect(rows.filter((row) => movedOut.has(row.persoon as string) && !network.ties.some((tie) => tie.type === 'WOONT_IN' && name(tie.from) === row.persoon && !ended(tie))).length).toBe(0);
  });
  it('initiatieven-zonder-verbinding lists no initiative that has stopped', async () => {
    const stopped = new Set(network.nodes.filter((node) => node.kind === 'initiatief' && ended(node)).map((node) => node.id));
    const rows = await run('initiatieven-zonder-verbinding');
    for (const row of rows) expect(stopped.has(row.initiatiefId as string)).toBe(false);
  });
  it('verouderde-banden lists no tie that has ended', async () => {
    const endedTies = network.ties.filter((tie) => tie.type === 'KENT' && ended(tie)).map((tie) => `${name(tie.from)}|${name(tie.to)}`);
    const rows = await run('verouderde-banden', { voor: holes.staleBefore });
    const listed = new Set(rows.map((row) => `${row.persoon1}|${row.persoon2}`));
    for (const tie of endedTies) expect(listed.has(tie)).toBe(false);
  });
});
