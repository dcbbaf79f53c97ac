/** The ego view's rings: the ego in the centre, each step on its own ring, related nodes together, no two on one spot. */
import { describe, expect, it } from 'vitest';
import { RING_BASE, ringPositions, type RingMember } from '../../client/core/layout/rings.ts';
import { shuffled } from '../helpers/shuffle.ts';

const KINDS = ['persoon', 'organisatie', 'initiatief', 'wijkteam', 'plek', 'gebied', 'thema'];

function members(counts: Record<number, number>): RingMember[] {
  const out: RingMember[] = [];
  for (const [step, count] of Object.entries(counts))
    for (let i = 0; i < count; i++) out.push({ id: `n${step}_${i}`, step: Number(step), kind: KINDS[i % KINDS.length]!, name: `Naam ${String.fromCharCode(97 + ((i * 7) % 26))} ${i}` });
  return out;
}

const distance = ([x, y]: [number, number]) => Math.hypot(x, y);

describe('ring positions of the ego view', () => {
  it('puts the ego in the centre', () => {
    const positions = ringPositions('ego', members({ 1: 5, 2: 20 }));
    expect(positions.get('ego')).toEqual([0, 0]);
  });

  it.each([
    ['a few neighbours', { 1: 4, 2: 9 }],
    ['a crowded first ring', { 1: 60, 2: 30 }],
    ['a hub two steps out', { 1: 15, 2: 900 }],
  ])('places each step on its own ring, the first inside the second (%s)', (_name, counts) => {
    const list = members(counts);
    const positions = ringPositions('ego', list);
    const radii = (step: number) => list.filter((member) => member.step === step).map((member) => distance(positions.get(member.id)!));
    const [first, second] = [radii(1), radii(2)];
    expect(Math.min(...first)).toBeGreaterThan(RING_BASE - 1e-9);
    expect(Math.max(...first)).toBeLessThan(Math.min(...second));
    // Ring 2 lies at twice the radius of ring 1.
    expect(Math.min(...second) / Math.min(...first)).toBeCloseTo(2, 5);
  });

  it('puts no two nodes on one spot', () => {
    const list = members({ 1: 60, 2: 900 });
    const points = [...ringPositions('ego', list).values()];
    expect(points).toHaveLength(961);
    let closest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) closest = Math.min(closest, Math.hypot(points[i]![0] - points[j]![0], points[i]![1] - points[j]![1]));
    expect(closest).toBeGreaterThan(8);
  });

  it('orders each ring by kind, then name, whatever order the members come in', () => {
    const list = members({ 1: 30 });
    const positions = ringPositions('ego', shuffled(list, 7));
    // Clockwise from the top (graph y points up).
    const angle = (id: string) => {
      const [x, y] = positions.get(id)!;
      return (Math.PI / 2 - Math.atan2(y, x) + 4 * Math.PI) % (2 * Math.PI);
    };
    const aroundTheRing = [...list].sort((a, b) => angle(a.id) - angle(b.id)).map((member) => [member.kind, member.name]);
    const order = ['wijkteam', 'organisatie', 'initiatief', 'plek', 'persoon', 'gebied', 'thema'];
    const expected = [...list].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name, 'nl')).map((member) => [member.kind, member.name]);
    expect(aroundTheRing).toEqual(expected);
  });

  it('gives the same picture for the same members', () => {
    const list = members({ 1: 20, 2: 50 });
    expect(ringPositions('ego', shuffled(list, 1))).toEqual(ringPositions('ego', shuffled(list, 2)));
  });
});
