/**
 * The analysis on small networks it was not tuned on: each case is a story
 * that fooled an earlier, naive rule (a decoy that must stay quiet, or a hole
 * that must be found), built here in the test.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, NetworkData } from '../../../server/model/index.ts';
import { analysisContext, dubbeling, enkelvoudig, isolatie, kansen, losseWerelden, overbelasting, runGaps, subjectKey, verouderdeBanden } from '../../../server/analysis/gaps/index.ts';
import { wijkOfTie } from '../../../server/analysis/placement.ts';
import { whatIf } from '../../../server/analysis/what-if/index.ts';
import { project } from '../../../server/analysis/projection.ts';
import { Builder, fatimaNetwork, loadNetwork } from './fixtures.ts';
import { shuffled } from '../../helpers/shuffle.ts';


/** A healthy wijk around one opbouwwerker: everyone knows a few others, she knows many and supports the initiatives. */
function healthyWijkWithOneOpbouwwerker(contacts: number, initiatives: number): NetworkData {
  const b = new Builder().areas();
  b.node('wt_noord', 'SWT Noord').tie('WERKT_IN', 'wt_noord', 'geb_w1');
  b.node('org_dock', 'DOCK', { type: 'welzijn' }).tie('WERKT_IN', 'org_dock', 'geb_w1');
  b.person('per_ob', 'Olga K.', ['opbouwwerker']).tie('ACTIEF_IN', 'per_ob', 'geb_w1').tie('WERKT_BIJ', 'per_ob', 'org_dock');
  b.person('per_wt', 'Wim T.', ['wijkteamlid']).tie('ACTIEF_IN', 'per_wt', 'geb_w1').tie('LID_VAN', 'per_wt', 'wt_noord').tie('KENT', 'per_wt', 'per_ob');
  for (let i = 0; i < contacts; i++) {
    b.person(`per_r${i}`, `Bewoner ${i}`, ['bewoner'], 'geb_b1').tie('KENT', 'per_ob', `per_r${i}`);
    if (i > 0) b.tie('KENT', `per_r${i}`, `per_r${i - 1}`);
  }
  for (let i = 0; i < initiatives; i++) {
    b.node(`ini_${i}`, `Initiatief ${i}`).tie('WERKT_IN', `ini_${i}`, 'geb_b1').tie('ONDERSTEUNT', 'per_ob', `ini_${i}`).tie('TREKKER_VAN', `per_r${i}`, `ini_${i}`);
  }
  return b.build();
}

describe('overbelasting without peers: absolute limits', () => {
  it('a lone opbouwwerker with 20 contacts and 3 initiatives in a healthy wijk is not overloaded', () => {
    const findings = overbelasting(analysisContext(healthyWijkWithOneOpbouwwerker(20, 3)));
    expect(findings).toEqual([]);
  });

  it('the same lone opbouwwerker with 45 contacts and 9 initiatives is, and the sentence says why in words', () => {
    const findings = overbelasting(analysisContext(healthyWijkWithOneOpbouwwerker(45, 9)));
    expect(findings.map((f) => f.id)).toEqual(['overbelasting:eenzaam:geb_w1:per_ob']);
    expect(findings[0].severity).toBe('hoog');
    expect(findings[0].explanation).toContain('de enige opbouwwerker in Noordwijk');
    expect(findings[0].explanation).not.toMatch(/mediaan|belasting \d/);
  });
});

