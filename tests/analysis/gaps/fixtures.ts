/** Small hand-made networks for the gap analysis tests. */
import type { GraphNode, GraphTie, NetworkData, TieType } from '../../../server/model/index.ts';

export class Builder {
  nodes: GraphNode[] = [];
  ties: GraphTie[] = [];
  private n = 0;

  node(id: string, name: string, extra: Record<string, unknown> = {}): this {
    const kind = ({ per: 'persoon', org: 'organisatie', wt: 'wijkteam', ini: 'initiatief', plk: 'plek', geb: 'gebied', thm: 'thema' } as const)[id.slice(0, id.indexOf('_')) as 'per'];
    this.nodes.push({ id, kind, name, ...extra } as GraphNode);
    return this;
  }

  person(id: string, name: string, roles: string[], woontIn?: string): this {
    this.node(id, name, { roles });
    if (woontIn) this.tie('WOONT_IN', id, woontIn);
    return this;
  }

  tie(type: TieType, from: string, to: string, extra: Partial<GraphTie> = {}): this {
    this.ties.push({ id: `${type.toLowerCase()}.t${++this.n}`, type, from, to, source: 'handmatig', ...extra });
    return this;
  }

  /** Basic gebied tree: stad > stadsdeel > wijken w1, w2 > buurten b1 (in w1), b2 (in w2). */
  areas(): this {
    return this.node('geb_stad', 'Teststad', { level: 'stad' })
      .node('geb_sd', 'Oost', { level: 'stadsdeel', parentId: 'geb_stad' })
      .node('geb_w1', 'Noordwijk', { level: 'wijk', parentId: 'geb_sd' })
      .node('geb_w2', 'Zuidwijk', { level: 'wijk', parentId: 'geb_sd' })
      .node('geb_b1', 'Noordbuurt', { level: 'buurt', parentId: 'geb_w1' })
      .node('geb_b2', 'Zuidbuurt', { level: 'buurt', parentId: 'geb_w2' });
  }

  build(): NetworkData {
    return { nodes: this.nodes, ties: this.ties };
  }
}

/**
 * SWT Noord reaches four initiatives only through Fatima; a loose group around
 * the Schaakclub; a lone initiative; Eva with no ties; Henk only via Olga.
 */
export function fatimaNetwork(): NetworkData {
  const b = new Builder().areas();
  b.node('wt_noord', 'SWT Noord').tie('WERKT_IN', 'wt_noord', 'geb_w1');
  b.node('org_dock', 'DOCK', { type: 'welzijn' }).tie('WERKT_IN', 'org_dock', 'geb_w1');
  b.person('per_piet', 'Piet J.', ['wijkteamlid'], 'geb_b1').tie('LID_VAN', 'per_piet', 'wt_noord');
  b.person('per_fatima', 'Fatima B.', ['wijkteamlid'], 'geb_b1').tie('LID_VAN', 'per_fatima', 'wt_noord').tie('KENT', 'per_piet', 'per_fatima');
  b.person('per_olga', 'Olga K.', ['opbouwwerker'], 'geb_b1').tie('WERKT_BIJ', 'per_olga', 'org_dock').tie('KENT', 'per_olga', 'per_piet');
  const inis = ['ini_bakkie', 'ini_wandel', 'ini_taal', 'ini_moestuin'];
  const names = ['Bakkie in de Buurt', 'Wandelclub', 'Taalcafé', 'Moestuin'];
  inis.forEach((ini, i) => {
    const trekker = `per_t${i}`;
    b.node(ini, names[i]).tie('WERKT_IN', ini, 'geb_b1').tie('ONDERSTEUNT', 'per_fatima', ini);
    b.person(trekker, `Trekker ${i}`, ['bewoner', 'vrijwilliger'], 'geb_b1').tie('TREKKER_VAN', trekker, ini);
  });
  b.tie('KENT', 'per_t0', 'per_t1');
  b.person('per_eva', 'Eva L.', ['bewoner'], 'geb_b1');
  b.person('per_henk', 'Henk V.', ['bewoner'], 'geb_b1').tie('KENT', 'per_henk', 'per_olga');
  b.node('ini_schaak', 'Schaakclub').tie('WERKT_IN', 'ini_schaak', 'geb_w2');
  b.person('per_x', 'Xander', ['bewoner'], 'geb_b2').tie('TREKKER_VAN', 'per_x', 'ini_schaak');
  b.person('per_y', 'Yara', ['bewoner'], 'geb_b2').tie('DEELNEMER_AAN', 'per_y', 'ini_schaak').tie('KENT', 'per_x', 'per_y');
  b.person('per_z', 'Zeynep', ['bewoner'], 'geb_b2').tie('DEELNEMER_AAN', 'per_z', 'ini_schaak');
  b.node('ini_los', 'Losse Leesclub').tie('WERKT_IN', 'ini_los', 'geb_w2');
  return b.build();
}

