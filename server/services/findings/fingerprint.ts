/**
 * What a finding is about, as it is now. A finding's subject is the nodes
 * its id names (`subjectKey`: the person, the pair, the wijk and thema; a
 * large group, named by a digest, is its members); the fingerprint is those
 * nodes with their versions and, for a person, organisation, wijkteam or
 * initiative among them, every tie at it with its version. A mark keeps the
 * fingerprint it was made on; when the finding is found again with another
 * fingerprint, the network has changed what it was about (a node edited, a
 * tie added, ended or changed, a member come or gone) and the finding is open
 * again. A write anywhere else leaves it alone.
 *
 * It is read from the whole network, never from the finding's own lists,
 * so a mark means the same in the whole city's analysis and in a wijk's,
 * where a finding may name fewer ties. Persons without a legal basis, and
 * ties at them, are left out: the beheerder's analyses see them and everyone
 * else's do not, and a mark must mean the same to all of them (and tell
 * nobody that such a person changed).
 */
import { createHash } from 'node:crypto';
import { kindOfNodeId, type Finding, type NodeKind } from '../../model/index.ts';
import type { NetworkCache } from '../network-cache.ts';
import { hasLegalBasis } from '../privacy/policy.ts';

/** Kinds whose ties are part of what a finding about them is about (a gebied or thema would bring every placement with it). */
const WITH_TIES: ReadonlySet<NodeKind> = new Set<NodeKind>(['persoon', 'organisatie', 'wijkteam', 'initiatief']);

/** The nodes a finding's id names; for a group named by a digest, its members. */
export function subjectOf(finding: Pick<Finding, 'id' | 'nodes'>): string[] {
  const parts = finding.id.split(':');
  return parts.some((part) => /^\d+-[0-9a-f]{14}$/.test(part)) ? [...finding.nodes] : parts.filter((part) => kindOfNodeId(part) !== undefined);
}

export function fingerprintOf(finding: Pick<Finding, 'id' | 'nodes'>, cache: NetworkCache): string {
  const seen = (id: string) => {
    const node = cache.nodeNow(id);
    return !node || hasLegalBasis(node);
  };
  const parts = new Set<string>();
  for (const id of subjectOf(finding)) {
    if (!seen(id)) continue;
    parts.add(`${id}@${cache.nodeNow(id)?.version ?? '-'}`);
    if (!WITH_TIES.has(kindOfNodeId(id)!)) continue;
    for (const tie of cache.tiesAt(id)) if (seen(tie.from) && seen(tie.to)) parts.add(`${tie.id}@${tie.version ?? '-'}`);
  }
  return createHash('sha256').update([...parts].sort().join('\n')).digest('base64url').slice(0, 22);
}