describe('overbelasting in a dense, healthy wijk', () => {
  /** Noordwijk: 30 residents who each know about 20 neighbours and have one task; Zuidwijk: residents who know 2. */
  function denseTown(): NetworkData {
    const b = new Builder().areas();
    const dense = 30;
    for (let i = 0; i < dense; i++) b.person(`per_n${String(i).padStart(2, '0')}`, `Noord ${i}`, ['bewoner'], 'geb_b1');
    for (let i = 0; i < dense; i++) for (let d = 1; d <= 10; d++) b.tie('KENT', `per_n${String(i).padStart(2, '0')}`, `per_n${String((i + d) % dense).padStart(2, '0')}`);
    for (let i = 0; i < 6; i++) {
      b.node(`ini_n${i}`, `Buurtactiviteit ${i}`).tie('WERKT_IN', `ini_n${i}`, 'geb_b1');
      for (let j = 0; j < 5; j++) b.tie('VRIJWILLIGER_BIJ', `per_n${String(i * 5 + j).padStart(2, '0')}`, `ini_n${i}`);
    }
    for (let i = 0; i < 60; i++) b.person(`per_z${String(i).padStart(2, '0')}`, `Zuid ${i}`, ['bewoner'], 'geb_b2');
    for (let i = 0; i < 60; i++) b.tie('KENT', `per_z${String(i).padStart(2, '0')}`, `per_z${String((i + 1) % 60).padStart(2, '0')}`);
    return b.build();
  }

  it('flags nobody: residents are compared with their own wijk, not with the town', () => {
    expect(overbelasting(analysisContext(denseTown()))).toEqual([]);
  });

  it('still flags the one resident of that wijk who carries far more than the others there', () => {
    const data = denseTown();
    const b = new Builder();
    for (let i = 0; i < 4; i++) b.node(`ini_x${i}`, `Extra ${i}`).tie('TREKKER_VAN', 'per_n00', `ini_x${i}`);
    for (let i = 0; i < 15; i++) b.tie('KENT', 'per_n00', `per_z${String(i).padStart(2, '0')}`);
    data.nodes.push(...b.nodes);
    data.ties.push(...b.ties);
    const findings = overbelasting(analysisContext(data));
    expect(findings.map((f) => f.id)).toEqual(['overbelasting:per_n00']);
    expect(findings[0].explanation).toContain('in Noordwijk');
  });
});

describe('losse werelden: anchors by role, not by type', () => {
  /** A women's group at the mosque, tied only to the mosque's own board. */
  function mosqueGroup(): NetworkData {
    const b = new Builder().areas();
    b.node('wt_noord', 'SWT Noord').tie('WERKT_IN', 'wt_noord', 'geb_w1');
    b.person('per_wt', 'Wim T.', ['wijkteamlid']).tie('LID_VAN', 'per_wt', 'wt_noord').tie('ACTIEF_IN', 'per_wt', 'geb_w1');
    b.person('per_buur', 'Bram', ['bewoner'], 'geb_b1').tie('KENT', 'per_buur', 'per_wt');
    b.node('org_moskee', 'Moskeebestuur Al Fath', { type: 'overig', typeLabel: 'moskeebestuur' }).tie('WERKT_IN', 'org_moskee', 'geb_w1');
    b.node('ini_vrouwen', 'Vrouwengroep Al Fath').tie('WERKT_IN', 'ini_vrouwen', 'geb_b1').tie('ONDERSTEUNT', 'org_moskee', 'ini_vrouwen');
    ['per_a', 'per_b', 'per_c', 'per_d'].forEach((id, i) => b.person(id, `Vrouw ${i}`, ['bewoner'], 'geb_b1').tie('DEELNEMER_AAN', id, 'ini_vrouwen'));
    b.tie('KENT', 'per_a', 'per_b').tie('KENT', 'per_c', 'per_d');
    return b.build();
  }

  it('finds the group anchored only by its own religious board as a losse wereld', () => {
    const findings = losseWerelden(analysisContext(mosqueGroup()));
    const group = findings.find((f) => f.id.startsWith('losse-werelden:groep:') && f.nodes.includes('ini_vrouwen'));
    expect(group).toBeDefined();
    expect(group!.severity).toBe('hoog');
    expect(group!.nodes).toEqual(expect.arrayContaining(['org_moskee', 'ini_vrouwen', 'per_a', 'per_b', 'per_c', 'per_d']));
    expect(project(mosqueGroup()).graph.getNodeAttribute('org_moskee', 'formal')).toBe(false);
  });

  it('counts the board as formal once it acts as a provider: a professional works there, or a wijkteam refers to it', () => {
    const staffed = mosqueGroup();
    staffed.ties.push({ id: 'werkt_bij.x', type: 'WERKT_BIJ', from: 'per_wt', to: 'org_moskee', source: 'handmatig' });
    expect(project(staffed).graph.getNodeAttribute('org_moskee', 'formal')).toBe(true);
    expect(losseWerelden(analysisContext(staffed)).some((f) => f.id.startsWith('losse-werelden:groep:') && f.nodes.includes('ini_vrouwen'))).toBe(false);
    const referred = mosqueGroup();
    referred.ties.push({ id: 'verwijst_naar.x', type: 'VERWIJST_NAAR', from: 'wt_noord', to: 'org_moskee', source: 'handmatig' });
    expect(project(referred).graph.getNodeAttribute('org_moskee', 'formal')).toBe(true);
  });
});

