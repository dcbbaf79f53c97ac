/**
 * Formal or informal world, decided by the role a node plays rather than by
 * its kind alone:
 *
 * - a wijkteam is formal;
 * - a person is formal when they have a professional role (opbouwwerker,
 *   wijkteamlid, gebiedsverbinder, …), a resident or volunteer is informal;
 * - an organisation is formal when it acts as a provider: a professional works
 *   there (WERKT_BIJ), a wijkteam refers to it (VERWIJST_NAAR), or it is a
 *   public body or institution by its type (`PUBLIC_ORGANISATION_TYPES`). A
 *   mosque board, a church council, a vereniging or a shopkeeper without
 *   professional staff or referrals is part of the informal world, so a group
 *   anchored only by its own board has no door to the formal world;
 * - initiatives are informal.
 */
import { isProfessional, type NetworkData, type NodeKind } from '../model/index.ts';

/** Organisation types that are public bodies or institutions whatever their staff in the data. */
export const PUBLIC_ORGANISATION_TYPES: readonly string[] = ['gemeente', 'welzijn', 'zorg', 'jeugd', 'woningcorporatie', 'school', 'bibliotheek', 'fonds'];

/** Ids of the organisations that act as formal providers. */
function providerOrganisations(network: NetworkData): Set<string> {
  const professionals = new Set(network.nodes.filter((node) => node.kind === 'persoon' && isProfessional(node.roles as string[] | undefined)).map((node) => node.id));
  const teams = new Set(network.nodes.filter((node) => node.kind === 'wijkteam').map((node) => node.id));
  const providers = new Set(network.nodes.filter((node) => node.kind === 'organisatie' && PUBLIC_ORGANISATION_TYPES.includes(String(node.type))).map((node) => node.id));
  for (const tie of network.ties) {
    if ((tie.type === 'WERKT_BIJ' && professionals.has(tie.from)) || (tie.type === 'VERWIJST_NAAR' && teams.has(tie.from))) providers.add(tie.to);
  }
  return providers;
}

/** A predicate telling whether a node of the network plays a formal role. */
export function formalRoles(network: NetworkData): (node: { id: string; kind: NodeKind; roles?: unknown }) => boolean {
  const providers = providerOrganisations(network);
  return (node) => {
    if (node.kind === 'wijkteam') return true;
    if (node.kind === 'persoon') return isProfessional(node.roles as string[] | undefined);
    return node.kind === 'organisatie' && providers.has(node.id);
  };
}
