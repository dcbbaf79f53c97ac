/**
 * A finding's id names its analysis, its variant and its subject by node ids,
 * so that the work list can keep a finding's state across analyses: the same
 * hole, found again after writes elsewhere or after a rename, has the same id.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, NetworkData } from '../../../server/model/index.ts';
import { analysisContext, runGaps, subjectKey } from '../../../server/analysis/gaps/index.ts';
import { readDemoHoles, readDemoNetwork } from '../../../server/services/demo/load-demo.ts';

const holes = readDemoHoles();
const run = (data: NetworkData) => runGaps(analysisContext(data, { at: holes.today }));
const byId = (findings: Finding[]) => new Map(findings.map((f) => [f.id, f]));
const content = (f: Finding) => ({ ...f, nodes: [...f.nodes].sort(), ties: [...f.ties].sort() });

let demo: NetworkData;
let findings: Finding[];

beforeAll(() => {
  demo = readDemoNetwork();
  findings = run(demo);
});

describe('finding ids', () => {
  it('are unique, and name a pair or a small group by its sorted ids and a large group by its size and a digest of its members', () => {
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    const intro = findings.find((f) => f.id.startsWith('kansen:introductie:'))!;
    expect(intro.id).toBe(`kansen:introductie:${[...holes.introduction.initiatives].sort().join(':')}`);
    const groups = findings.filter((f) => /:(groep|cluster):/.test(f.id) || f.analysis === 'gesloten-groepen');
    expect(groups.some((f) => f.nodes.length > 4)).toBe(true);
    for (const f of groups.filter((g) => g.analysis !== 'isolatie')) expect(f.id.endsWith(`:${subjectKey(f.nodes)}`), f.id).toBe(true);
    expect(subjectKey(['per_b', 'per_a'])).toBe('per_a:per_b');
    expect(subjectKey(['per_e', 'per_d', 'per_c', 'per_b', 'per_a'])).toMatch(/^5-[0-9a-f]{14}$/);
    expect(subjectKey(['per_e', 'per_d', 'per_c', 'per_b', 'per_a'])).toBe(subjectKey(['per_a', 'per_b', 'per_c', 'per_d', 'per_e']));
  });

  it('stay the same, with the same content, after writes that do not touch what a finding is about', () => {
    const residents = demo.nodes.filter((n) => n.kind === 'persoon' && (n.roles as string[]).includes('bewoner')).map((n) => n.id);
    const touched = new Set<string>();
    const ties = [...demo.ties];
    // Two residents of the healthy wijk who do not know each other yet, and a newcomer there.
    const parkwijk = new Set(demo.ties.filter((t) => t.type === 'WOONT_IN' && t.to.startsWith(holes.healthy.wijk)).map((t) => t.from));
    const [a, b] = residents.filter((id) => parkwijk.has(id)).slice(3, 5);
    ties.push({ id: 'kent.elders', type: 'KENT', from: a!, to: b!, source: 'handmatig' });
    touched.add(a!).add(b!);
    const nodes = [...demo.nodes, { id: 'per_nieuw', kind: 'persoon', name: 'Nieuwe buur', roles: ['bewoner'], consentBasis: 'toestemming' } as NetworkData['nodes'][number]];
    ties.push({ id: 'kent.nieuw', type: 'KENT', from: 'per_nieuw', to: a!, source: 'handmatig' }, { id: 'woont_in.nieuw', type: 'WOONT_IN', from: 'per_nieuw', to: holes.healthy.wijk, source: 'handmatig' });
    const after = byId(run({ nodes, ties }));
    for (const f of findings.filter((item) => !item.nodes.some((id) => touched.has(id)))) expect(after.get(f.id) && content(after.get(f.id)!), f.id).toEqual(content(f));
  });

  it('stay the same when initiatives and organisations are renamed so that they sort the other way round', () => {
    const social = demo.nodes.filter((n) => n.kind === 'initiatief' || n.kind === 'organisatie').sort((x, y) => (x.name < y.name ? -1 : 1));
    const reversed = new Map(social.map((n, i) => [n.id, `${String(social.length - i).padStart(4, '0')} ${n.name}`]));
    const renamed = run({ nodes: demo.nodes.map((n) => (reversed.has(n.id) ? { ...n, name: reversed.get(n.id)! } : n)), ties: demo.ties });
    expect(renamed.map((f) => f.id).sort()).toEqual(findings.map((f) => f.id).sort());
    const before = byId(findings);
    for (const f of renamed) expect([...f.nodes].sort(), f.id).toEqual([...before.get(f.id)!.nodes].sort());
  });
});