describe('kansen: a shared need only from ties that express one', () => {
  /** Three residents of Noordbuurt; each goes to the zorgcentrum in Zuidwijk, which works on ouderen and gezondheid. */
  function zorgcentrum(tie: 'VRIJWILLIGER_BIJ' | 'DEELNEMER_AAN'): NetworkData {
    const b = new Builder().areas();
    b.node('thm_ouderen', 'ouderen', { category: 'thema' }).node('thm_gezond', 'gezondheid', { category: 'thema' });
    b.node('org_zorg', 'Zorgcentrum De Linde', { type: 'zorg' }).tie('WERKT_IN', 'org_zorg', 'geb_w2').tie('RICHT_ZICH_OP', 'org_zorg', 'thm_ouderen').tie('RICHT_ZICH_OP', 'org_zorg', 'thm_gezond');
    for (let i = 0; i < 3; i++) {
      const ini = `ini_soos${i}`;
      b.node(ini, `Soos ${i}`).tie('WERKT_IN', ini, 'geb_b2').tie('RICHT_ZICH_OP', ini, 'thm_ouderen').tie('RICHT_ZICH_OP', ini, 'thm_gezond').tie('ONDERSTEUNT', 'org_zorg', ini);
      b.person(`per_${i}`, `Bewoner ${i}`, ['bewoner', 'vrijwilliger'], 'geb_b1').tie(tie === 'VRIJWILLIGER_BIJ' ? 'VRIJWILLIGER_BIJ' : 'DEELNEMER_AAN', `per_${i}`, tie === 'VRIJWILLIGER_BIJ' ? 'org_zorg' : ini);
    }
    return b.build();
  }
  const collectief = (data: NetworkData) => kansen(analysisContext(data)).filter((f) => f.id.startsWith('kansen:collectief:'));

  it('residents who volunteer at a zorgcentrum share no need: no collectiviseren', () => {
    expect(collectief(zorgcentrum('VRIJWILLIGER_BIJ'))).toEqual([]);
  });

  it('residents who each take part in an activity on the same themes elsewhere do, and the title names every theme the sentence names', () => {
    const [f, ...rest] = collectief(zorgcentrum('DEELNEMER_AAN'));
    expect(rest).toEqual([]);
    expect(f.title).toBe('Collectiviseren: gezondheid en ouderen in Noordbuurt');
    expect(f.explanation).toContain('over gezondheid en ouderen');
    expect(f.explanation).not.toContain('Bewoner');
  });
});

describe('dubbeling only within one world', () => {
  function ontmoeting(second: 'moskee' | 'welzijn'): NetworkData {
    const b = new Builder().areas();
    b.node('thm_ontm', 'Ontmoeting', { category: 'thema' });
    b.node('org_welzijn', 'Welzijn Noord', { type: 'welzijn' }).tie('WERKT_IN', 'org_welzijn', 'geb_w1').tie('RICHT_ZICH_OP', 'org_welzijn', 'thm_ontm');
    if (second === 'moskee') b.node('org_two', 'Moskeebestuur Al Fath', { type: 'overig', typeLabel: 'moskeebestuur' });
    else b.node('org_two', 'Buurtwerk Noord', { type: 'welzijn' });
    b.tie('WERKT_IN', 'org_two', 'geb_w1').tie('RICHT_ZICH_OP', 'org_two', 'thm_ontm');
    return b.build();
  }

  it('a welfare organisation and a mosque board both on ontmoeting are no duplicate', () => {
    expect(dubbeling(analysisContext(ontmoeting('moskee')))).toEqual([]);
  });

  it('two welfare organisations on ontmoeting without a tie are', () => {
    expect(dubbeling(analysisContext(ontmoeting('welzijn'))).map((f) => f.nodes.slice(0, 2))).toEqual([['org_two', 'org_welzijn']]);
  });
});

