/**
 * Every hole planted in the Haarlem demo (data/demo/README.md) is found, with
 * the right nodes; Parkwijk stays clean. The demo is loaded and analysed on
 * the same clock, today and a year from today, and gives the same findings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, NetworkData } from '../../../server/model/index.ts';
import { shiftDays } from '../../../server/model/period.ts';
import { analysisContext, coverageMatrix, runGaps, today, type AnalysisContext } from '../../../server/analysis/gaps/index.ts';
import { sleutelfiguren } from '../../../server/analysis/sleutelfiguren/index.ts';
import { whatIf } from '../../../server/analysis/what-if/index.ts';
import { readDemoHoles, readDemoNetwork, type DemoHoles } from '../../../server/services/demo/load-demo.ts';
import { CLOCKS, clockMovedBy, withoutDates } from '../../helpers/clock.ts';

const sorted = (list: readonly string[]) => [...list].sort();

const findingsPerClock: Finding[][] = [];

describe.each(CLOCKS)('the Haarlem demo holes, loaded and analysed $label', ({ days }) => {
  clockMovedBy(days);
  let holes: DemoHoles;
  let network: NetworkData;
  let TODAY: string;
  let ctx: AnalysisContext;
  let findings: Finding[];
  const ids = (analysis: string, severity?: string) => findings.filter((f) => f.analysis === analysis && (!severity || f.severity === severity)).map((f) => f.id).sort();
  const get = (id: string) => {
    const f = findings.find((item) => item.id === id);
    if (!f) throw new Error(`no finding ${id}`);
    return f;
  };

  beforeAll(() => {
    holes = readDemoHoles();
    network = readDemoNetwork();
    TODAY = today();
    ctx = analysisContext(network, { at: TODAY });
    findings = runGaps(ctx);
    findingsPerClock.push(findings);
  });

  describe('the holes', () => {
    it('are found on the day the demo is loaded', () => {
      expect(holes.today).toBe(TODAY);
    });

    it('0. Parkwijk, the healthy wijk, has no finding at all', () => {
      const { healthy } = holes;
      expect(findings.filter((f) => f.gebied === healthy.wijk)).toEqual([]);
      const matrix = coverageMatrix(ctx.projection);
      expect(matrix.driehoek[healthy.wijk]).toEqual({
        gebiedsverbinder: sorted(healthy.gebiedsverbinders),
        wijkteam: [healthy.wijkteam],
        opbouwwerker: sorted(healthy.opbouwwerkers),
        sleutelfiguur: sorted(healthy.sleutelfiguren),
      });
      expect(Object.values(matrix.cells[healthy.wijk]).every((offers) => offers.length > 0)).toBe(true);
      // Nor in a finding about any of its people.
      const people = new Set([...healthy.opbouwwerkers, ...healthy.gebiedsverbinders, ...healthy.sleutelfiguren, ...healthy.linkingMembers]);
      expect(findings.filter((f) => f.severity === 'hoog' && f.nodes.some((id) => people.has(id)))).toEqual([]);
    });

    it('1. Spaarndammerwijk has no opbouwwerker; 1b. Zuiderpolder no sleutelfiguur', () => {
      expect(ids('dekking').filter((id) => id.includes(':driehoek:'))).toEqual(
        sorted([`dekking:driehoek:${holes.noOpbouwwerker.wijk}:opbouwwerker`, `dekking:driehoek:${holes.noSleutelfiguur.wijk}:sleutelfiguur`]),
      );
      expect(get(`dekking:driehoek:${holes.noOpbouwwerker.wijk}:opbouwwerker`).severity).toBe('hoog');
    });

    it('2. SWT Noord-Noord reaches its initiatives only through Ilse Verhoeven', () => {
      const { wijkteam, person, initiatives } = holes.singlePersonLink;
      expect(ids('enkelvoudig', 'hoog')).toEqual([`enkelvoudig:${wijkteam}:${person}`]);
      const f = get(`enkelvoudig:${wijkteam}:${person}`);
      expect(sorted(f.nodes)).toEqual(sorted([person, wijkteam, ...initiatives]));
      expect(f.explanation).toContain(`en ${initiatives.length} initiatieven`);
    });

    it('2b. before the departure, the other team hung on one person too; what-if shows it', () => {
      const { departure, singlePersonLink } = holes;
      const before = analysisContext(network, { at: shiftDays(departure.date, -29) });
      const early = runGaps(before, ['enkelvoudig']).filter((f) => f.severity === 'hoog').map((f) => f.id).sort();
      expect(early).toEqual(sorted([`enkelvoudig:${singlePersonLink.wijkteam}:${singlePersonLink.person}`, `enkelvoudig:${departure.wijkteam}:${departure.person}`]));
      const result = whatIf(before.projection, [departure.person]);
      expect(sorted(result.lostTies.filter((t) => departure.endedTies.includes(t)))).toEqual(sorted(result.lostTies));
      expect(result.explanation).toMatch(/^Als .+ vertrekt, verdwijnen \d+ banden/);
    });

    it('3. Humanitas and Leger des Heils both do schulden in Schalkwijk-Midden, untied', () => {
      const { wijk, theme, organisations } = holes.duplication;
      expect(ids('dubbeling')).toEqual([`dubbeling:${wijk}:${theme}:${sorted(organisations).join(':')}`]);
    });

    it('4. the Europawijk-Zuid cluster has no tie to the formal world', () => {
      const { initiatives, persons } = holes.isolatedCluster;
      const high = findings.filter((f) => f.analysis === 'losse-werelden' && f.severity === 'hoog');
      expect(high).toHaveLength(1);
      expect(high[0].nodes).toEqual(sorted([...initiatives, ...persons]));
      expect(high[0].explanation).toContain(`${persons.length} bewoners en ${initiatives.length} initiatieven`);
    });

    it('5. overloaded volunteers and the eenzame opbouwwerker', () => {
      const { lonelyOpbouwwerker, overloadedVolunteers } = holes;
      expect(ids('overbelasting')).toEqual(
        sorted([`overbelasting:eenzaam:${lonelyOpbouwwerker.wijk}:${lonelyOpbouwwerker.person}`, ...overloadedVolunteers.persons.map((id) => `overbelasting:${id}`)]),
      );
      expect(findings.filter((f) => f.analysis === 'overbelasting').every((f) => f.severity === 'hoog')).toBe(true);
    });

    it('6. no schulden offer in Ter Kleef and Zuiderpolder', () => {
      const { theme, wijken } = holes.themeGap;
      expect(ids('dekking').filter((id) => id.includes(':thema:'))).toEqual(sorted(wijken.map((wijk) => `dekking:thema:${wijk}:${theme}`)));
    });

    it('7. exactly the 24 stale ties', () => {
      const stale = findings.filter((f) => f.analysis === 'verouderde-banden').flatMap((f) => f.ties).sort();
      expect(stale).toEqual(sorted(holes.staleTies));
      // Folded: one finding per person, each an old acquaintance (laag).
      const folded = findings.filter((f) => f.analysis === 'verouderde-banden');
      expect(folded).toHaveLength(15);
      expect(new Set(folded.map((f) => f.nodes[0])).size).toBe(folded.length);
      expect(folded.every((f) => f.severity === 'laag')).toBe(true);
    });

    it('8. isolated residents and those reachable through one professional', () => {
      const { noTies, onlyOneProfessional } = holes.isolatedResidents;
      expect(ids('isolatie')).toEqual(sorted([...noTies, ...onlyOneProfessional.map((o) => o.person)].map((id) => `isolatie:${id}`)));
      for (const id of noTies) expect(get(`isolatie:${id}`)).toMatchObject({ severity: 'middel', nodes: [id] });
      for (const o of onlyOneProfessional) expect(get(`isolatie:${o.person}`)).toMatchObject({ severity: 'middel', nodes: [o.person, o.professional], ties: [o.tie] });
    });

    it('9. the introduction in Indische Buurt-Noord and collectiviseren in Ter Kleef', () => {
      const { introduction, collectiviseren } = holes;
      expect(ids('kansen').filter((id) => id.includes('introductie'))).toEqual([`kansen:introductie:${sorted(introduction.initiatives).join(':')}`]);
      const collectief = findings.filter((f) => f.id.startsWith('kansen:collectief:'));
      expect(collectief).toHaveLength(1);
      expect(collectief[0].nodes).toEqual(expect.arrayContaining([...collectiviseren.persons, ...collectiviseren.initiatives, collectiviseren.theme, collectiviseren.buurt]));
      expect(collectief[0].nodes.filter((id) => id.startsWith('per_'))).toEqual(sorted(collectiviseren.persons));
    });

    it('10. the closed card club in Molenwijk-Zuid', () => {
      const closed = findings.filter((f) => f.analysis === 'gesloten-groepen');
      expect(closed).toHaveLength(1);
      expect(closed[0].nodes).toEqual(sorted([holes.closedGroup.initiative, ...holes.closedGroup.persons]));
    });

    it("the healthy wijk's sleutelfiguren lead its ranking", () => {
      const items = sleutelfiguren(analysisContext(network, { at: TODAY, gebied: holes.healthy.wijk }), { limit: 5 });
      expect(sorted(items.slice(0, 2).map((item) => item.id))).toEqual(sorted(holes.healthy.sleutelfiguren));
    });
  });
});

describe('the demo in any year', () => {
  it('gives the same findings today and a year from today', () => {
    const [now, later] = findingsPerClock;
    expect(now!.length).toBeGreaterThan(30);
    expect(later!.length).toBe(now!.length);
    expect(later!.map(withoutDates)).toEqual(now!.map(withoutDates));
  });
});
