/**
 * The committed demo network and its planted holes (data/demo/README.md), as
 * a new user gets it: loaded today, and loaded a year from today (the load
 * moves every date, so the same holes hold).
 */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_TIES, PROFESSIONAL_ROLES, allowedPair, kindOfNodeId, typeOfTieId, type GraphTie, type NetworkData, type TieType } from '../../server/model/index.ts';
import { dayOf, daysBetween, periodBounds, periodOf, shiftDays } from '../../server/model/period.ts';
import { DEMO_START, DEMO_TODAY } from '../../data/demo/build/calendar.ts';
import { checkNetwork } from '../../data/demo/build/check-network.ts';
import { buildDemoNetwork } from '../../data/demo/build/demo-network.ts';
import { readDemoHoles, readDemoNetwork, type DemoHoles } from '../../server/services/demo/load-demo.ts';
import { renderDemoReadme } from '../../data/demo/build/readme.ts';
import { CLOCKS, clockMovedBy } from '../helpers/clock.ts';

const raw = (file: string) => JSON.parse(readFileSync(new URL(`../../data/demo/${file}`, import.meta.url), 'utf8'));

describe.each(CLOCKS)('the demo loaded $label', ({ days }) => {
  clockMovedBy(days);
  let data: NetworkData;
  let holes: DemoHoles;
  let node: Map<string, NetworkData['nodes'][number]>;
  /** A day of the files, as loaded. */
  let loaded: (date: string) => string;
  let DAY: string;
  const children = new Map<string, string[]>();
  let wijken: string[];

  beforeAll(() => {
    data = readDemoNetwork();
    holes = readDemoHoles();
    node = new Map(data.nodes.map((n) => [n.id, n] as const));
    loaded = (date: string) => shiftDays(date, daysBetween(DEMO_TODAY, holes.today));
    DAY = holes.today;
    for (const n of data.nodes) if (typeof n.parentId === 'string') children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
    wijken = data.nodes.filter((n) => n.kind === 'gebied' && n.level === 'wijk').map((n) => n.id);
  });

  const activeOn = (x: { startDate?: unknown; endDate?: unknown }, day: string) =>
    (typeof x.startDate !== 'string' || x.startDate <= day) && (typeof x.endDate !== 'string' || x.endDate >= day);
  const today = (x: { startDate?: unknown; endDate?: unknown }) => activeOn(x, DAY);
  const roles = (id: string) => (node.get(id)?.roles as string[] | undefined) ?? [];
  const isPro = (id: string) => roles(id).some((r) => (PROFESSIONAL_ROLES as readonly string[]).includes(r));
  const isSocial = (t: GraphTie) => !CONTEXT_TIES.includes(t.type);
  const tiesOf = (id: string, pred: (t: GraphTie) => boolean = () => true) => data.ties.filter((t) => (t.from === id || t.to === id) && pred(t));
  const other = (t: GraphTie, id: string) => (t.from === id ? t.to : t.from);
  const tied = (a: string, b: string) => data.ties.some((t) => (t.from === a && t.to === b) || (t.from === b && t.to === a));

  const buurtenOf = (wijk: string) => children.get(wijk) ?? [];
  const wijkOfBuurt = (buurt: string) => node.get(buurt)!.parentId as string;
  const residentsOf = (wijk: string) => {
    const bs = new Set(buurtenOf(wijk));
    return data.ties.filter((t) => t.type === 'WOONT_IN' && bs.has(t.to) && today(t) && today(node.get(t.from)!)).map((t) => t.from);
  };
  const activeIn = (wijk: string, role: string) =>
    data.ties.filter((t) => t.type === 'ACTIEF_IN' && t.to === wijk && today(t) && today(node.get(t.from)!) && roles(t.from).includes(role)).map((t) => t.from);
  const themesOf = (id: string) => new Set(data.ties.filter((t) => t.type === 'RICHT_ZICH_OP' && t.from === id && today(t)).map((t) => t.to));
  const offerThemes = (wijk: string) => {
    const out = new Set<string>();
    const bs = new Set(buurtenOf(wijk));
    for (const t of data.ties) {
      if (t.type !== 'WERKT_IN' || !today(t) || !today(node.get(t.from)!)) continue;
      const kind = kindOfNodeId(t.from);
      if ((kind === 'organisatie' && t.to === wijk) || (kind === 'initiatief' && bs.has(t.to))) for (const th of themesOf(t.from)) out.add(th);
    }
    return out;
  };
  const PERSON_INI: TieType[] = ['TREKKER_VAN', 'DEELNEMER_AAN', 'VRIJWILLIGER_BIJ', 'ONDERSTEUNT'];
  const peopleOf = (ini: string, day = DAY) =>
    new Set(data.ties.filter((t) => t.to === ini && PERSON_INI.includes(t.type) && kindOfNodeId(t.from) === 'persoon' && activeOn(t, day)).map((t) => t.from));

  /** Team–initiative graph: wijkteams, persons, initiatives; membership, referral and initiative ties (no KENT, no organisations). */
  function teamGraph(day: string, without?: string): Graph {
    const g = new Graph({ type: 'undirected', multi: true });
    for (const t of data.ties) {
      if (!activeOn(t, day) || t.from === without || t.to === without) continue;
      const ok =
        t.type === 'LID_VAN' ||
        (t.type === 'VERWIJST_NAAR' && kindOfNodeId(t.to) === 'initiatief') ||
        (PERSON_INI.includes(t.type) && kindOfNodeId(t.from) === 'persoon' && kindOfNodeId(t.to) === 'initiatief');
      if (!ok) continue;
      g.mergeNode(t.from);
      g.mergeNode(t.to);
      g.addEdge(t.from, t.to);
    }
    return g;
  }
  function reachesInitiative(g: Graph, start: string): boolean {
    if (!g.hasNode(start)) return false;
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      const cur = queue.shift()!;
      if (kindOfNodeId(cur) === 'initiatief') return true;
      for (const nb of g.neighbors(cur)) if (!seen.has(nb)) (seen.add(nb), queue.push(nb));
    }
    return false;
  }

  describe('demo network: validity', () => {
    it('validates against the model (schemas, ids, endpoints, dates)', () => {
      expect(checkNetwork(data)).toEqual([]);
      for (const n of data.nodes) expect(kindOfNodeId(n.id)).toBe(n.kind);
      for (const t of data.ties) {
        expect(typeOfTieId(t.id)).toBe(t.type);
        expect(allowedPair(t.type, node.get(t.from)!.kind, node.get(t.to)!.kind)).toBe(true);
      }
    });

    it('has unique ids', () => {
      expect(new Set(data.nodes.map((n) => n.id)).size).toBe(data.nodes.length);
      expect(new Set(data.ties.map((t) => t.id)).size).toBe(data.ties.length);
    });

    it('is of realistic size', () => {
      expect(data.nodes.length).toBeGreaterThanOrEqual(1500);
      expect(data.nodes.length).toBeLessThanOrEqual(3000);
      expect(data.ties.length).toBeGreaterThanOrEqual(5000);
      expect(data.ties.filter((t) => t.type === 'KENT').length).toBeGreaterThan(3000);
    });

    it('keeps all dates inside the two-year history', () => {
      for (const x of [...data.nodes, ...data.ties] as Record<string, unknown>[]) {
        for (const f of ['startDate', 'endDate', 'lastContact', 'consentDate']) {
          const v = x[f];
          if (typeof v === 'string') expect(v >= loaded(DEMO_START) && v < DAY, `${String(x.id)}.${f} = ${v}`).toBe(true);
        }
      }
      expect(data.ties.filter((t) => t.endDate).length).toBeGreaterThan(50);
      expect(data.ties.filter((t) => t.startDate! > loaded('2025-06-01')).length).toBeGreaterThan(500);
    });

    it('carries provenance and consent on personal ties', () => {
      for (const t of data.ties) {
        expect(t.recordedBy).toBeTruthy();
        expect(t.recordedAt).toBeTruthy();
        if (node.get(t.from)!.kind === 'persoon') expect(t.consentBasis).toBeDefined();
        if (t.type === 'KENT') expect(t.strength).toBeGreaterThanOrEqual(1);
        if (t.type === 'VERWIJST_NAAR') expect(t.period).toMatch(/^\d{4}-Q[1-4]$/);
      }
      const persons = data.nodes.filter((n) => n.kind === 'persoon');
      const geen = persons.filter((p) => p.consentBasis === 'geen').length;
      expect(geen).toBeGreaterThan(0);
      expect(geen).toBeLessThan(persons.length * 0.1);
    });

    it('has Haarlem geography: stad > 5 stadsdelen > wijken > buurten', () => {
      const stad = data.nodes.filter((n) => n.kind === 'gebied' && n.level === 'stad');
      expect(stad.map((n) => n.code)).toEqual(['GM0392']);
      expect(children.get(stad[0].id)!.length).toBe(5);
      expect(wijken.length).toBeGreaterThanOrEqual(20);
      for (const w of wijken) {
        expect(node.get(w)!.code).toMatch(/^WK0392\d\d$/);
        expect(buurtenOf(w).length).toBeGreaterThanOrEqual(2);
        for (const b of buurtenOf(w)) expect(node.get(b)!.code).toMatch(/^BU0392\d{4}$/);
      }
    });

    it('is the output of the seeded builder (deterministic, committed)', () => {
      const built = buildDemoNetwork();
      expect(built.data.nodes).toEqual(raw('nodes.json'));
      expect(built.data.ties).toEqual(raw('ties.json'));
      expect(built.holes).toEqual(raw('holes.json'));
      expect(renderDemoReadme(built.data, built.holes)).toBe(readFileSync(new URL('../../data/demo/README.md', import.meta.url), 'utf8'));
    });

    it('is the demo of the files with every date moved to the day it is loaded', () => {
      const shift = daysBetween(DEMO_TODAY, dayOf());
      expect(holes.today).toBe(dayOf());
      expect(holes.staleBefore).toBe(shiftDays(raw('holes.json').staleBefore, shift));
      expect(holes.departure.date).toBe(shiftDays(raw('holes.json').departure.date, shift));
      const files = { nodes: raw('nodes.json') as Record<string, unknown>[], ties: raw('ties.json') as Record<string, unknown>[] };
      const moved = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? shiftDays(value, shift) : value);
      data.nodes.forEach((n, i) => {
        const file = files.nodes[i]!;
        expect(n.id).toBe(file.id);
        for (const field of ['startDate', 'endDate', 'consentDate']) expect(n[field], `${n.id}.${field}`).toBe(moved(file[field]));
      });
      data.ties.forEach((t, i) => {
        const file = files.ties[i]!;
        for (const field of ['startDate', 'endDate', 'lastContact'] as const) expect(t[field], `${t.id}.${field}`).toBe(moved(file[field]));
        expect(Date.parse(t.recordedAt!) - Date.parse(file.recordedAt as string)).toBe(shift * 86_400_000);
        if (t.period) expect(t.period, t.id).toBe(periodOf(shiftDays(periodBounds(file.period as string).first, shift), 'quarter'));
      });
    });
  });

  describe('demo network: planted holes', () => {
    it('0. Parkwijk is healthy', () => {
      const h = holes.healthy;
      expect(activeIn(h.wijk, 'opbouwwerker').sort()).toEqual(h.opbouwwerkers);
      expect(h.opbouwwerkers.length).toBeGreaterThanOrEqual(2);
      expect(activeIn(h.wijk, 'gebiedsverbinder').sort()).toEqual(h.gebiedsverbinders);
      expect(data.ties.some((t) => t.type === 'WERKT_IN' && t.from === h.wijkteam && t.to === h.wijk)).toBe(true);
      const residents = residentsOf(h.wijk);
      for (const s of h.sleutelfiguren) expect(residents).toContain(s);
      const themes = data.nodes.filter((n) => n.kind === 'thema').map((n) => n.id);
      expect([...offerThemes(h.wijk)].sort()).toEqual(themes.sort());
      for (const r of residents) expect(tiesOf(r, (t) => isSocial(t) && today(t)).length).toBeGreaterThanOrEqual(2);
      const rs = new Set(residents);
      expect(holes.staleTies.filter((id) => data.ties.some((t) => t.id === id && (rs.has(t.from) || rs.has(t.to))))).toEqual([]);
      // the team's link to initiatives survives the loss of any one person
      const g = teamGraph(DAY);
      expect(reachesInitiative(g, h.wijkteam)).toBe(true);
      for (const m of h.linkingMembers) expect(reachesInitiative(teamGraph(DAY, m), h.wijkteam)).toBe(true);
      expect(h.linkingMembers.length).toBeGreaterThanOrEqual(2);
    });

    it('1. Spaarndammerwijk has no opbouwwerker; Zuiderpolder no sleutelfiguur', () => {
      const h = holes.noOpbouwwerker;
      expect(activeIn(h.wijk, 'opbouwwerker')).toEqual([]);
      expect(activeIn(h.wijk, 'gebiedsverbinder')).toEqual(h.gebiedsverbinders);
      expect(data.ties.some((t) => t.type === 'WERKT_IN' && t.from === h.wijkteam && t.to === h.wijk)).toBe(true);
      for (const w of wijken) {
        if (w !== h.wijk) expect(activeIn(w, 'opbouwwerker').length, w).toBeGreaterThan(0);
        expect(activeIn(w, 'gebiedsverbinder').length, w).toBeGreaterThan(0);
        const sleutel = residentsOf(w).filter((p) => roles(p).includes('sleutelfiguur'));
        if (w === holes.noSleutelfiguur.wijk) expect(sleutel).toEqual([]);
        else expect(sleutel.length, w).toBeGreaterThan(0);
      }
    });

    it('2. SWT Noord-Noord reaches the initiatives only through Ilse', () => {
      const h = holes.singlePersonLink;
      expect(node.get(h.person)!.name).toBe('Ilse Verhoeven');
      expect(roles(h.person)).toContain('wijkteamlid');
      const members = data.ties.filter((t) => t.type === 'LID_VAN' && t.to === h.wijkteam && today(t)).map((t) => t.from);
      expect(members.sort()).toEqual([h.person, ...h.otherMembers].sort());
      for (const m of h.otherMembers) expect(tiesOf(m, (t) => kindOfNodeId(other(t, m)) === 'initiatief')).toEqual([]);
      expect(data.ties.filter((t) => t.type === 'VERWIJST_NAAR' && t.from === h.wijkteam && kindOfNodeId(t.to) === 'initiatief')).toEqual([]);
      expect(tiesOf(h.person, (t) => t.type === 'ONDERSTEUNT' && today(t)).map((t) => t.to).sort()).toEqual(h.initiatives);
      expect(reachesInitiative(teamGraph(DAY), h.wijkteam)).toBe(true);
      expect(reachesInitiative(teamGraph(DAY, h.person), h.wijkteam)).toBe(false);
      // the other teams (except Oost 1, see the departure) do not hang on one person
      const teams = data.nodes.filter((n) => n.kind === 'wijkteam').map((n) => n.id);
      const fragile = teams.filter((team) => {
        const g = teamGraph(DAY);
        if (!reachesInitiative(g, team)) return true;
        const ms = data.ties.filter((t) => t.type === 'LID_VAN' && t.to === team && today(t)).map((t) => t.from);
        return ms.some((m) => !reachesInitiative(teamGraph(DAY, m), team));
      });
      expect(fragile.sort()).toEqual([h.wijkteam, holes.departure.wijkteam].sort());
    });

    it('2b. Marloes left SWT Oost 1 and the link broke', () => {
      const h = holes.departure;
      expect(node.get(h.person)!.endDate).toBe(h.date);
      const mine = tiesOf(h.person);
      expect(mine.map((t) => t.id).sort()).toEqual(h.endedTies);
      for (const t of mine) expect(t.endDate! <= h.date).toBe(true);
      expect(mine.some((t) => t.type === 'LID_VAN' && t.to === h.wijkteam)).toBe(true);
      expect(mine.some((t) => t.type === 'WERKT_BIJ')).toBe(true);
      const before = loaded('2026-01-15');
      expect(reachesInitiative(teamGraph(before), h.wijkteam)).toBe(true);
      expect(reachesInitiative(teamGraph(before, h.person), h.wijkteam)).toBe(false);
      expect(reachesInitiative(teamGraph(DAY), h.wijkteam)).toBe(false);
      expect(data.ties.some((t) => t.type === 'LID_VAN' && t.from === h.successor && t.to === h.wijkteam && today(t))).toBe(true);
    });

    it('3. Humanitas and Leger des Heils duplicate schulden in Schalkwijk-Midden, and no other pair does', () => {
      const h = holes.duplication;
      const orgs = data.nodes.filter((n) => n.kind === 'organisatie').map((n) => n.id);
      const wijkenOf = (o: string) => new Set(data.ties.filter((t) => t.type === 'WERKT_IN' && t.from === o).map((t) => t.to));
      for (const o of h.organisations) {
        expect(wijkenOf(o).has(h.wijk)).toBe(true);
        expect(themesOf(o).has(h.theme)).toBe(true);
      }
      expect(tied(h.organisations[0], h.organisations[1])).toBe(false);
      const untied: string[] = [];
      for (let i = 0; i < orgs.length; i++)
        for (let j = i + 1; j < orgs.length; j++) {
          const [a, b] = [orgs[i], orgs[j]];
          const wb = wijkenOf(b);
          const tb = themesOf(b);
          if ([...wijkenOf(a)].some((w) => wb.has(w)) && [...themesOf(a)].some((t) => tb.has(t)) && !tied(a, b)) untied.push(`${a}|${b}`);
        }
      expect(untied).toEqual([[...h.organisations].sort().join('|')]);
    });

    it('4. an isolated cluster of initiatives in Europawijk-Zuid', () => {
      const h = holes.isolatedCluster;
      const g = new Graph({ type: 'undirected', multi: true });
      for (const t of data.ties) if (isSocial(t) && today(t)) (g.mergeNode(t.from), g.mergeNode(t.to), g.addEdge(t.from, t.to));
      const seen = new Set([h.initiatives[0]]);
      const queue = [h.initiatives[0]];
      while (queue.length) for (const nb of g.neighbors(queue.shift()!)) if (!seen.has(nb)) (seen.add(nb), queue.push(nb));
      expect([...seen].sort()).toEqual([...h.initiatives, ...h.persons].sort());
      for (const p of h.persons) expect(isPro(p)).toBe(false);
      for (const i of h.initiatives) expect(data.ties.some((t) => t.type === 'WERKT_IN' && t.from === i && t.to === h.buurt)).toBe(true);
    });

    it('5. overloaded volunteers and a lonely opbouwwerker', () => {
      const degree = (id: string) => tiesOf(id, (t) => isSocial(t) && today(t)).length;
      const residents = wijken.flatMap(residentsOf).filter((p) => !isPro(p));
      const sorted = residents.map(degree).sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)];
      for (const p of holes.overloadedVolunteers.persons) {
        expect(roles(p)).toEqual(expect.arrayContaining(['bewoner', 'sleutelfiguur', 'vrijwilliger', 'mantelzorger']));
        expect(degree(p)).toBeGreaterThan(8 * median);
        expect(tiesOf(p, (t) => t.type === 'TREKKER_VAN').length).toBeGreaterThanOrEqual(3);
      }
      const h = holes.lonelyOpbouwwerker;
      expect(activeIn(h.wijk, 'opbouwwerker')).toEqual([h.person]);
      const others = data.nodes.filter((n) => n.kind === 'persoon' && roles(n.id).includes('opbouwwerker') && n.id !== h.person);
      for (const o of others) expect(degree(h.person)).toBeGreaterThan(2 * degree(o.id));
      for (const i of h.initiatives) expect(tied(h.person, i)).toBe(true);
    });

    it('6. no schulden offer in Ter Kleef and Zuiderpolder, and everywhere else one', () => {
      const h = holes.themeGap;
      for (const w of wijken) expect(offerThemes(w).has(h.theme), w).toBe(!h.wijken.includes(w));
    });

    it('7. exactly the documented ties are stale', () => {
      const stale = data.ties.filter((t) => t.lastContact && t.lastContact < holes.staleBefore).map((t) => t.id);
      expect(stale.sort()).toEqual([...holes.staleTies].sort());
      expect(stale.length).toBeGreaterThanOrEqual(10);
      for (const id of stale) expect(today(data.ties.find((t) => t.id === id)!)).toBe(true);
    });

    it('8. isolated residents, and nobody else', () => {
      const h = holes.isolatedResidents;
      for (const p of h.noTies) {
        expect(tiesOf(p, isSocial)).toEqual([]);
        expect(tiesOf(p, (t) => t.type === 'WOONT_IN').length).toBe(1);
      }
      for (const x of h.onlyOneProfessional) {
        const ts = tiesOf(x.person, isSocial);
        expect(ts.map((t) => t.id)).toEqual([x.tie]);
        expect(other(ts[0], x.person)).toBe(x.professional);
        expect(isPro(x.professional)).toBe(true);
      }
      const planted = new Set([...h.noTies, ...h.onlyOneProfessional.map((x) => x.person)]);
      const lonely = wijken
        .flatMap(residentsOf)
        .filter((p) => !isPro(p) && !planted.has(p))
        .filter((p) => tiesOf(p, (t) => isSocial(t) && today(t)).length < 2);
      expect(lonely).toEqual([]);
    });

    it('9. an introduction chance, and a collectiviseren chance', () => {
      const h = holes.introduction;
      const [a, b] = h.initiatives;
      for (const i of [a, b]) {
        expect(data.ties.some((t) => t.type === 'WERKT_IN' && t.from === i && t.to === h.buurt)).toBe(true);
        expect(themesOf(i).has(h.theme)).toBe(true);
      }
      const pa = peopleOf(a);
      expect([...peopleOf(b)].filter((p) => pa.has(p))).toEqual([]);
      const trekkers = (i: string) => data.ties.filter((t) => t.type === 'TREKKER_VAN' && t.to === i).map((t) => t.from);
      for (const x of trekkers(a)) for (const y of trekkers(b)) expect(tied(x, y)).toBe(false);
      // every other pair of active initiatives sharing a buurt and a theme shares a person
      const inis = data.nodes.filter((n) => n.kind === 'initiatief' && today(n)).map((n) => n.id);
      const buurtOf = new Map(data.ties.filter((t) => t.type === 'WERKT_IN' && kindOfNodeId(t.from) === 'initiatief').map((t) => [t.from, t.to] as const));
      const strangers: string[] = [];
      for (let i = 0; i < inis.length; i++)
        for (let j = i + 1; j < inis.length; j++) {
          const [x, y] = [inis[i], inis[j]];
          if (buurtOf.get(x) !== buurtOf.get(y)) continue;
          const tx = themesOf(x);
          if (![...themesOf(y)].some((t) => tx.has(t))) continue;
          const px = peopleOf(x);
          if (![...peopleOf(y)].some((p) => px.has(p))) strangers.push([x, y].sort().join('|'));
        }
      expect(strangers).toEqual([[a, b].sort().join('|')]);

      const c = holes.collectiviseren;
      const seenInis = new Set<string>();
      for (const p of c.persons) {
        expect(data.ties.some((t) => t.type === 'WOONT_IN' && t.from === p && t.to === c.buurt)).toBe(true);
        const inis = tiesOf(p, (t) => kindOfNodeId(t.to) === 'initiatief').map((t) => t.to);
        expect(inis.length).toBe(1);
        expect(themesOf(inis[0]).has(c.theme)).toBe(true);
        expect(buurtOf.get(inis[0])).not.toBe(c.buurt);
        expect(seenInis.has(inis[0])).toBe(false);
        seenInis.add(inis[0]);
        for (const q of c.persons) if (q !== p) expect(tied(p, q)).toBe(false);
      }
      expect([...seenInis].sort()).toEqual(c.initiatives);
      expect(offerThemes(wijkOfBuurt(c.buurt)).has(c.theme)).toBe(false);
    });

    it('10. a tight, closed group around Kaartclub De Molen', () => {
      const h = holes.closedGroup;
      const members = new Set(h.persons);
      for (const p of h.persons) for (const q of h.persons) if (p < q) expect(data.ties.some((t) => t.type === 'KENT' && ((t.from === p && t.to === q) || (t.from === q && t.to === p)))).toBe(true);
      const outside = data.ties.filter((t) => isSocial(t) && (members.has(t.from) !== members.has(t.to)) && (members.has(t.from) || members.has(t.to)) && t.to !== h.initiative);
      expect(outside.map((t) => t.id).sort()).toEqual([...h.outsideTies].sort());
      expect([...peopleOf(h.initiative)].sort()).toEqual([...h.persons].sort());
      expect(data.ties.filter((t) => t.to === h.initiative && kindOfNodeId(t.from) !== 'persoon')).toEqual([]);
    });
  });
});