describe('isolatie for small groups', () => {
  /** A wijk with a team and a connected neighbourhood, plus a few residents who know only each other and, perhaps, Olga. */
  function withGroup(size: number, door: 'olga' | 'none'): NetworkData {
    const b = new Builder().areas();
    b.node('wt_noord', 'SWT Noord').tie('WERKT_IN', 'wt_noord', 'geb_w1');
    b.person('per_olga', 'Olga K.', ['opbouwwerker']).tie('ACTIEF_IN', 'per_olga', 'geb_w1');
    b.person('per_wim', 'Wim T.', ['wijkteamlid']).tie('LID_VAN', 'per_wim', 'wt_noord').tie('KENT', 'per_wim', 'per_olga');
    for (let i = 0; i < 8; i++) b.person(`per_n${i}`, `Buur ${i}`, ['bewoner'], 'geb_b1').tie('KENT', `per_n${i}`, i % 2 ? 'per_olga' : 'per_wim').tie('KENT', `per_n${i}`, `per_n${(i + 1) % 8}`);
    const group = Array.from({ length: size }, (_, i) => `per_h${i}`);
    group.forEach((id, i) => b.person(id, ['Ans', 'Bert', 'Cor', 'Dien', 'Eef'][i], ['bewoner'], 'geb_b1'));
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) b.tie('KENT', group[i], group[j]);
    if (door === 'olga') group.forEach((id) => b.tie('KENT', id, 'per_olga'));
    return b.build();
  }

  it('a pair who know only each other and one professional: reachable only through her, found by isolatie alone', () => {
    const ctx = analysisContext(withGroup(2, 'olga'));
    const found = isolatie(ctx);
    expect(found.map((f) => f.id)).toEqual(['isolatie:groep:per_h0:per_h1']);
    expect(found[0]).toMatchObject({ severity: 'middel', title: 'Alleen bereikbaar via Olga K.: Ans en Bert', nodes: ['per_h0', 'per_h1', 'per_olga'], gebied: 'geb_w1' });
    expect(found[0].ties).toHaveLength(3);
    expect(enkelvoudig(ctx).filter((f) => f.nodes.includes('per_h0'))).toEqual([]);
    expect(losseWerelden(ctx).filter((f) => f.nodes.includes('per_h0'))).toEqual([]);
  });

  it('a household of three behind one professional is judged the same way, not as a single point of failure', () => {
    const ctx = analysisContext(withGroup(3, 'olga'));
    expect(isolatie(ctx).map((f) => f.id)).toEqual(['isolatie:groep:per_h0:per_h1:per_h2']);
    expect(enkelvoudig(ctx).filter((f) => f.nodes.includes('per_h0'))).toEqual([]);
  });

  it('a pair who know only each other is an isolated little group, not a losse wereld', () => {
    const ctx = analysisContext(withGroup(2, 'none'));
    const found = isolatie(ctx);
    expect(found.map((f) => [f.id, f.severity, f.title])).toEqual([['isolatie:groep:per_h0:per_h1', 'middel', 'Geïsoleerd groepje: Ans en Bert']]);
    expect(losseWerelden(ctx)).toEqual([]);
  });

  it('a group of five behind one professional is larger than a household: a single point of failure', () => {
    const ctx = analysisContext(withGroup(5, 'olga'));
    expect(isolatie(ctx)).toEqual([]);
    expect(enkelvoudig(ctx).find((f) => f.id === 'enkelvoudig:per_olga')?.severity).toBe('hoog');
  });
});

