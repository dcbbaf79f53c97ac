/**
 * What a finding is about, as it is now: its nodes and ties with their
 * versions. A mark keeps the fingerprint it was made on; when the finding
 * is found again with another fingerprint, the network has changed what it
 * was about (a node edited, a tie added, ended or changed, a member come or
 * gone) and the finding is open again. A write anywhere else leaves it alone.
 *
 * Persons without a legal basis, and ties at them, are left out: the
 * beheerder's analyses see them and everyone else's do not, and a mark must
 * mean the same to all of them (and tell nobody that such a person changed).
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../../model/index.ts';
import type { NetworkCache } from '../network-cache.ts';
import { hasLegalBasis } from '../privacy/policy.ts';

export function fingerprintOf(finding: Pick<Finding, 'nodes' | 'ties'>, cache: NetworkCache): string {
  const seen = (id: string) => {
    const node = cache.nodeNow(id);
    return !node || hasLegalBasis(node);
  };
  const parts: string[] = [];
  for (const id of new Set(finding.nodes)) if (seen(id)) parts.push(`${id}@${cache.nodeNow(id)?.version ?? '-'}`);
  for (const id of new Set(finding.ties)) {
    const tie = cache.tieNow(id);
    if (!tie || (seen(tie.from) && seen(tie.to))) parts.push(`${id}@${tie?.version ?? '-'}`);
  }
  return createHash('sha256').update(parts.sort().join('\n')).digest('base64url').slice(0, 22);
}
