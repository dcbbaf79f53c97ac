/**
 * Kansen (missed chances), as suggestions rather than problems:
 *
 * - Introductions: two initiatives that share a thema and an area (a buurt;
 *   the wijk when one of them is only placed at wijk level) but are more than
 *   `minDistance` (2) steps apart in the social graph: with the default, no
 *   person or organisation is tied to both, said so in words. Ranked by usefulness:
 *   not connected at all first, then more shared themes, then the larger
 *   combined reach (degree). At most `maxIntroductions`. Severity middel when
 *   they are not connected at all, else laag. A shared concrete thema weighs
 *   twice a shared doel in the ranking.
 * - Collectiviseren: residents of one buurt who each express the same need,
 *   without sharing an activity on it with another of them. A need is read
 *   only from a tie that expresses one (`NEED_TIES`): taking part in an
 *   initiative on the thema. Volunteering, leading an initiative or working
 *   somewhere is giving, not needing: three residents who volunteer at a
 *   zorgcentrum share no need. Reported when at least
 *   `minResidents` (3) such residents exist; ranked by their number, at most
 *   `maxCollectief`; the same residents on several themes make one
 *   suggestion. Severity laag (middel from 2 × minResidents). The
 *   explanation gives counts, never names: the link between a resident and a
 *   thema is sensitive.
 */
import type { Finding, TieType } from '../../model/index.ts';
import { byRank, isResident, nameOf, type Projection, type SocialGraph } from '../projection.ts';
import { type AnalysisContext, count, finding, listNl, names, subjectKey } from './context.ts';

export interface KansenOptions {
  minDistance: number;
  maxIntroductions: number;
  minResidents: number;
  maxCollectief: number;
}

/** Ties from a resident that express a need for what the other end offers. */
export const NEED_TIES: readonly TieType[] = ['DEELNEMER_AAN'];

export const KANSEN_DEFAULTS: KansenOptions = { minDistance: 2, maxIntroductions: 10, minResidents: 3, maxCollectief: 10 };

/** Nodes within `depth` steps of `start`. */
function ball(graph: SocialGraph, start: string, depth: number): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const v of frontier) graph.forEachNeighbor(v, (w) => void (!seen.has(w) && (seen.add(w), next.push(w))));
    frontier = next;
  }
  return seen;
}

function placeOf(projection: Projection, id: string): { buurten: string[]; wijken: string[] } {
  const attributes = projection.graph.getNodeAttributes(id);
  return { buurten: attributes.buurten, wijken: attributes.wijken };
}

function sharedArea(projection: Projection, a: string, b: string): string | undefined {
  const pa = placeOf(projection, a);
  const pb = placeOf(projection, b);
  const buurt = pa.buurten.find((x) => pb.buurten.includes(x));
  if (buurt) return buurt;
  if (pa.buurten.length && pb.buurten.length) return undefined;
  return pa.wijken.find((x) => pb.wijken.includes(x));
}

/**
 * The pairs [i, j] (i < j) of `ids` that `sharedArea` can give an area:
 * those in one buurt, and those in one wijk when one of the two has no
 * buurt. Found through the areas, not by trying every pair.
 */
function pairsSharingArea(projection: Projection, ids: readonly string[]): [number, number][] {
  const byBuurt = new Map<string, number[]>();
  const byWijk = new Map<string, number[]>();
  const withoutBuurt = new Set<number>();
  ids.forEach((id, i) => {
    const { buurten, wijken } = placeOf(projection, id);
    for (const buurt of buurten) byBuurt.get(buurt)?.push(i) ?? byBuurt.set(buurt, [i]);
    for (const wijk of wijken) byWijk.get(wijk)?.push(i) ?? byWijk.set(wijk, [i]);
    if (!buurten.length) withoutBuurt.add(i);
  });
  const pairs = new Map<number, [number, number]>();
  const add = (i: number, j: number) => {
    const [lo, hi] = i < j ? [i, j] : [j, i];
    pairs.set(lo * ids.length + hi, [lo, hi]);
  };
  for (const group of byBuurt.values()) for (let x = 0; x < group.length; x++) for (let y = x + 1; y < group.length; y++) add(group[x]!, group[y]!);
  for (const group of byWijk.values()) for (const i of group) if (withoutBuurt.has(i)) for (const j of group) if (j !== i) add(i, j);
  return [...pairs.values()];
}

