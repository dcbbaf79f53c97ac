/**
 * Which nodes lie in an account's gebieden: the gebieden and everything
 * below them, and every node placed there by a placement tie (woont in,
 * actief in, werkt in, ligt in; an initiative also through the plek where it
 * takes place). Computed once per set of gebieden and kept until a gebied or a tie that places something changes, and
 * shared by the read policy and the write rights, so that what you may see
 * and what you may change follow the same rule.
 */
import { GEBIED_MEMBERSHIP_PARTS, nodesInGebieden } from '../../analysis/scope.ts';
import { TIE_ENDPOINTS, type NodeKind, type TieType } from '../../model/index.ts';
import type { NetworkCache } from '../network-cache.ts';

/** Ties that place a node in a gebied (or in a plek that lies in one): they decide scope, so they are guarded as such. */
export const PLACEMENT_TIES: ReadonlySet<TieType> = new Set<TieType>(['WOONT_IN', 'ACTIEF_IN', 'WERKT_IN', 'LIGT_IN', 'VINDT_PLAATS_IN']);

/** The tie that places a node of this kind directly in a gebied (a person lives there, an organisation works there), if the model has one. */
export function placementInGebied(kind: NodeKind): TieType | undefined {
  return [...PLACEMENT_TIES].find((type) => TIE_ENDPOINTS[type].some(([from, to]) => from === kind && to === 'gebied'));
}

export class Scopes {
  private memo = new Map<string, { version: number; nodes: ReadonlySet<string> }>();

  constructor(private readonly cache: NetworkCache) {}

  /** The node ids in these gebieden, on the current network (after `cache.ready()`). */
  of(gebieden: readonly string[]): ReadonlySet<string> {
    const key = [...gebieden].sort().join(',');
    const version = this.cache.versionOf(GEBIED_MEMBERSHIP_PARTS);
    const hit = this.memo.get(key);
    if (hit && hit.version === version) return hit.nodes;
    const nodes = nodesInGebieden(this.cache.snapshot(), gebieden);
    if (this.memo.size > 200) this.memo.clear();
    this.memo.set(key, { version, nodes });
    return nodes;
  }
}