describe('enkelvoudig: findings in the right frame', () => {
  /**
   * SWT Noord works in Noordwijk; its member Wim knows Pieter, who lives in
   * Zuidwijk and leads the Zuidwijk Moestuin with four neighbours. Pieter is
   * that group's only door to the formal world; he is no link of SWT Noord.
   */
  function door(withZuidTeam: boolean): NetworkData {
    const b = new Builder().areas();
    b.node('wt_noord', 'SWT Noord').tie('WERKT_IN', 'wt_noord', 'geb_w1');
    b.person('per_wim', 'Wim T.', ['wijkteamlid']).tie('LID_VAN', 'per_wim', 'wt_noord').tie('ACTIEF_IN', 'per_wim', 'geb_w1');
    b.person('per_ans', 'Ans', ['wijkteamlid']).tie('LID_VAN', 'per_ans', 'wt_noord').tie('ACTIEF_IN', 'per_ans', 'geb_w1').tie('KENT', 'per_ans', 'per_wim');
    b.node('ini_noord', 'Buurtkamer Noord').tie('WERKT_IN', 'ini_noord', 'geb_b1').tie('ONDERSTEUNT', 'per_wim', 'ini_noord').tie('ONDERSTEUNT', 'per_ans', 'ini_noord');
    if (withZuidTeam) {
      b.node('wt_zuid', 'SWT Zuid').tie('WERKT_IN', 'wt_zuid', 'geb_w2');
      b.person('per_zo', 'Zoë', ['wijkteamlid']).tie('LID_VAN', 'per_zo', 'wt_zuid').tie('ACTIEF_IN', 'per_zo', 'geb_w2').tie('KENT', 'per_zo', 'per_ans');
    }
    b.person('per_pieter', 'Pieter', ['bewoner', 'sleutelfiguur'], 'geb_b2').tie('KENT', 'per_pieter', withZuidTeam ? 'per_zo' : 'per_wim');
    b.node('ini_moestuin', 'Moestuin Zuid').tie('WERKT_IN', 'ini_moestuin', 'geb_b2').tie('TREKKER_VAN', 'per_pieter', 'ini_moestuin');
    for (let i = 0; i < 4; i++) b.person(`per_z${i}`, `Buur ${i}`, ['bewoner'], 'geb_b2').tie('DEELNEMER_AAN', `per_z${i}`, 'ini_moestuin');
    return b.build();
  }

  it("an informal group's only door is called that, and names no wijkteam of another wijk", () => {
    const ctx = analysisContext(door(false));
    const f = enkelvoudig(ctx).find((item) => item.id === 'enkelvoudig:per_pieter')!;
    expect(f.title).toBe('Enige verbinding met de formele wereld: Pieter');
    expect(f.explanation).not.toContain('SWT Noord');
    expect(f.nodes).not.toContain('wt_noord');
    const result = whatIf(ctx.projection, ['per_pieter']);
    expect(result.brokenLinks.some((link) => link.from === 'wt_noord')).toBe(false);
    expect(result.explanation).not.toContain('SWT Noord');
    expect(result.explanation).toContain('1 informele groep verliest de band met de formele wereld');
  });

  it("the frame is checked before the wijkteam: Pieter is no member of the Zuidwijk team either, so he is still the group's door", () => {
    const ctx = analysisContext(door(true));
    const f = enkelvoudig(ctx).find((item) => item.id === 'enkelvoudig:per_pieter')!;
    expect(f.title).toBe('Enige verbinding met de formele wereld: Pieter');
    // What-if does count the link of the wijk's own team.
    const result = whatIf(ctx.projection, ['per_pieter']);
    expect(result.brokenLinks.filter((link) => link.from.startsWith('wt_')).map((link) => `${link.from}>${link.to}`)).toEqual(['wt_zuid>ini_moestuin']);
  });

  it("a member who alone links the team to its own initiatives keeps the wijkteam frame", () => {
    const f = enkelvoudig(analysisContext(fatimaNetwork())).find((item) => item.id === 'enkelvoudig:per_fatima')!;
    expect(f.title).toBe('Enige verbinding wijkteam–initiatieven: Fatima B.');
  });
});

