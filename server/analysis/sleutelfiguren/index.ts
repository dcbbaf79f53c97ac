/**
 * Sleutelfiguren: a ranked list of the people who hold a gebied together.
 *
 * Five parts, each 0..1 relative to the others in the same scope:
 * - reach: direct contacts (degree) / the most anyone has;
 * - brokerage: half betweenness (/ the highest), half 1 − Burt's constraint
 *   (low constraint = contacts who do not know each other);
 * - groups: distinct communities among the person's contacts (own included),
 *   (n − 1) / (max − 1);
 * - formalInformal: ties to both worlds — min(formal, informal contacts) / the
 *   highest such minimum, + 0.5 when the person is the only link between a
 *   wijkteam and an initiative, or between an informal group and the formal
 *   world (capped at 1);
 * - trust: mean of the ties' trust (or strength when no trust is recorded),
 *   scaled from 1..5 to 0..1; 0.5 when nothing is recorded.
 * score = 100 × Σ weight·part / Σ weight, with `DEFAULT_WEIGHTS` unless
 * other weights are passed. By default only residents (no professional role)
 * are ranked, as in the domain a sleutelfiguur is a key resident.
 */
import type { SleutelfiguurScore } from '../../model/index.ts';
import { type AnalysisContext, count, listNl } from '../gaps/context.ts';
import { isResident, nameOf } from '../projection.ts';
import { splitsOffSomething } from '../what-if/cut-sides.ts';

export interface SleutelfiguurWeights {
  reach: number;
  brokerage: number;
  groups: number;
  formalInformal: number;
  trust: number;
}

export const DEFAULT_WEIGHTS: SleutelfiguurWeights = { reach: 0.25, brokerage: 0.25, groups: 0.2, formalInformal: 0.15, trust: 0.15 };

export interface SleutelfiguurOptions {
  weights?: Partial<SleutelfiguurWeights>;
  /** At most this many; default 20. */
  limit?: number;
  /** Rank professionals too. Default false: residents only. */
  includeProfessionals?: boolean;
}

