/**
 * The lists behind who may change what in the network, shared by the write
 * path's rights (`server/services/write/rights.ts`, which applies the whole
 * rule) and the client, which shows edit controls only where they can work.
 */
import type { NodeKind } from './nodes.ts';
import type { TieType } from './ties.ts';
import type { Role } from './users.ts';

/** Roles that change the network: the beheerder everywhere, the others in their own gebieden. The analist reads only. */
export const NETWORK_EDITOR_ROLES: readonly Role[] = ['beheerder', 'gebiedsverbinder', 'opbouwwerker', 'wijkteamlid'];

/** Kinds a gebiedsverbinder or opbouwwerker changes in their own gebieden; thema's are shared vocabulary, the beheerder's. */
export const SCOPED_EDITOR_KINDS: readonly NodeKind[] = ['persoon', 'organisatie', 'wijkteam', 'initiatief', 'plek', 'gebied'];

/** The ties a wijkteamlid records (besides placing a new resident), in their own gebieden; it changes or deletes no existing node. */
export const WIJKTEAMLID_TIE_TYPES: readonly TieType[] = ['KENT', 'VERWIJST_NAAR'];