/** Coverage, dubbeling and kansen: Noordwijk has a complete Driehoek, Zuidwijk does not. */
export function coverageNetwork(): NetworkData {
  const b = new Builder().areas();
  b.node('thm_eenz', 'eenzaamheid', { category: 'thema' }).node('thm_arm', 'armoede', { category: 'thema' });
  b.node('wt_noord', 'SWT Noord').tie('WERKT_IN', 'wt_noord', 'geb_w1');
  b.node('wt_oost', 'SWT Oost').tie('WERKT_IN', 'wt_oost', 'geb_sd');
  b.person('per_gv', 'Gea V.', ['gebiedsverbinder']).tie('ACTIEF_IN', 'per_gv', 'geb_w1');
  b.person('per_gv2', 'Gijs W.', ['gebiedsverbinder']).tie('ACTIEF_IN', 'per_gv2', 'geb_w2');
  b.person('per_olga', 'Olga K.', ['opbouwwerker']).tie('ACTIEF_IN', 'per_olga', 'geb_w1');
  b.person('per_s', 'Saskia', ['bewoner', 'sleutelfiguur'], 'geb_b1');
  b.node('org_hum', 'Humanitas', { type: 'vrijwilligersorganisatie' }).tie('RICHT_ZICH_OP', 'org_hum', 'thm_eenz').tie('WERKT_IN', 'org_hum', 'geb_w1');
  b.node('org_leger', 'Leger des Heils', { type: 'vrijwilligersorganisatie' }).tie('RICHT_ZICH_OP', 'org_leger', 'thm_eenz').tie('WERKT_IN', 'org_leger', 'geb_w1');
  b.node('org_kbo', 'KBO', { type: 'vrijwilligersorganisatie' }).tie('RICHT_ZICH_OP', 'org_kbo', 'thm_eenz').tie('WERKT_IN', 'org_kbo', 'geb_w1');
  b.tie('WERKT_SAMEN_MET', 'org_hum', 'org_kbo');
  b.node('plk_horizon', 'De Horizon', { type: 'buurtcentrum' }).tie('LIGT_IN', 'plk_horizon', 'geb_b1');
  b.node('ini_bakkie', 'Bakkie in de Buurt').tie('RICHT_ZICH_OP', 'ini_bakkie', 'thm_eenz').tie('VINDT_PLAATS_IN', 'ini_bakkie', 'plk_horizon');
  b.node('ini_koffie', 'Koffieochtend').tie('RICHT_ZICH_OP', 'ini_koffie', 'thm_eenz').tie('WERKT_IN', 'ini_koffie', 'geb_b1');
  b.person('per_k', 'Kees', ['bewoner'], 'geb_b1').tie('TREKKER_VAN', 'per_k', 'ini_koffie');
  b.tie('ONDERSTEUNT', 'org_hum', 'ini_bakkie');
  b.node('org_schuld', 'Schuldhulp', { type: 'gemeente' }).tie('RICHT_ZICH_OP', 'org_schuld', 'thm_arm').tie('WERKT_IN', 'org_schuld', 'geb_w2');
  b.node('ini_geld', 'Weg met geldstress').tie('RICHT_ZICH_OP', 'ini_geld', 'thm_arm').tie('WERKT_IN', 'ini_geld', 'geb_b2');
  b.person('per_r1', 'R1', ['bewoner'], 'geb_b2').tie('DEELNEMER_AAN', 'per_r1', 'ini_geld');
  // Two more residents of Zuidbuurt take part in armoede activities that are not placed in a wijk.
  b.node('ini_geld2', 'Geldcafé').tie('RICHT_ZICH_OP', 'ini_geld2', 'thm_arm');
  b.node('ini_geld3', 'Budgetmaatjes').tie('RICHT_ZICH_OP', 'ini_geld3', 'thm_arm');
  b.person('per_r2', 'R2', ['bewoner'], 'geb_b2').tie('DEELNEMER_AAN', 'per_r2', 'ini_geld2');
  b.person('per_r3', 'R3', ['bewoner'], 'geb_b2').tie('DEELNEMER_AAN', 'per_r3', 'ini_geld3');
  // Three who volunteer at Schuldhulp: giving, not a need.
  for (let i = 4; i <= 6; i++) b.person(`per_r${i}`, `R${i}`, ['bewoner', 'vrijwilliger'], 'geb_b2').tie('VRIJWILLIGER_BIJ', `per_r${i}`, 'org_schuld');
  return b.build();
}

/** Overload, a closed group and stale ties. */
export function loadNetwork(): NetworkData {
  const b = new Builder().areas();
  b.person('per_busy', 'Bea Druk', ['bewoner', 'vrijwilliger', 'sleutelfiguur', 'mantelzorger'], 'geb_b1');
  for (let i = 0; i < 10; i++) b.person(`per_v${i}`, `Vrijwilliger ${i}`, ['bewoner', 'vrijwilliger'], 'geb_b1');
  for (let i = 0; i < 10; i++) b.tie('KENT', `per_v${i}`, `per_v${(i + 1) % 10}`);
  for (let i = 0; i < 16; i++) b.person(`per_c${i}`, `Contact ${i}`, ['bewoner'], 'geb_b1').tie('KENT', 'per_busy', `per_c${i}`).tie('KENT', `per_c${i}`, `per_v${i % 10}`);
  for (let i = 0; i < 4; i++) b.node(`ini_${i}`, `Initiatief ${i}`).tie('TREKKER_VAN', 'per_busy', `ini_${i}`).tie('WERKT_IN', `ini_${i}`, 'geb_b1');
  // A tight group of six in Zuidwijk with one tie to the rest.
  const club = ['per_g0', 'per_g1', 'per_g2', 'per_g3', 'per_g4', 'per_g5'];
  club.forEach((id, i) => b.person(id, `Lid ${i}`, ['bewoner'], 'geb_b2'));
  for (let i = 0; i < club.length; i++) for (let j = i + 1; j < club.length; j++) b.tie('KENT', club[i], club[j], { lastContact: '2025-05-01' });
  b.tie('KENT', 'per_g0', 'per_v0', { lastContact: '2023-01-15' });
  b.tie('KENT', 'per_v1', 'per_v5', { lastContact: '2025-01-15' });
  return b.build();
}