describe('the wijk of a node and of a tie', () => {
  /** Rosa lives in Noordwijk and volunteers in Zuidwijk; Pim works in Zuidwijk, Nina lives in Noordwijk. */
  function twoWijken(reversed: boolean): NetworkData {
    const b = new Builder().areas();
    b.node('per_rosa', 'Rosa', { roles: ['bewoner', 'vrijwilliger'] });
    // The context ties in an order that puts the wijk she is active in first.
    b.tie('ACTIEF_IN', 'per_rosa', 'geb_w2').tie('WOONT_IN', 'per_rosa', 'geb_b1');
    b.person('per_pim', 'Pim', ['opbouwwerker']).tie('ACTIEF_IN', 'per_pim', 'geb_w2');
    b.person('per_nina', 'Nina', ['bewoner'], 'geb_b1');
    b.person('per_gijs', 'Gijs', ['gebiedsverbinder']).tie('ACTIEF_IN', 'per_gijs', 'geb_w2');
    const pair = (a: string, c: string) => (reversed ? [c, a] : [a, c]) as [string, string];
    b.tie('KENT', ...pair('per_rosa', 'per_pim'), { lastContact: '2023-03-01' });
    b.tie('KENT', ...pair('per_nina', 'per_gijs'), { lastContact: '2023-03-01' });
    b.tie('KENT', ...pair('per_rosa', 'per_nina'));
    return b.build();
  }

  it("a resident's main wijk is where she lives, whatever the order of her ties", () => {
    expect(project(twoWijken(false)).graph.getNodeAttributes('per_rosa')).toMatchObject({ wijk: 'geb_w1', wijken: ['geb_w1', 'geb_w2'] });
  });

  it('a tie lies in the wijk both ends share, else in the wijk of its resident end, whichever end the store returns first', () => {
    for (const reversed of [false, true]) {
      const p = project(twoWijken(reversed));
      expect(wijkOfTie(p, 'per_rosa', 'per_pim')).toBe('geb_w2');
      expect(wijkOfTie(p, 'per_pim', 'per_rosa')).toBe('geb_w2');
      expect(wijkOfTie(p, 'per_gijs', 'per_nina')).toBe('geb_w1');
      expect(wijkOfTie(p, 'per_nina', 'per_gijs')).toBe('geb_w1');
      const findings = verouderdeBanden(analysisContext(twoWijken(reversed), { at: '2025-06-01' }));
      expect(findings.map((f) => [f.nodes.slice().sort().join('+'), f.gebied]).sort()).toEqual([
        ['per_gijs+per_nina', 'geb_w1'],
        ['per_pim+per_rosa', 'geb_w2'],
      ]);
    }
  });
});

describe('verouderde banden, folded', () => {
  it('gives one finding per person with the list inside, dates in words, severity from what the ties mean', () => {
    const b = new Builder().areas();
    b.node('org_dock', 'DOCK', { type: 'welzijn' }).tie('WERKT_IN', 'org_dock', 'geb_w1');
    b.person('per_ob', 'Olga K.', ['opbouwwerker']).tie('ACTIEF_IN', 'per_ob', 'geb_w1').tie('WERKT_BIJ', 'per_ob', 'org_dock');
    b.person('per_sf', 'Saskia', ['bewoner', 'sleutelfiguur'], 'geb_b1');
    for (let i = 0; i < 4; i++) b.person(`per_b${i}`, `Buur ${i}`, ['bewoner'], 'geb_b1').tie('KENT', 'per_sf', `per_b${i}`, { lastContact: i < 2 ? '2024-02-10' : '2025-05-01' });
    for (let i = 0; i < 4; i++) b.tie('KENT', `per_b${i}`, `per_b${(i + 1) % 4}`);
    // Her only tie to the formal world, stale too.
    b.tie('KENT', 'per_sf', 'per_ob', { lastContact: '2024-02-10' });
    const findings = verouderdeBanden(analysisContext(b.build(), { at: '2025-06-01' }));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.id).toBe('verouderde-banden:per_sf');
    expect(f.title).toBe('Lang geen contact: Saskia (3 banden)');
    expect(f.ties).toHaveLength(3);
    expect(f.severity).toBe('hoog');
    expect(f.explanation).toContain('Olga K. (sinds 10 februari 2024, 15 maanden)');
    expect(f.explanation).toContain('de enige band van sleutelfiguur Saskia met de formele wereld');
    expect(f.explanation).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(f.gebied).toBe('geb_w1');
  });

  it('an old acquaintance alone is laag', () => {
    const findings = verouderdeBanden(analysisContext(loadNetwork(), { at: '2025-06-01' }), { months: 3 });
    expect(findings.find((f) => f.nodes.includes('per_v5'))!.severity).toBe('laag');
  });
});

