/** The report, console and rapportage API over a real app and Kùzu store with the demo network. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoHoles, readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { runFreeQuery } from '../../server/services/reports/runner.ts';
import { REPORT_GROUPS } from '../../server/model/wire/reports.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

const holes = readDemoHoles();
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({ seed: readDemoNetwork() });
});
afterAll(async () => {
  await app?.close();
});

const post = (path: string, json: unknown) => app.request(path, { method: 'POST', json });

describe('GET /api/reports', () => {
  it('lists the library with params and columns', async () => {
    const response = await app.request('/api/reports');
    expect(response.status).toBe(200);
    const { reports } = (await response.json()) as { reports: { id: string; params: { name: string; type: string }[]; columns: unknown[] }[] };
    expect(reports.length).toBeGreaterThanOrEqual(20);
    const driehoek = reports.find((report) => report.id === 'driehoek-status')!;
    expect(driehoek.params.map((param) => param.name)).toContain('wijk');
    expect(driehoek.columns.length).toBeGreaterThan(3);
  });
});

describe('the library by question', () => {
  it('puts every report under one of the users\' questions, each question used', async () => {
    const { reports } = (await (await app.request('/api/reports')).json()) as { reports: { id: string; group: string }[] };
    const groups = new Set(reports.map((report) => report.group));
    expect([...groups].sort()).toEqual([...REPORT_GROUPS].sort());
    expect(reports.find((report) => report.id === 'vertrek-impact')!.group).toBe('Waar hangt het aan één draad?');
  });
});

describe('POST /api/reports/:id/run', () => {
  it('runs a report and returns columns and rows', async () => {
    const response = await post('/api/reports/wijken-zonder-opbouwwerker/run', { params: {} });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { columns: { name: string }[]; rows: Record<string, unknown>[] };
    expect(body.columns.map((column) => column.name)).toContain('wijkId');
    expect(body.rows.map((row) => row.wijkId)).toEqual([holes.noOpbouwwerker.wijk]);
  });
  it('404 for an unknown report', async () => {
    const response = await post('/api/reports/bestaat-niet/run', { params: {} });
    expect(response.status).toBe(404);
  });
  it('400 naming the parameter for a bad value', async () => {
    const response = await post('/api/reports/verouderde-banden/run', { params: { voor: 'gisteren' } });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { message: string; issues: { path: string }[] } };
    expect(error.issues[0]!.path).toBe('voor');
    expect(error.message).toContain('voor');
  });
  it('400 for an unknown parameter and for a wrong id kind', async () => {
    const unknown = await post('/api/reports/driehoek-status/run', { params: { onbekend: 1 } });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('onbekend');
    const wrong = await post('/api/reports/driehoek-status/run', { params: { wijk: 'org_dock' } });
    expect(wrong.status).toBe(400);
    const notInt = await post('/api/reports/overbelaste-personen/run', { params: { minimum: 'veel' } });
    expect(notInt.status).toBe(400);
  });
  it('404 naming an id that does not exist; a wijk by its name; a number that is not one named in the error; an empty field is the default', async () => {
    const unknown = await post('/api/reports/driehoek-status/run', { params: { wijk: 'geb_wk_atlantis' } });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toBe("wijk: gebied 'geb_wk_atlantis' bestaat niet");
    const noSuchName = await post('/api/reports/driehoek-status/run', { params: { wijk: 'Atlantis' } });
    expect(noSuchName.status).toBe(404);
    expect((await noSuchName.json()).error.message).toContain("'Atlantis'");
    const byName = (await (await post('/api/reports/sleutelfiguren-per-wijk/run', { params: { wijk: 'parkwijk', top: 3 } })).json()) as { rows: { wijk: string }[] };
    const byId = (await (await post('/api/reports/sleutelfiguren-per-wijk/run', { params: { wijk: holes.healthy.wijk, top: 3 } })).json()) as { rows: { wijk: string }[] };
    expect(byName.rows).toEqual(byId.rows);
    expect(byName.rows.length).toBe(3);
    const words = await post('/api/reports/sleutelfiguren-per-wijk/run', { params: { top: 'tien' } });
    expect(words.status).toBe(400);
    expect((await words.json()).error.message).toBe("ongeldige parameter: top: verwacht een getal, niet 'tien'");
    const empty = (await (await post('/api/reports/sleutelfiguren-per-wijk/run', { params: { wijk: holes.healthy.wijk, top: '' } })).json()) as { rows: unknown[] };
    expect(empty.rows.length).toBe(10);
    const person = await post('/api/reports/vertrek-impact/run', { params: { persoon: 'per_bestaat_niet' } });
    expect(person.status).toBe(404);
  });
  it('sleutelfiguren-per-wijk without a wijk: the top of every wijk, not of the city', async () => {
    const { rows } = (await (await post('/api/reports/sleutelfiguren-per-wijk/run', { params: { top: 2 } })).json()) as { rows: { wijk: string; contacten: number }[] };
    const perWijk = new Map<string, number[]>();
    for (const row of rows) perWijk.set(row.wijk, [...(perWijk.get(row.wijk) ?? []), row.contacten]);
    expect(perWijk.size).toBeGreaterThan(20);
    for (const [wijk, counts] of perWijk) {
      expect(counts.length, wijk).toBeLessThanOrEqual(2);
      expect([...counts].sort((a, b) => b - a), wijk).toEqual(counts);
    }
  });
  it('downloads CSV and JSON with Content-Disposition', async () => {
    const csv = await post('/api/reports/thema-zonder-aanbod/run?format=csv', { params: {} });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="thema-zonder-aanbod.csv"');
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('wijk;wijkId;thema;categorie');
    expect(text).toContain('Ter Kleef');
    const json = await post('/api/reports/thema-zonder-aanbod/run?format=json', { params: {} });
    expect(json.headers.get('content-disposition')).toContain('thema-zonder-aanbod.json');
    expect(((await json.json()) as { rows: unknown[] }).rows.length).toBe(2);
  });
});

describe('POST /api/cypher: read-only whatever is typed', () => {
  const writes = [
    "CREATE (p:Persoon {id: 'per_x', name: 'X'})",
    "MERGE (p:Persoon {id: 'per_x'})",
    "MATCH (p:Persoon) SET p.name = 'Y'",
    'MATCH (p:Persoon) DELETE p',
    'MATCH (p:Persoon) DETACH DELETE p',
    'MATCH (p:Persoon) REMOVE p.contact',
    'DROP TABLE Persoon',
    'ALTER TABLE Persoon ADD x STRING',
    "COPY Persoon FROM 'x.csv'",
    "LOAD FROM 'x.csv' RETURN *",
    "LOAD CSV FROM 'file:///x.csv' AS row RETURN row",
    "IMPORT DATABASE 'x'",
    "EXPORT DATABASE 'x'",
    'INSTALL httpfs',
    "ATTACH 'x' AS y (dbtype kuzu)",
    'CALL threads=1',
    "CALL dbms.setConfigValue('a', 'b')",
    'MATCH (p:Persoon) RETURN p.name; MATCH (o:Organisatie) DETACH DELETE o',
    'MATCH (p:Persoon) RETURN p.name ; RETURN 1',
    "match (p:Persoon) set p.name = 'lower case'",
    'MATCH (p:Persoon) FOREACH (x IN [1] | SET p.name = "z")',
    'BEGIN TRANSACTION',
  ];
  it.each(writes)('rejects %s with a clear Dutch 4xx and leaves the data unchanged', async (query) => {
    const before = await app.services.store.counts();
    const response = await post('/api/cypher', { query });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toMatch(/alleen-lezen|één query|leesprocedures/);
    expect(await app.services.store.counts()).toEqual(before);
  });

  it('the read-only transaction holds even when the token check is bypassed', async () => {
    const before = await app.services.store.counts();
    for (const query of ["CREATE (p:Persoon {id: 'per_x', name: 'X'})", "MATCH (p:Persoon) SET p.name = 'Y'", 'MATCH (p:Persoon) DETACH DELETE p']) {
      await expect(runFreeQuery(app.services.store, query, {}, { skipGuard: true })).rejects.toMatchObject({ status: 403, message: expect.stringContaining('alleen-lezen') });
    }
    expect(await app.services.store.counts()).toEqual(before);
  });

  it('does not mistake words in strings or comments for writes', async () => {
    const response = await post('/api/cypher', { query: "MATCH (p:Persoon) WHERE p.name <> 'CREATE; DELETE' // SET x\nRETURN count(p) AS n /* ; DROP */" });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { rows: { n: number }[] }).rows[0]!.n).toBeGreaterThan(100);
  });

  it('allows read procedures from the allow-list and a trailing semicolon', async () => {
    const tables = await post('/api/cypher', { query: 'CALL db.labels() YIELD label RETURN label;' });
    expect(tables.status).toBe(200);
    expect(JSON.stringify(await tables.json())).toContain('Persoon');
  });

  it('takes parameters', async () => {
    const response = await post('/api/cypher', { query: 'MATCH (g:Gebied) WHERE g.id = $wijk RETURN g.name AS naam', params: { wijk: holes.healthy.wijk } });
    expect(((await response.json()) as { rows: { naam: string }[] }).rows).toEqual([{ naam: 'Parkwijk' }]);
  });

  it('row limit: default 1000 with truncated flag, maxRows, error mode, and a ceiling of 10 000', async () => {
    const all = (await (await post('/api/cypher', { query: 'MATCH (p:Persoon) RETURN p.id AS id' })).json()) as { rows: unknown[]; truncated: boolean; maxRows: number };
    expect(all.rows.length).toBe(1000);
    expect(all.truncated).toBe(true);
    const few = (await (await post('/api/cypher', { query: 'MATCH (p:Persoon) RETURN p.id AS id', maxRows: 5 })).json()) as { rows: unknown[]; truncated: boolean };
    expect(few.rows.length).toBe(5);
    expect(few.truncated).toBe(true);
    const exact = (await (await post('/api/cypher', { query: "MATCH (g:Gebied {level: 'stadsdeel'}) RETURN g.id AS id", maxRows: 5 })).json()) as { rows: unknown[]; truncated: boolean };
    expect(exact).toMatchObject({ truncated: false });
    expect(exact.rows.length).toBe(5);
    const strict = await post('/api/cypher', { query: 'MATCH (p:Persoon) RETURN p.id AS id', maxRows: 5, onTooManyRows: 'error' });
    expect(strict.status).toBe(422);
    expect(((await strict.json()) as { error: { message: string } }).error.message).toContain('meer dan 5 rijen');
    const tooMany = await post('/api/cypher', { query: 'RETURN 1 AS x', maxRows: 10_001 });
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(await tooMany.json())).toContain('maxRows');
  });

  it('time limit: a slow query is stopped with a clear 408, and at most 30 s may be asked', async () => {
    const slow = await post('/api/cypher', { query: 'MATCH (a:Persoon), (b:Persoon), (c:Persoon) WHERE a.name < b.name AND b.name < c.name RETURN count(*) AS n', timeoutMs: 200 });
    expect(slow.status).toBe(408);
    expect(((await slow.json()) as { error: { message: string } }).error.message).toContain('200 ms');
    const tooLong = await post('/api/cypher', { query: 'RETURN 1 AS x', timeoutMs: 60_000 });
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(await tooLong.json())).toContain('timeoutMs');
  });

  it('CSV download of a console result', async () => {
    const response = await post('/api/cypher?format=csv', { query: "MATCH (g:Gebied {level: 'stadsdeel'}) RETURN g.name AS naam ORDER BY naam" });
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="cypher-resultaat.*\.csv"/);
    expect((await response.text()).split('\r\n').length).toBe(7);
  });
});

