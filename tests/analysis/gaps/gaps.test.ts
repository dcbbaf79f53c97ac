import { describe, expect, it } from 'vitest';
import {
  analysisContext,
  coverageMatrix,
  dekking,
  dubbeling,
  enkelvoudig,
  geslotenGroepen,
  isolatie,
  kansen,
  losseWerelden,
  overbelasting,
  runGaps,
  verouderdeBanden,
} from '../../../server/analysis/gaps/index.ts';
import { project } from '../../../server/analysis/projection.ts';
import { whatIf } from '../../../server/analysis/what-if/index.ts';
import { sleutelfiguren } from '../../../server/analysis/sleutelfiguren/index.ts';
import { coverageNetwork, fatimaNetwork, loadNetwork } from './fixtures.ts';

const byId = <T extends { id: string }>(list: T[], id: string) => list.find((item) => item.id === id);

describe('projection', () => {
  it('keeps social ties as edges and context ties as lookups, and places nodes in their wijk', () => {
    const p = project(fatimaNetwork());
    expect(p.graph.hasNode('geb_w1')).toBe(false);
    expect(p.graph.hasEdge('per_fatima', 'ini_bakkie')).toBe(true);
    expect(p.graph.getNodeAttributes('per_fatima')).toMatchObject({ kind: 'persoon', formal: true, wijk: 'geb_w1', buurten: ['geb_b1'] });
    expect(p.graph.getNodeAttributes('per_t0').formal).toBe(false);
    expect(p.graph.getNodeAttributes('ini_schaak').wijk).toBe('geb_w2');
    expect(p.areasOf.get('per_eva')).toEqual(['geb_b1']);
  });

  it('honours at and the gebied scope', () => {
    const data = fatimaNetwork();
    data.ties.find((t) => t.type === 'ONDERSTEUNT' && t.to === 'ini_taal')!.endDate = '2024-01-01';
    expect(project(data, { at: '2025-01-01' }).graph.hasEdge('per_fatima', 'ini_taal')).toBe(false);
    expect(project(data, { at: '2023-01-01' }).graph.hasEdge('per_fatima', 'ini_taal')).toBe(true);
    const scoped = project(data, { gebied: 'geb_w2' });
    expect(scoped.graph.nodes().sort()).toEqual(['ini_los', 'ini_schaak', 'per_x', 'per_y', 'per_z']);
  });
});

describe('enkelvoudig', () => {
  it('finds the one person between a wijkteam and its initiatives', () => {
    const findings = enkelvoudig(analysisContext(fatimaNetwork()));
    const fatima = byId(findings, 'enkelvoudig:per_fatima')!;
    expect(fatima.severity).toBe('hoog');
    expect(fatima.nodes).toEqual(expect.arrayContaining(['per_fatima', 'wt_noord', 'ini_bakkie', 'ini_wandel', 'ini_taal', 'ini_moestuin']));
    expect(fatima.explanation).toContain('SWT Noord en 4 initiatieven');
    expect(fatima.explanation).toContain('Fatima B.');
    expect(fatima.gebied).toBe('geb_w1');
    // Olga only holds Henk: that is isolatie, not a single point of failure.
    expect(findings.some((f) => f.nodes[0] === 'per_olga' && f.severity === 'hoog')).toBe(false);
  });

  it('is quiet when a second member also links the team to the initiatives', () => {
    const data = fatimaNetwork();
    data.ties.push({ id: 'ondersteunt.x', type: 'ONDERSTEUNT', from: 'per_piet', to: 'ini_taal', source: 'handmatig' });
    data.ties.push({ id: 'kent.x', type: 'KENT', from: 'per_t2', to: 'per_t3', source: 'handmatig' });
    data.ties.push({ id: 'kent.y', type: 'KENT', from: 'per_t1', to: 'per_t2', source: 'handmatig' });
    const findings = enkelvoudig(analysisContext(data));
    expect(findings.filter((f) => f.severity === 'hoog')).toEqual([]);
  });
});

describe('what-if', () => {
  it('reports what leaving breaks', () => {
    const result = whatIf(project(fatimaNetwork()), ['per_fatima']);
    expect(result.removed).toEqual(['per_fatima']);
    expect(result.lostTies).toHaveLength(6); // lid van, kent Piet, ondersteunt ×4
    expect(result.splitOff.flat().sort()).toEqual(['ini_bakkie', 'ini_moestuin', 'ini_taal', 'ini_wandel', 'per_t0', 'per_t1', 'per_t2', 'per_t3']);
    expect(result.componentsAfter).toBe(result.componentsBefore + 3);
    expect(result.brokenLinks.filter((l) => l.from === 'wt_noord').map((l) => l.to).sort()).toEqual(['ini_bakkie', 'ini_moestuin', 'ini_taal', 'ini_wandel']);
    expect(result.explanation).toMatch(/^Als Fatima B\. vertrekt, verdwijnen 6 banden/);
  });

  it('names isolated nodes', () => {
    const result = whatIf(project(fatimaNetwork()), ['per_olga']);
    expect(result.isolated).toEqual(['org_dock', 'per_henk']);
  });
});

