/**
 * Overbelasting: people who carry far more than their peers.
 *
 * Load of a person = distinct social contacts (degree)
 *   + 2 × commitments (ties as trekker of an initiative or vrijwilliger at an
 *     initiative or organisation)
 *   + 2 × extra roles (roles beyond the first).
 *
 * Peers are the same role group: a professional's first professional role
 * (opbouwwerker, wijkteamlid, …), or for residents `sleutelfiguur`,
 * `vrijwilliger` or `bewoner` (first that applies). Groups smaller than
 * `minGroup` fall back to all professionals or all residents.
 *
 * Rule: the modified z-score (Iglewicz & Hoaglin) z = 0.6745·(load − median)/MAD
 * must be at least `zMiddel` (3.5), and the load at least `minLoad` and at
 * least `minRatio` × the group median. When MAD is 0 the z-score is not
 * defined and the ratio and minimum decide alone. Severity hoog when z is at
 * least `zHoog` (or, with MAD 0, the load is `hoogRatio` × the median).
 *
 * Eenzame opbouwwerker: a wijk with exactly one opbouwwerker, whose degree is
 * at least `eenzaamMinTies` and (when there are at least 3 opbouwwerkers to
 * compare with) at least `minRatio` × the median degree of all opbouwwerkers:
 * hoog.
 */
import type { Finding } from '../../model/index.ts';
import { PROFESSIONAL_ROLES } from '../../model/index.ts';
import type { SocialGraph } from '../projection.ts';
import { type AnalysisContext, count, finding, names } from './context.ts';
import { coverageMatrix } from './dekking.ts';

export interface OverbelastingOptions {
  minGroup: number;
  zMiddel: number;
  zHoog: number;
  minLoad: number;
  minRatio: number;
  hoogRatio: number;
  eenzaamMinTies: number;
}

export const OVERBELASTING_DEFAULTS: OverbelastingOptions = {
  minGroup: 5,
  zMiddel: 3.5,
  zHoog: 7,
  minLoad: 20,
  minRatio: 1.5,
  hoogRatio: 3,
  eenzaamMinTies: 12,
};

const COMMITMENTS = new Set(['TREKKER_VAN', 'VRIJWILLIGER_BIJ']);

export function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function roleGroup(roles: readonly string[]): string {
  const professional = PROFESSIONAL_ROLES.find((role) => roles.includes(role));
  if (professional) return professional;
  return roles.includes('sleutelfiguur') ? 'sleutelfiguur' : roles.includes('vrijwilliger') ? 'vrijwilliger' : 'bewoner';
}

const GROUP_NAME: Record<string, string> = {
  sleutelfiguur: 'sleutelfiguren',
  vrijwilliger: 'vrijwilligers',
  bewoner: 'bewoners',
  opbouwwerker: 'opbouwwerkers',
  wijkteamlid: 'wijkteamleden',
  gebiedsverbinder: 'gebiedsverbinders',
  buurtcoach: 'buurtcoaches',
  sociaal_makelaar: 'sociaal makelaars',
  wijkagent: 'wijkagenten',
  huisarts: 'huisartsen',
  professional: 'professionals',
  alle_professionals: 'professionals',
  alle_bewoners: 'bewoners',
};

export function loadOf(graph: SocialGraph, id: string): { load: number; degree: number; commitments: string[]; roles: number } {
  const degree = graph.degree(id);
  const commitments: string[] = [];
  graph.forEachEdge(id, (_e, attributes, source, target) => {
    if (attributes.types.some((type) => COMMITMENTS.has(type))) commitments.push(source === id ? target : source);
  });
  const roles = graph.getNodeAttribute(id, 'roles').length;
  return { load: degree + 2 * commitments.length + 2 * Math.max(0, roles - 1), degree, commitments, roles };
}

