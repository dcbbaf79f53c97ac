/** Every hole planted in the Haarlem demo (data/demo/README.md) is found, with the right nodes; Parkwijk stays clean. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../server/model/index.ts';
import { analysisContext, coverageMatrix, runGaps, type AnalysisContext } from '../../../server/analysis/gaps/index.ts';
import { sleutelfiguren } from '../../../server/analysis/sleutelfiguren/index.ts';
import { whatIf } from '../../../server/analysis/what-if/index.ts';
import { readDemoNetwork } from '../../../server/services/demo/load-demo.ts';

const TODAY = '2026-11-01';
let ctx: AnalysisContext;
let findings: Finding[];
const ids = (analysis: string, severity?: string) => findings.filter((f) => f.analysis === analysis && (!severity || f.severity === severity)).map((f) => f.id).sort();
const get = (id: string) => {
  const f = findings.find((item) => item.id === id);
  if (!f) throw new Error(`no finding ${id}`);
  return f;
};

beforeAll(() => {
  ctx = analysisContext(readDemoNetwork(), { at: TODAY });
  findings = runGaps(ctx);
});

describe('the Haarlem demo holes', () => {
  it('0. Parkwijk, the healthy wijk, has no finding at all', () => {
    expect(findings.filter((f) => f.gebied === 'geb_wk_parkwijk')).toEqual([]);
    const matrix = coverageMatrix(ctx.projection);
    expect(matrix.driehoek.geb_wk_parkwijk).toEqual({
      gebiedsverbinder: ['per_merel_peters'],
      wijkteam: ['wt_oost_2'],
      opbouwwerker: ['per_esther_ouwehand', 'per_linda_visser'],
      sleutelfiguur: ['per_eva_amanten', 'per_murat_da_silva'],
    });
    expect(Object.values(matrix.cells.geb_wk_parkwijk).every((offers) => offers.length > 0)).toBe(true);
  });

  it('1. Spaarndammerwijk has no opbouwwerker; 1b. Zuiderpolder no sleutelfiguur', () => {
    expect(ids('dekking').filter((id) => id.includes(':driehoek:'))).toEqual([
      'dekking:driehoek:geb_wk_spaarndammerwijk:opbouwwerker',
      'dekking:driehoek:geb_wk_zuiderpolder:sleutelfiguur',
    ]);
    expect(get('dekking:driehoek:geb_wk_spaarndammerwijk:opbouwwerker').severity).toBe('hoog');
  });

  it('2. SWT Noord-Noord reaches its initiatives only through Ilse Verhoeven', () => {
    expect(ids('enkelvoudig', 'hoog')).toEqual(['enkelvoudig:wt_noord_noord:per_ilse_verhoeven']);
    const f = get('enkelvoudig:wt_noord_noord:per_ilse_verhoeven');
    expect(f.nodes.sort()).toEqual(['ini_klusploeg_ter_kleef', 'ini_sport_in_de_wijk_delftwijk', 'ini_stop_de_schulden', 'per_ilse_verhoeven', 'wt_noord_noord']);
    expect(f.explanation).toContain('SWT Noord-Noord en 3 initiatieven');
  });

  it('2b. before Marloes de Wit left, SWT Oost 1 hung on her too; what-if shows it', () => {
    const before = analysisContext(readDemoNetwork(), { at: '2026-04-01' });
    const early = runGaps(before, ['enkelvoudig']).filter((f) => f.severity === 'hoog').map((f) => f.id).sort();
    expect(early).toEqual(['enkelvoudig:wt_noord_noord:per_ilse_verhoeven', 'enkelvoudig:wt_oost_1:per_marloes_de_wit']);
    const result = whatIf(before.projection, ['per_marloes_de_wit']);
    expect(result.lostTies.length).toBeGreaterThan(10);
    expect(result.explanation).toMatch(/^Als Marloes de Wit vertrekt/);
  });

  it('3. Humanitas and Leger des Heils both do schulden in Schalkwijk-Midden, untied', () => {
    expect(ids('dubbeling')).toEqual(['dubbeling:geb_wk_schalkwijk_midden:thm_schulden:org_humanitas:org_leger_des_heils']);
  });

  it('4. the Europawijk-Zuid cluster has no tie to the formal world', () => {
    const f = get('losse-werelden:groep:ini_kookclub_wereldkeuken');
    expect(f.severity).toBe('hoog');
    expect(f.nodes.filter((id) => id.startsWith('ini_'))).toEqual(['ini_kookclub_wereldkeuken', 'ini_moestuin_de_groene_vinger', 'ini_wandelclub_de_europeanen']);
    expect(f.nodes.filter((id) => id.startsWith('per_'))).toHaveLength(12);
    expect(ids('losse-werelden', 'hoog')).toEqual(['losse-werelden:groep:ini_kookclub_wereldkeuken']);
  });

  it('5. overloaded volunteers and the eenzame opbouwwerker', () => {
    expect(ids('overbelasting')).toEqual([
      'overbelasting:eenzaam:geb_wk_boerhaavewijk:per_yvonne_brouwer',
      'overbelasting:per_gerda_smit',
      'overbelasting:per_mohamed_el_amrani',
      'overbelasting:per_ria_koster',
    ]);
  });

  it('6. no schulden offer in Ter Kleef and Zuiderpolder', () => {
    expect(ids('dekking').filter((id) => id.includes(':thema:'))).toEqual(['dekking:thema:geb_wk_ter_kleef:thm_schulden', 'dekking:thema:geb_wk_zuiderpolder:thm_schulden']);
  });

  it('7. exactly the 24 stale ties', () => {
    const stale = findings.filter((f) => f.analysis === 'verouderde-banden').flatMap((f) => f.ties).sort();
    expect(stale).toEqual(
      'kent.0400 kent.0409 kent.0412 kent.0418 kent.0454 kent.0456 kent.1910 kent.1911 kent.1936 kent.1946 kent.1961 kent.1962 kent.2090 kent.2097 kent.2100 kent.2109 kent.2993 kent.2996 kent.3142 kent.3517 kent.3524 kent.3528 kent.3566 kent.3567'.split(' '),
    );
  });

  it('8. isolated residents and those reachable through one professional', () => {
    expect(ids('isolatie')).toEqual(
      ['per_esther_tahiri', 'per_gloria_gebremedhin', 'per_joao_van_wijk', 'per_joke_koppen', 'per_kees_smits', 'per_sandra_dogan', 'per_sem_boon'].map((id) => `isolatie:${id}`),
    );
    expect(get('isolatie:per_joke_koppen')).toMatchObject({ nodes: ['per_joke_koppen', 'per_ayse_sedney'], ties: ['kent.4757'] });
  });

  it('9. the introduction in Indische Buurt-Noord and collectiviseren in Ter Kleef', () => {
    expect(ids('kansen', 'laag').filter((id) => id.includes('introductie'))).toEqual(['kansen:introductie:ini_digitaal_spreekuur_indische_buurt:ini_taalcafe_indische_buurt']);
    const collectief = findings.filter((f) => f.id.startsWith('kansen:collectief:'));
    expect(collectief).toHaveLength(1);
    expect(collectief[0].nodes).toEqual(expect.arrayContaining(['per_aster_arslan', 'per_cor_huisman', 'per_marlon_zwart', 'per_saskia_ramdin', 'per_thijs_van_wijk', 'thm_schulden', 'geb_bu_ter_kleef']));
  });

  it('10. the closed card club in Molenwijk-Zuid', () => {
    const closed = findings.filter((f) => f.analysis === 'gesloten-groepen');
    expect(closed).toHaveLength(1);
    expect(closed[0].nodes).toEqual(
      ['ini_kaartclub_de_molen', 'per_aster_dekker', 'per_dmytro_ouwehand', 'per_hatice_demir', 'per_jolanda_kramer', 'per_khadija_meijer', 'per_kiran_tesfay', 'per_merel_bouzid', 'per_mireille_smits', 'per_shanti_sedney', 'per_zeynep_tran'],
    );
  });

  it('Parkwijk sleutelfiguren: Eva Amanten and Murat da Silva lead', () => {
    const items = sleutelfiguren(analysisContext(readDemoNetwork(), { at: TODAY, gebied: 'geb_wk_parkwijk' }), { limit: 5 });
    expect(items.slice(0, 2).map((item) => item.id)).toEqual(['per_eva_amanten', 'per_murat_da_silva']);
  });
});