describe('losse-werelden', () => {
  it('finds groups and initiatives without a formal tie', () => {
    const findings = losseWerelden(analysisContext(fatimaNetwork()));
    const group = byId(findings, 'losse-werelden:groep:ini_schaak:per_x:per_y:per_z')!;
    expect(group.severity).toBe('hoog');
    expect(group.nodes).toEqual(['ini_schaak', 'per_x', 'per_y', 'per_z']);
    expect(group.explanation).toContain('3 bewoners en 1 initiatief');
    expect(byId(findings, 'losse-werelden:ini_los')?.severity).toBe('middel');
    expect(findings.some((f) => f.nodes.includes('per_eva'))).toBe(false);
  });
});

describe('isolatie', () => {
  it('finds residents without ties or only reachable through one professional', () => {
    const findings = isolatie(analysisContext(fatimaNetwork()));
    expect(byId(findings, 'isolatie:per_eva')).toMatchObject({ severity: 'middel', nodes: ['per_eva'] });
    expect(byId(findings, 'isolatie:per_henk')).toMatchObject({ severity: 'middel', nodes: ['per_henk', 'per_olga'] });
    expect(byId(findings, 'isolatie:per_henk')!.explanation).toContain('Olga K.');
    expect(findings.some((f) => f.nodes[0] === 'per_piet')).toBe(false);
  });
});

describe('dekking', () => {
  it('builds the coverage matrix and the Driehoek', () => {
    const m = coverageMatrix(project(coverageNetwork()));
    expect(m.wijken.map((w) => w.id)).toEqual(['geb_w1', 'geb_w2']);
    expect(m.cells.geb_w1.thm_eenz).toEqual(['ini_bakkie', 'ini_koffie', 'org_hum', 'org_kbo', 'org_leger']);
    expect(m.cells.geb_w1.thm_arm).toEqual([]);
    expect(m.cells.geb_w2.thm_arm).toEqual(['ini_geld', 'org_schuld']);
    expect(m.driehoek.geb_w1).toEqual({ gebiedsverbinder: ['per_gv'], wijkteam: ['wt_noord', 'wt_oost'], opbouwwerker: ['per_olga'], sleutelfiguur: ['per_s'] });
    expect(m.driehoek.geb_w2).toEqual({ gebiedsverbinder: ['per_gv2'], wijkteam: ['wt_oost'], opbouwwerker: [], sleutelfiguur: [] });
  });

  it('reports missing Driehoek pieces and themes', () => {
    const findings = dekking(analysisContext(coverageNetwork()));
    expect(findings.map((f) => `${f.id}:${f.severity}`).sort()).toEqual([
      'dekking:driehoek:geb_w2:opbouwwerker:hoog',
      'dekking:driehoek:geb_w2:sleutelfiguur:middel',
      'dekking:thema:geb_w1:thm_arm:middel',
      'dekking:thema:geb_w2:thm_eenz:middel',
    ]);
    expect(findings.find((f) => f.id === 'dekking:thema:geb_w2:thm_eenz')!.explanation).toBe('In Zuidwijk is geen initiatief of organisatie actief die zich richt op eenzaamheid.');
  });
});

describe('dubbeling', () => {
  it('finds offers on the same theme in the same wijk without a tie', () => {
    const findings = dubbeling(analysisContext(coverageNetwork()));
    const pairs = findings.map((f) => f.nodes.slice(0, 2).join('+')).sort();
    // Humanitas and KBO work together; Humanitas supports Bakkie.
    expect(pairs).toContain('org_hum+org_leger');
    expect(pairs).toContain('org_kbo+org_leger');
    expect(pairs).not.toContain('org_hum+org_kbo');
    expect(pairs).not.toContain('ini_bakkie+org_hum');
    expect(findings.find((f) => f.nodes[0] === 'org_hum' && f.nodes[1] === 'org_leger')!.severity).toBe('middel');
  });
});

describe('kansen', () => {
  it('suggests introductions and collectiviseren', () => {
    const findings = kansen(analysisContext(coverageNetwork()));
    const intro = byId(findings, 'kansen:introductie:ini_bakkie:ini_koffie')!;
    expect(intro.nodes).toEqual(['ini_bakkie', 'ini_koffie', 'per_k']);
    expect(intro.explanation).toContain('eenzaamheid in Noordbuurt');
    const collectief = byId(findings, 'kansen:collectief:geb_b2:thm_arm')!;
    expect(collectief.nodes.slice(0, 3)).toEqual(['per_r1', 'per_r2', 'per_r3']);
    expect(collectief.nodes).not.toContain('per_r4'); // volunteers, not in need
    expect(collectief.explanation).toMatch(/^3 bewoners in Zuidbuurt/);
    expect(collectief.explanation).not.toContain('R1');
  });

  it('caps the number of suggestions', () => {
    expect(kansen(analysisContext(coverageNetwork()), { maxIntroductions: 0, maxCollectief: 0 })).toEqual([]);
  });
});