export function overbelasting(ctx: AnalysisContext, options: Partial<OverbelastingOptions> = {}): Finding[] {
  const o = { ...OVERBELASTING_DEFAULTS, ...options };
  const { projection } = ctx;
  const graph = projection.graph;
  const findings: Finding[] = [];
  const people = graph.filterNodes((_id, a) => a.kind === 'persoon');
  const loads = new Map(people.map((id) => [id, loadOf(graph, id)]));
  const groups = new Map<string, string[]>();
  for (const id of people) {
    const group = roleGroup(graph.getNodeAttribute(id, 'roles'));
    groups.get(group)?.push(id) ?? groups.set(group, [id]);
  }
  const peersOf = (id: string): [string, string[]] => {
    const group = roleGroup(graph.getNodeAttribute(id, 'roles'));
    const members = groups.get(group)!;
    if (members.length >= o.minGroup) return [group, members];
    const formal = graph.getNodeAttribute(id, 'formal');
    return [formal ? 'alle_professionals' : 'alle_bewoners', people.filter((p) => graph.getNodeAttribute(p, 'formal') === formal)];
  };
  const stats = new Map<string, { median: number; mad: number }>();
  for (const id of people) {
    const [group, peers] = peersOf(id);
    if (!stats.has(group)) {
      const values = peers.map((p) => loads.get(p)!.load);
      const m = median(values);
      stats.set(group, { median: m, mad: median(values.map((v) => Math.abs(v - m))) });
    }
    const { median: m, mad } = stats.get(group)!;
    const { load, degree, commitments, roles } = loads.get(id)!;
    if (load < o.minLoad || load < o.minRatio * m) continue;
    const z = mad > 0 ? (0.6745 * (load - m)) / mad : Infinity;
    if (z < o.zMiddel) continue;
    const hoog = mad > 0 ? z >= o.zHoog : load >= o.hoogRatio * Math.max(m, 1);
    const name = graph.getNodeAttribute(id, 'name');
    const extra = commitments.length ? `, ${count(commitments.length, 'taak', 'taken')} als trekker of vrijwilliger (${names(projection, commitments, 3)})` : '';
    findings.push(
      finding(
        'overbelasting',
        id,
        hoog ? 'hoog' : 'middel',
        `Mogelijk overbelast: ${name}`,
        `${name} heeft ${count(degree, 'contact', 'contacten')}${extra} en ${count(roles, 'rol', 'rollen')}, veel meer dan andere ${GROUP_NAME[group] ?? group} (belasting ${load} tegen een mediaan van ${m}).`,
        [id],
        [],
        graph.getNodeAttribute(id, 'wijk'),
      ),
    );
  }

  // Eenzame opbouwwerker.
  const workers = people.filter((id) => graph.getNodeAttribute(id, 'roles').includes('opbouwwerker'));
  const workerMedian = median(workers.map((id) => graph.degree(id)));
  const matrix = coverageMatrix(projection);
  for (const { id: wijk, name: wijkName } of matrix.wijken) {
    const inWijk = matrix.driehoek[wijk].opbouwwerker.filter((id) => graph.hasNode(id));
    if (inWijk.length !== 1) continue;
    const [worker] = inWijk;
    const degree = graph.degree(worker);
    if (degree < o.eenzaamMinTies || (workers.length >= 3 && degree < o.minRatio * workerMedian)) continue;
    const name = graph.getNodeAttribute(worker, 'name');
    findings.push(
      finding(
        'overbelasting',
        `eenzaam:${wijk}:${worker}`,
        'hoog',
        `Eenzame opbouwwerker in ${wijkName}: ${name}`,
        `${name} is de enige opbouwwerker in ${wijkName} en draagt ${count(degree, 'contact', 'contacten')}${workers.length >= 3 ? `, tegen een mediaan van ${workerMedian} bij opbouwwerkers` : ''}.`,
        [worker, wijk],
        [],
        wijk,
      ),
    );
  }
  // The eenzame opbouwwerker finding says it better than the general one.
  const lonely = new Set(findings.filter((f) => f.id.startsWith('overbelasting:eenzaam:')).map((f) => f.nodes[0]));
  return findings.filter((f) => f.id.startsWith('overbelasting:eenzaam:') || !lonely.has(f.nodes[0]));
}
