/**
 * Overbelasting: people who carry far more than is reasonable.
 *
 * What a person carries: their distinct social contacts, and their tasks
 * (ties as trekker of an initiative, vrijwilliger at an initiative or
 * organisation, or professional support of an initiative).
 *
 * A person is judged in two ways; either may flag them.
 *
 * Against peers: the people with the same role group (a professional's first
 * professional role; for residents `sleutelfiguur`, `vrijwilliger` or
 * `bewoner`, the first that applies) whose main wijk is the same. Only when
 * there are at least `minPeers` (5) such others: fewer is nothing to compare
 * with, and a town-wide median would make an ordinary resident of a busy wijk
 * look overloaded. Load = contacts + 2 × tasks + 2 × extra roles. The
 * modified z-score (Iglewicz & Hoaglin) z = 0.6745·(load − median)/MAD must be
 * at least `zMiddel` (3.5), and the load at least `minLoad` and `minRatio` ×
 * the peers' median. With MAD 0 the ratio and minimum decide alone. Hoog when
 * z is at least `zHoog` (with MAD 0: load at least `hoogRatio` × the median).
 *
 * Against absolute limits (`LIMITS`), what plainly is too much for one
 * person whatever the wijk: a resident with 40 contacts or 4 tasks, a
 * professional with 40 contacts or 8 initiatives to support. Hoog when both
 * limits are reached, else middel.
 *
 * Eenzame opbouwwerker: the only opbouwwerker of a wijk (so without peers)
 * who reaches an absolute limit: hoog. It replaces the general finding.
 */
import type { Finding, Severity } from '../../model/index.ts';
import { PROFESSIONAL_ROLES } from '../../model/index.ts';
import { nameOf, type Projection, type SocialGraph } from '../projection.ts';
import { SEVERITY_ORDER } from '../../model/index.ts';
import { type AnalysisContext, count, finding, names } from './context.ts';
import { coverageMatrix } from './dekking.ts';

export interface OverbelastingOptions {
  minPeers: number;
  zMiddel: number;
  zHoog: number;
  minLoad: number;
  minRatio: number;
  hoogRatio: number;
}

export const OVERBELASTING_DEFAULTS: OverbelastingOptions = {
  minPeers: 5,
  zMiddel: 3.5,
  zHoog: 7,
  minLoad: 20,
  minRatio: 2,
  hoogRatio: 3,
};

/** Plainly too much for one person: contacts or tasks at or above these. */
export const LIMITS = {
  resident: { contacts: 40, tasks: 4 },
  professional: { contacts: 40, tasks: 8 },
} as const;

const TASKS = new Set(['TREKKER_VAN', 'VRIJWILLIGER_BIJ', 'ONDERSTEUNT']);

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

const GROUP_NAME: Record<string, [one: string, many: string]> = {
  sleutelfiguur: ['sleutelfiguur', 'sleutelfiguren'],
  vrijwilliger: ['vrijwilliger', 'vrijwilligers'],
  bewoner: ['bewoner', 'bewoners'],
  opbouwwerker: ['opbouwwerker', 'opbouwwerkers'],
  wijkteamlid: ['wijkteamlid', 'wijkteamleden'],
  gebiedsverbinder: ['gebiedsverbinder', 'gebiedsverbinders'],
  buurtcoach: ['buurtcoach', 'buurtcoaches'],
  sociaal_makelaar: ['sociaal makelaar', 'sociaal makelaars'],
  wijkagent: ['wijkagent', 'wijkagenten'],
  huisarts: ['huisarts', 'huisartsen'],
  professional: ['professional', 'professionals'],
};

interface Load {
  load: number;
  contacts: number;
  tasks: string[];
  roles: number;
}

function loadOf(graph: SocialGraph, id: string): Load {
  const contacts = graph.degree(id);
  const tasks: string[] = [];
  graph.forEachEdge(id, (_e, attributes, source, target) => {
    if (attributes.types.some((type) => TASKS.has(type))) tasks.push(source === id ? target : source);
  });
  const roles = graph.getNodeAttribute(id, 'roles').length;
  return { load: contacts + 2 * tasks.length + 2 * Math.max(0, roles - 1), contacts, tasks, roles };
}

interface Verdict {
  severity: Severity;
  /** Why, in words: compared with peers or with a limit. */
  because: string;
}

function againstLimits(projection: Projection, id: string, load: Load, group: string): Verdict | undefined {
  const formal = projection.graph.getNodeAttribute(id, 'formal');
  const limit = formal ? LIMITS.professional : LIMITS.resident;
  const reached = [load.contacts >= limit.contacts, load.tasks.length >= limit.tasks].filter(Boolean).length;
  if (!reached) return undefined;
  const who = formal ? `één ${GROUP_NAME[group][0]}` : 'één bewoner naast het eigen leven';
  return {
    severity: reached === 2 ? 'hoog' : 'middel',
    because: `meer dan ${who} redelijkerwijs kan dragen (wij spreken van te veel vanaf ${limit.contacts} contacten of ${limit.tasks} taken)`,
  };
}