describe('overbelasting', () => {
  it('flags the volunteer with far more ties and roles than peers', () => {
    const findings = overbelasting(analysisContext(loadNetwork()));
    expect(findings.map((f) => f.id)).toEqual(['overbelasting:per_busy']);
    expect(findings[0].explanation).toMatch(/^Bea Druk heeft 20 contacten, 4 taken/);
  });

  it('finds the eenzame opbouwwerker only when the load is plainly too much', () => {
    const withWorker = (contacts: number) => {
      const data = loadNetwork();
      data.nodes.push({ id: 'per_ob', kind: 'persoon', name: 'Otto B.', roles: ['opbouwwerker'] });
      data.ties.push({ id: 'actief_in.o', type: 'ACTIEF_IN', from: 'per_ob', to: 'geb_w1', source: 'handmatig' });
      for (let i = 0; i < contacts; i++) {
        data.nodes.push({ id: `per_k${i}`, kind: 'persoon', name: `Kennis ${i}`, roles: ['bewoner'] });
        data.ties.push({ id: `kent.o${i}`, type: 'KENT', from: 'per_ob', to: `per_k${i}`, source: 'handmatig' });
      }
      return overbelasting(analysisContext(data));
    };
    expect(withWorker(14).some((f) => f.nodes.includes('per_ob'))).toBe(false);
    const lonely = byId(withWorker(45), 'overbelasting:eenzaam:geb_w1:per_ob')!;
    expect(lonely.severity).toBe('hoog');
    expect(lonely.explanation).toContain('45 contacten');
  });
});

describe('gesloten-groepen', () => {
  it('finds the tight group with one tie outside', () => {
    const findings = geslotenGroepen(analysisContext(loadNetwork()));
    expect(findings).toHaveLength(1);
    expect(findings[0].nodes).toEqual(['per_g0', 'per_g1', 'per_g2', 'per_g3', 'per_g4', 'per_g5']);
    expect(findings[0].explanation).toContain('1 band naar buiten, via Lid 0');
  });
});

describe('verouderde-banden', () => {
  it('finds ties without contact for more than N months before the reference date', () => {
    const ctx = analysisContext(loadNetwork(), { at: '2025-06-01' });
    const findings = verouderdeBanden(ctx);
    expect(findings.map((f) => f.nodes)).toEqual([['per_g0', 'per_v0']]);
    expect(findings[0].severity).toBe('middel'); // it is a bridge
    expect(findings[0].explanation).toContain('28 maanden');
    expect(verouderdeBanden(ctx, { months: 3 }).map((f) => f.nodes).sort()).toEqual([['per_g0', 'per_v0'], ['per_v1', 'per_v5']]);
  });
});

describe('runGaps and sleutelfiguren', () => {
  it('runs every analysis, most severe first', () => {
    const findings = runGaps(analysisContext(fatimaNetwork()));
    expect(findings[0].severity).toBe('hoog');
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  });

  it('ranks residents with reach and brokerage first and explains why', () => {
    const items = sleutelfiguren(analysisContext(loadNetwork()));
    expect(items[0].id).toBe('per_busy');
    expect(items[0].facts.degree).toBe(20);
    expect(items[0].explanation).toContain('20 directe contacten');
    expect(items.every((item) => item.score >= 0 && item.score <= 100)).toBe(true);
    const weighted = sleutelfiguren(analysisContext(loadNetwork()), { weights: { reach: 0, brokerage: 0, groups: 0, formalInformal: 0, trust: 1 } });
    expect(new Set(weighted.map((w) => w.score)).size).toBe(1);
  });

  it('names the only link between an initiative and the wijkteam', () => {
    const data = fatimaNetwork();
    // Trekker 0 becomes the bridge: Fatima only supports Bakkie, and Trekker 0 knows the other trekkers.
    data.ties = data.ties.filter((t) => !(t.type === 'ONDERSTEUNT' && t.to !== 'ini_bakkie'));
    data.ties.push({ id: 'kent.a', type: 'KENT', from: 'per_t0', to: 'per_t2', source: 'handmatig' }, { id: 'kent.b', type: 'KENT', from: 'per_t0', to: 'per_t3', source: 'handmatig' });
    const items = sleutelfiguren(analysisContext(data));
    const t0 = byId(items, 'per_t0')!;
    expect(t0.facts.onlyLinks).toEqual(expect.arrayContaining(['Wandelclub en SWT Noord']));
    expect(t0.explanation).toContain('enige verbinding tussen');
  });
});