export function sleutelfiguren(ctx: AnalysisContext, options: SleutelfiguurOptions = {}): SleutelfiguurScore[] {
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const limit = options.limit ?? 20;
  const { projection } = ctx;
  const graph = projection.graph;
  const { all, cuts, csr, indexOf } = ctx.structure();
  const { betweenness, constraint } = ctx.brokerage();
  // Per node of the structure's index (the graph's node order): its community and whether it is formal, so that a
  // candidate's neighbours are read from the index's arrays rather than as id lists through the graph.
  const { offsets, targets } = csr;
  const community = Int32Array.from(all.nodes, (node) => node.community);
  const formalAt = new Uint8Array(csr.n);
  const candidates: number[] = [];
  for (let v = 0; v < csr.n; v++) {
    const a = graph.getNodeAttributes(csr.keys[v]!);
    formalAt[v] = a.formal ? 1 : 0;
    if (a.kind === 'persoon' && (options.includeProfessionals || isResident(a)) && offsets[v + 1]! > offsets[v]!) candidates.push(v);
  }
  if (!candidates.length) return [];

  const { sides, loss } = cuts;
  const onlyLinks = new Map<string, string[]>();
  for (const v of candidates) {
    const id = csr.keys[v]!;
    if (!splitsOffSomething(sides.get(id), 2)) continue;
    const impact = loss(id);
    const links: string[] = [];
    for (const [team, inis] of impact.wijkteamInitiatives) for (const ini of inis) links.push(`${nameOf(projection, ini)} en ${nameOf(projection, team)}`);
    for (const piece of impact.informalCutOff) {
      if (piece.size < 2 && !piece.initiatives) continue;
      const nodes = piece.nodes();
      const lead = nodes.find((n) => graph.getNodeAttribute(n, 'kind') === 'initiatief') ?? nodes[0]!;
      links.push(`${piece.size > 1 ? `de groep rond ${nameOf(projection, lead)}` : nameOf(projection, lead)} en de formele wereld`);
    }
    onlyLinks.set(id, links);
  }

  // Mean trust per node, from one pass over the ties rather than one walk of the graph per candidate.
  const trustSum = new Float64Array(csr.n);
  const trustCount = new Int32Array(csr.n);
  graph.forEachEdge((_edge, tie, source, target) => {
    const value = tie.trust ?? tie.strength;
    if (value === undefined) return;
    // The social graph has no self loops: every tie has two ends.
    const [a, b] = [indexOf.get(source)!, indexOf.get(target)!];
    trustSum[a] += (value - 1) / 4;
    trustSum[b] += (value - 1) / 4;
    trustCount[a]!++;
    trustCount[b]!++;
  });

  // seen[c] === v: community c already counted for candidate v.
  const seen = new Int32Array(community.reduce((most, c) => Math.max(most, c), 0) + 1).fill(-1);
  const facts = candidates.map((v) => {
    const id = csr.keys[v]!;
    let groups = 0;
    let formal = 0;
    seen[community[v]!] = v;
    groups++;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const n = targets[e]!;
      formal += formalAt[n]!;
      if (seen[community[n]!] !== v) {
        seen[community[n]!] = v;
        groups++;
      }
    }
    const degree = offsets[v + 1]! - offsets[v]!;
    return {
      id,
      degree,
      betweenness: betweenness[v]!,
      constraint: Number.isFinite(constraint[v]) ? constraint[v]! : null,
      groups,
      formal,
      informal: degree - formal,
      trust: trustCount[v] ? trustSum[v]! / trustCount[v]! : 0.5,
      onlyLinks: onlyLinks.get(id) ?? [],
      apart: sides.get(id)?.length ?? 1,
    };
  });
  const max = (f: (x: (typeof facts)[number]) => number) => facts.reduce((most, x) => Math.max(most, f(x)), -Infinity);
  const maxDegree = Math.max(1, max((f) => f.degree));
  const maxBc = max((f) => f.betweenness);
  const maxGroups = max((f) => f.groups);
  const maxMix = max((f) => Math.min(f.formal, f.informal));
  const totalWeight = Object.values(weights).reduce((a, b) => a + b, 0) || 1;

  const scored = facts.map((f) => {
    const parts = {
      reach: f.degree / maxDegree,
      brokerage: 0.5 * (maxBc > 0 ? f.betweenness / maxBc : 0) + 0.5 * (f.constraint === null ? 0 : 1 - Math.min(1, f.constraint)),
      groups: maxGroups > 1 ? (f.groups - 1) / (maxGroups - 1) : 0,
      formalInformal: Math.min(1, (maxMix > 0 ? Math.min(f.formal, f.informal) / maxMix : 0) + (f.onlyLinks.length ? 0.5 : 0)),
      trust: f.trust,
    };
    const score = (100 * (Object.keys(parts) as (keyof SleutelfiguurWeights)[]).reduce((sum, key) => sum + weights[key] * parts[key], 0)) / totalWeight;
    return { f, parts, score: Math.round(score * 10) / 10 };
  });
  // Only the ranked few are worded; `compare` is what localeCompare does, without building a collator per call.
  const { compare } = new Intl.Collator();
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return topByScore(scored, limit)
    .sort((a, b) => b.score - a.score || compare(a.f.id, b.f.id))
    .slice(0, limit)
    .map(({ f, parts, score }): SleutelfiguurScore => ({
      id: f.id,
      name: nameOf(projection, f.id),
      score,
      parts: { reach: round(parts.reach), brokerage: round(parts.brokerage), groups: round(parts.groups), formalInformal: round(parts.formalInformal), trust: round(parts.trust) },
      facts: { degree: f.degree, betweenness: round(f.betweenness), constraint: f.constraint === null ? null : round(f.constraint), groupsBridged: f.groups, onlyLinks: f.onlyLinks },
      explanation: explain(f),
    }));
}

/** Everyone who scores at least the `limit`-th highest score: the only ones the ranking needs to order by name. */
function topByScore<T extends { score: number }>(scored: T[], limit: number): T[] {
  if (scored.length <= limit) return scored;
  const scores = Float64Array.from(scored, (x) => -x.score).sort();
  const lowest = -scores[limit - 1]!;
  return scored.filter((x) => x.score >= lowest);
}

function explain(f: { degree: number; groups: number; apart: number; formal: number; informal: number; trust: number; onlyLinks: string[] }): string {
  const parts: string[] = [];
  if (f.apart >= 2) parts.push(`verbindt ${f.apart} groepen die verder los van elkaar staan`);
  else if (f.groups >= 2) parts.push(`heeft contacten in ${f.groups} verschillende groepen`);
  parts.push(count(f.degree, 'direct contact', 'directe contacten'));
  if (f.formal && f.informal) parts.push(`verbindt ${count(f.informal, 'bewoner of initiatief', 'bewoners en initiatieven')} met ${count(f.formal, 'professional of organisatie', 'professionals en organisaties')}`);
  if (f.onlyLinks.length) parts.push(`enige verbinding tussen ${listNl(f.onlyLinks, 2)}`);
  if (f.trust >= 0.75) parts.push('sterke, vertrouwde banden');
  return parts.join('; ');
}