function describeLoad(projection: Projection, id: string, load: Load): string {
  const tasks = load.tasks.length ? `, ${count(load.tasks.length, 'taak', 'taken')} als trekker, vrijwilliger of ondersteuner (${names(projection, load.tasks, 3)})` : '';
  return `${nameOf(projection, id)} heeft ${count(load.contacts, 'contact', 'contacten')}${tasks} en ${count(load.roles, 'rol', 'rollen')}`;
}

export function overbelasting(ctx: AnalysisContext, options: Partial<OverbelastingOptions> = {}): Finding[] {
  const o = { ...OVERBELASTING_DEFAULTS, ...options };
  const { projection } = ctx;
  const graph = projection.graph;
  const people = graph.filterNodes((_id, a) => a.kind === 'persoon');
  const loads = new Map(people.map((id) => [id, loadOf(graph, id)]));
  const groupOf = (id: string) => roleGroup(graph.getNodeAttribute(id, 'roles'));
  const peerGroups = new Map<string, string[]>();
  for (const id of people) {
    const wijk = graph.getNodeAttribute(id, 'wijk');
    if (!wijk) continue;
    const key = `${wijk}|${groupOf(id)}`;
    peerGroups.get(key)?.push(id) ?? peerGroups.set(key, [id]);
  }
  const stats = new Map<string, { median: number; mad: number }>();
  const statsOf = (key: string) => {
    if (!stats.has(key)) {
      const values = peerGroups.get(key)!.map((p) => loads.get(p)!.load);
      const m = median(values);
      stats.set(key, { median: m, mad: median(values.map((v) => Math.abs(v - m))) });
    }
    return stats.get(key)!;
  };

  const againstPeers = (id: string, load: Load, group: string): Verdict | undefined => {
    const wijk = graph.getNodeAttribute(id, 'wijk');
    const key = `${wijk}|${group}`;
    if (!wijk || peerGroups.get(key)!.length - 1 < o.minPeers) return undefined;
    const { median: m, mad } = statsOf(key);
    if (load.load < o.minLoad || load.load < o.minRatio * m) return undefined;
    const z = mad > 0 ? (0.6745 * (load.load - m)) / mad : Infinity;
    if (z < o.zMiddel) return undefined;
    const hoog = mad > 0 ? z >= o.zHoog : load.load >= o.hoogRatio * Math.max(m, 1);
    const many = GROUP_NAME[group][1];
    return { severity: hoog ? 'hoog' : 'middel', because: `${hoog ? 'veel' : 'duidelijk'} meer dan de meeste ${many} in ${nameOf(projection, wijk)}` };
  };

  const findings: Finding[] = [];
  const lonely = lonelyOpbouwwerkers(projection);
  for (const id of people) {
    const load = loads.get(id)!;
    const group = groupOf(id);
    const limit = againstLimits(projection, id, load, group);
    const lonelyIn = lonely.get(id);
    if (lonelyIn && limit) {
      const wijkName = nameOf(projection, lonelyIn);
      findings.push(
        finding(
          'overbelasting',
          `eenzaam:${lonelyIn}:${id}`,
          'hoog',
          `Eenzame opbouwwerker in ${wijkName}: ${nameOf(projection, id)}`,
          `${nameOf(projection, id)} is de enige opbouwwerker in ${wijkName} en draagt het alleen: ${describeLoad(projection, id, load).replace(`${nameOf(projection, id)} heeft `, '')}, ${limit.because}.`,
          [id, lonelyIn],
          [],
          lonelyIn,
        ),
      );
      continue;
    }
    const verdicts = [againstPeers(id, load, group), limit].filter((v): v is Verdict => !!v).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    if (!verdicts.length) continue;
    findings.push(
      finding(
        'overbelasting',
        id,
        verdicts[0].severity,
        `Mogelijk overbelast: ${nameOf(projection, id)}`,
        `${describeLoad(projection, id, load)}: ${verdicts.map((v) => v.because).join(', en ')}.`,
        [id],
        [],
        graph.getNodeAttribute(id, 'wijk'),
      ),
    );
  }
  return findings;
}

/** Opbouwwerker → the wijk they are the only opbouwwerker of. */
function lonelyOpbouwwerkers(projection: Projection): Map<string, string> {
  const matrix = coverageMatrix(projection);
  const lonely = new Map<string, string>();
  for (const { id: wijk } of matrix.wijken) {
    const inWijk = matrix.driehoek[wijk].opbouwwerker.filter((id) => projection.graph.hasNode(id));
    if (inWijk.length === 1 && !lonely.has(inWijk[0])) lonely.set(inWijk[0], wijk);
  }
  return lonely;
}