describe('the same network in another order', () => {
  /** Fatima's network and the overload network side by side, ids kept apart. */
  function bigger(): NetworkData {
    const a = fatimaNetwork();
    const b = loadNetwork();
    const rename = (id: string) => (id.startsWith('geb_') ? id : id.replace('_', '_l'));
    return {
      nodes: [...a.nodes, ...b.nodes.filter((n) => !n.id.startsWith('geb_')).map((n) => ({ ...n, id: rename(n.id) }))],
      ties: [...a.ties, ...b.ties.map((t) => ({ ...t, id: `${t.id}l`, from: rename(t.from), to: rename(t.to) }))],
    };
  }
  const run = (data: NetworkData): Finding[] => runGaps(analysisContext(data, { at: '2025-06-01' }));

  it('gives identical findings when nodes and ties come in another order', () => {
    const data = bigger();
    const expected = run(data);
    expect(expected.length).toBeGreaterThan(10);
    for (const seed of [1, 2, 3]) expect(run({ nodes: shuffled(data.nodes, seed), ties: shuffled(data.ties, seed + 10) })).toEqual(expected);
  });

  it('gives the same findings when the ids are handed out in another order', () => {
    const data = bigger();
    const persons = data.nodes.filter((n) => n.kind === 'persoon').map((n) => n.id);
    const renumbered = shuffled(persons, 7);
    const map = new Map(persons.map((id, i) => [id, `per_${String(renumbered.indexOf(id)).padStart(4, '0')}x${i % 3}`]));
    const back = new Map([...map].map(([a, b]) => [b, a]));
    const to = (id: string) => map.get(id) ?? id;
    const from = (id: string) => back.get(id) ?? id;
    const relabelled: NetworkData = {
      nodes: shuffled(data.nodes.map((n) => ({ ...n, id: to(n.id) })), 5),
      ties: shuffled(data.ties.map((t) => ({ ...t, from: to(t.from), to: to(t.to) })), 6),
    };
    // An id names its subject by sorted ids, or a large group by a digest of its members (the finding's nodes).
    const normalId = (f: Finding) => f.id.split(':').map((part) => (/^\d+-[0-9a-f]{14}$/.test(part) ? subjectKey(f.nodes.map(from)) : from(part))).sort().join(':');
    const normal = (list: Finding[]) =>
      list
        .map((f) => ({ ...f, id: normalId(f), nodes: f.nodes.map(from).sort(), ties: [...f.ties].sort() }))
        .sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(normal(run(relabelled))).toEqual(normal(run(data)));
  });
});

describe('plain Dutch', () => {
  const JARGON = /stappen|dichtheid|mediaan|belasting \d|\bkno(o|pen)p?\b|z-score|component|articulat|\d{4}-\d{2}-\d{2}/i;

  it('no finding on the demo or on the small networks speaks graph jargon, gives a score as a bare figure or an ISO date', async () => {
    const { readDemoNetwork, readDemoHoles } = await import('../../../server/services/demo/load-demo.ts');
    const all = [
      ...runGaps(analysisContext(readDemoNetwork(), { at: readDemoHoles().today })),
      ...runGaps(analysisContext(fatimaNetwork(), { at: '2025-06-01' })),
      ...runGaps(analysisContext(loadNetwork(), { at: '2025-06-01' })),
    ];
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((f) => JARGON.test(f.title) || JARGON.test(f.explanation)).map((f) => `${f.id}: ${f.explanation}`)).toEqual([]);
  });

  it('a closed group is told in words, and says so when it only just counts as closed', async () => {
    const { geslotenGroepen } = await import('../../../server/analysis/gaps/index.ts');
    const [f] = geslotenGroepen(analysisContext(loadNetwork()));
    expect(f.explanation).toContain('iedereen kent iedereen');
    expect(f.explanation).not.toContain('op het randje');
    const [edge] = geslotenGroepen(analysisContext(loadNetwork()), { maxOutsideShare: 0.07 });
    expect(edge.explanation).toContain('Dit is op het randje');
  });
});