describe('personal reports', () => {
  it('saves, lists, runs with params and deletes', async () => {
    const created = await post('/api/reports/personal', {
      title: 'Wijk op naam',
      cypher: 'MATCH (g:Gebied) WHERE g.id = $wijk RETURN g.name AS naam',
      params: [{ name: 'wijk', type: 'gebied', default: '' }],
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const list = (await (await app.request('/api/reports/personal')).json()) as { reports: { id: string }[] };
    expect(list.reports.map((report) => report.id)).toContain(id);
    const run = await post(`/api/reports/personal/${id}/run`, { params: { wijk: holes.healthy.wijk } });
    expect(((await run.json()) as { rows: unknown[] }).rows).toEqual([{ naam: 'Parkwijk' }]);
    const bad = await post(`/api/reports/personal/${id}/run`, { params: { wijk: 'org_x' } });
    expect(bad.status).toBe(400);
    const unknown = await post(`/api/reports/personal/${id}/run`, { params: { wijk: 'x' } });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toBe("wijk: gebied 'x' bestaat niet");
    const byName = await post(`/api/reports/personal/${id}/run`, { params: { wijk: 'Parkwijk' } });
    expect(((await byName.json()) as { rows: unknown[] }).rows).toEqual([{ naam: 'Parkwijk' }]);
    expect((await app.request(`/api/reports/personal/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await app.request(`/api/reports/personal/${id}`, { method: 'DELETE' })).status).toBe(404);
  });
  it('refuses to save a query that writes', async () => {
    const response = await post('/api/reports/personal', { title: 'Fout', cypher: 'MATCH (p:Persoon) DETACH DELETE p' });
    expect(response.status).toBe(403);
  });
});

describe('rapportage', () => {
  it('gives the figures of a wijk for a period', async () => {
    const response = await app.request(`/api/rapportage/${holes.noOpbouwwerker.wijk}?periode=2026-Q3`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, any>;
    expect(body.wijk.name).toBe('Spaarndammerwijk');
    expect(body.kerncijfers.persons).toBeGreaterThan(10);
    expect(body.driehoek).toMatchObject({ opbouwwerkers: 0, compleet: false });
    const dekking = body.gaten.find((group: { analysis: string }) => group.analysis === 'dekking');
    expect(dekking.findings.map((finding: { id: string }) => finding.id)).toContain(`dekking:driehoek:${holes.noOpbouwwerker.wijk}:opbouwwerker`);
    expect(body.dekking.length).toBeGreaterThan(5);
    expect(body.sleutelfiguren.length).toBeGreaterThan(0);
    expect(body.vorigePeriode).toBe('2026-Q2');
    const persons = body.verandering.find((row: { label: string }) => row.label === 'Personen');
    expect(persons.nu).toBeGreaterThan(10);
    expect(persons.toen).toBeGreaterThan(10);
    expect(body.veranderingMelding).toContain('2026-Q2');
  });
  it('finds the theme gap in Ter Kleef', async () => {
    const body = (await (await app.request(`/api/rapportage/${holes.themeGap.wijken[0]}?periode=2026-Q4`)).json()) as Record<string, any>;
    const dekking = body.gaten.find((group: { analysis: string }) => group.analysis === 'dekking');
    expect(dekking.findings.map((finding: { title: string }) => finding.title)).toContain('Ter Kleef: geen aanbod voor Schulden');
    expect(body.dekking.find((row: { thema: string }) => row.thema === 'Schulden')).toMatchObject({ aantal: 0, organisaties: [], initiatieven: [] });
  });
  it('lists the wijken to choose from, by name', async () => {
    const { items } = (await (await app.request('/api/rapportage')).json()) as { items: { id: string; name: string; stadsdeel: string }[] };
    expect(items.length).toBe(readDemoNetwork().nodes.filter((node) => node.kind === 'gebied' && node.level === 'wijk').length);
    expect(items.map((wijk) => wijk.name)).toEqual([...items.map((wijk) => wijk.name)].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(items.find((wijk) => wijk.id === holes.healthy.wijk)).toMatchObject({ name: 'Parkwijk', stadsdeel: 'Stadsdeel Oost' });
  });
  it('404 for an unknown wijk, 400 for a bad period', async () => {
    expect((await app.request('/api/rapportage/geb_bestaat_niet')).status).toBe(404);
    expect((await app.request(`/api/rapportage/${holes.healthy.wijk}?periode=2026-5`)).status).toBe(400);
  });
  it('stores the duiding per wijk and period', async () => {
    const path = `/api/rapportage/${holes.healthy.wijk}/duiding/2026-Q4`;
    expect(await (await app.request(path)).json()).toEqual({ items: [] });
    const put = await app.request(path, { method: 'PUT', json: { tekst: 'De wijk is goed verbonden.', sessiedatum: '2026-11-20' } });
    expect(put.status).toBe(200);
    const { items } = (await (await app.request(path)).json()) as { items: { tekst: string; auteur: string }[] };
    expect(items).toMatchObject([{ tekst: 'De wijk is goed verbonden.', auteur: 'beheerder' }]);
    const report = (await (await app.request(`/api/rapportage/${holes.healthy.wijk}?periode=2026-Q4`)).json()) as { duiding: { tekst: string }[] };
    expect(report.duiding.map((duiding) => duiding.tekst)).toEqual(['De wijk is goed verbonden.']);
    expect((await app.request(path, { method: 'PUT', json: { tekst: 5 } })).status).toBe(400);
  });
});

describe('roles', () => {
  it('an analist sees reports with pseudonymised person columns', async () => {
    const analist = await app.as('analist');
    const response = await analist('/api/reports/alleen-via-professional/run', { method: 'POST', json: { params: {} } });
    expect(response.status).toBe(200);
    const { rows } = (await response.json()) as { rows: { persoon: string }[] };
    const names = new Set(readDemoNetwork().nodes.filter((node) => node.kind === 'persoon').map((node) => node.name));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(names.has(row.persoon)).toBe(false);
  });
});
