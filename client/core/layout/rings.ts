/**
 * The ego view's picture: the ego in the centre, its neighbours on rings
 * around it, one ring per step (1 step on the inner ring, 2 on the outer).
 * Around each ring the nodes follow kind, then name, so that related nodes
 * sit together. Ring n lies at n times one unit, which grows until the most
 * crowded ring leaves room between its nodes for a label each (the map draws
 * their labels along the radius).
 */
import type { NodeKind } from '../../../server/model/index.ts';
import { KIND_ORDER, type Positions } from './index.ts';

export interface RingMember {
  id: string;
  /** Steps from the ego: 1 or more. */
  step: number;
  kind: string;
  name: string;
}

/** Radius of the first ring, in graph units, when no ring is crowded. */
export const RING_BASE = 100;
/** Least distance along a ring between two nodes on it. */
const MIN_ARC = 14;

function byKindThenName(a: RingMember, b: RingMember): number {
  const kind = (KIND_ORDER[a.kind as NodeKind] ?? 99) - (KIND_ORDER[b.kind as NodeKind] ?? 99);
  return kind || a.name.localeCompare(b.name, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Positions for the ego at (0, 0) and every member on the ring of its step, the first of each ring at the top. */
export function ringPositions(center: string, members: readonly RingMember[]): Positions {
  const rings = new Map<number, RingMember[]>();
  for (const member of members) {
    if (member.id === center) continue;
    const ring = rings.get(member.step) ?? [];
    ring.push(member);
    rings.set(member.step, ring);
  }
  let unit = RING_BASE;
  for (const [step, ring] of rings) unit = Math.max(unit, (ring.length * MIN_ARC) / (2 * Math.PI * step));
  const positions: Positions = new Map([[center, [0, 0]]]);
  for (const [step, ring] of rings) {
    ring.sort(byKindThenName).forEach((member, index) => {
      const angle = Math.PI / 2 - (2 * Math.PI * index) / ring.length;
      positions.set(member.id, [step * unit * Math.cos(angle), step * unit * Math.sin(angle)]);
    });
  }
  return positions;
}
