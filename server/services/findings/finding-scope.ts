/**
 * Where a finding lies, and who may act on it. A finding lies in the
 * gebieden that hold its wijk; one without a wijk lies wherever one of its
 * nodes lies. Who may mark, assign and propose is who may edit there: the
 * beheerder everywhere, gebiedsverbinders and opbouwwerkers in their own
 * gebieden (the write path's rule); the wijkteamlid and the analist read.
 */
import type { Finding, Role } from '../../model/index.ts';
import type { Viewer } from '../privacy/policy.ts';

/** Roles that act on findings within their own gebieden. */
export const ACTING_ROLES: readonly Role[] = ['gebiedsverbinder', 'opbouwwerker'];

export type Located = Pick<Finding, 'gebied' | 'nodes'>;

/** Whether a finding lies in a scope (node ids of some gebieden, as `Scopes.of` gives them). */
export function liesIn(finding: Located, scope: ReadonlySet<string>): boolean {
  return finding.gebied ? scope.has(finding.gebied) : finding.nodes.some((id) => scope.has(id));
}

export function mayAct(viewer: Viewer, finding: Located): boolean {
  if (viewer.role === 'beheerder') return true;
  return ACTING_ROLES.includes(viewer.role) && !!viewer.scope && liesIn(finding, viewer.scope);
}