export function kansen(ctx: AnalysisContext, options: Partial<KansenOptions> = {}): Finding[] {
  const o = { ...KANSEN_DEFAULTS, ...options };
  const { projection } = ctx;
  const graph = projection.graph;
  const component = new Map(ctx.structure().all.nodes.map((n) => [n.id, n.component]));
  const themeName = (id: string) => nameOf(projection, id);
  const rank = byRank(projection);

  // Introductions between initiatives.
  const initiatives = graph.filterNodes((id, a) => a.kind === 'initiatief' && (projection.themesOf.get(id)?.length ?? 0) > 0).sort(rank);
  const candidates: { a: string; b: string; area: string; themes: string[]; weight: number; apart: boolean; reach: number }[] = [];
  const balls = new Map<string, Set<string>>();
  for (const [i, j] of pairsSharingArea(projection, initiatives)) {
    const [a, b] = [initiatives[i]!, initiatives[j]!];
    const themes = projection.themesOf.get(a)!.filter((t) => projection.themesOf.get(b)!.includes(t));
    if (!themes.length) continue;
    const area = sharedArea(projection, a, b);
    if (!area) continue;
    if (!balls.has(a)) balls.set(a, ball(graph, a, o.minDistance));
    if (balls.get(a)!.has(b)) continue;
    const weight = themes.reduce((sum, t) => sum + (projection.nodes.get(t)?.category === 'doel' ? 1 : 2), 0);
    candidates.push({ a, b, area, themes, weight, apart: component.get(a) !== component.get(b), reach: graph.degree(a) + graph.degree(b) });
  }
  candidates.sort((x, y) => Number(y.apart) - Number(x.apart) || y.weight - x.weight || y.reach - x.reach || rank(x.a, y.a) || rank(x.b, y.b));
  const findings: Finding[] = [];
  const trekkers = (id: string) => graph.filterNeighbors(id, (n) => graph.getEdgeAttribute(id, n, 'types').includes('TREKKER_VAN'));
  for (const c of candidates.slice(0, o.maxIntroductions)) {
    const [ta, tb] = [trekkers(c.a), trekkers(c.b)];
    const who = (id: string, t: string[]) => `${nameOf(projection, id)}${t.length ? ` (${names(projection, t, 2)})` : ''}`;
    findings.push(
      finding(
        'kansen',
        `introductie:${subjectKey([c.a, c.b])}`,
        c.apart ? 'middel' : 'laag',
        `Voorstellen: ${nameOf(projection, c.a)} en ${nameOf(projection, c.b)}`,
        `Stel ${who(c.a, ta)} en ${who(c.b, tb)} aan elkaar voor: beide werken aan ${listNl(c.themes.map(themeName), 3)} in ${nameOf(projection, c.area)}, maar ${c.apart ? 'ze zijn in het netwerk op geen enkele manier verbonden' : o.minDistance === 2 ? 'niemand is bij allebei betrokken' : 'ze liggen in het netwerk ver uit elkaar'}.`,
        [c.a, c.b, ...ta, ...tb],
        [],
        projection.areas.wijkOf(c.area),
      ),
    );
  }

  // Collectiviseren.
  const groups = new Map<string, { buurt: string; theme: string; residents: Set<string>; via: Set<string> }>();
  graph.forEachNode((id, attributes) => {
    if (!isResident(attributes) || !attributes.buurten.length) return;
    graph.forEachNeighbor(id, (n, na) => {
      if (na.kind !== 'organisatie' && na.kind !== 'initiatief') return;
      if (!graph.getEdgeAttribute(id, n, 'types').some((type) => NEED_TIES.includes(type))) return;
      for (const theme of projection.themesOf.get(n) ?? []) {
        for (const buurt of attributes.buurten) {
          const key = `${buurt}|${theme}`;
          const group = groups.get(key) ?? { buurt, theme, residents: new Set<string>(), via: new Set<string>() };
          group.residents.add(id);
          group.via.add(n);
          groups.set(key, group);
        }
      }
    });
  });
  const merged = new Map<string, { buurt: string; themes: string[]; alone: string[]; via: Set<string> }>();
  for (const group of groups.values()) {
    const alone = [...group.residents].filter(
      (r) =>
        !graph.someNeighbor(
          r,
          (n, na) => na.kind === 'initiatief' && (projection.themesOf.get(n) ?? []).includes(group.theme) && graph.someNeighbor(n, (m) => m !== r && group.residents.has(m)),
        ),
    );
    if (alone.length < o.minResidents) continue;
    alone.sort();
    const key = `${group.buurt}|${alone.join(',')}`;
    const entry = merged.get(key) ?? { buurt: group.buurt, themes: [], alone, via: new Set<string>() };
    entry.themes.push(group.theme);
    for (const v of group.via) if (alone.some((r) => graph.hasEdge(r, v) && graph.getEdgeAttribute(r, v, 'types').some((type) => NEED_TIES.includes(type)))) entry.via.add(v);
    merged.set(key, entry);
  }
  const themeOrder = (t: string) => `${projection.nodes.get(t)?.category === 'doel' ? 1 : 0}${t}`;
  const suggestions = [...merged.values()].map((s) => ({ ...s, themes: s.themes.sort((a, b) => (themeOrder(a) < themeOrder(b) ? -1 : 1)), via: [...s.via].sort(rank) }));
  suggestions.sort((x, y) => y.alone.length - x.alone.length || (x.buurt + x.themes[0] < y.buurt + y.themes[0] ? -1 : 1));
  for (const s of suggestions.slice(0, o.maxCollectief)) {
    findings.push(
      finding(
        'kansen',
        `collectief:${s.buurt}:${s.themes[0]}`,
        s.alone.length >= 2 * o.minResidents ? 'middel' : 'laag',
        `Collectiviseren: ${listNl(s.themes.map(themeName), 3)} in ${nameOf(projection, s.buurt)}`,
        `${count(s.alone.length, 'bewoner', 'bewoners')} in ${nameOf(projection, s.buurt)} ${s.alone.length === 1 ? 'doet' : 'doen'} elk mee aan een activiteit over ${listNl(s.themes.map(themeName), 3)} (${names(projection, s.via, 3)}), maar niet samen: een kans om in de eigen buurt samen iets op te zetten.`,
        [...s.alone, ...s.via, ...s.themes, s.buurt],
        [],
        projection.areas.wijkOf(s.buurt),
      ),
    );
  }
  return findings;
}
