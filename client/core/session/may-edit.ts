/**
 * What an account may change on the map: one rule, `mayEdit`, from its role
 * and the part of the network in its gebieden, that every edit control asks
 * (through `useMayEdit` in rights.ts). The write path decides in the end
 * (`server/services/write/rights.ts`); this keeps controls away from where
 * they cannot work: the analist reads only, scoped roles change only what
 * lies in their gebieden.
 */
import {
  NETWORK_EDITOR_ROLES,
  SCOPED_EDITOR_KINDS,
  TIE_ENDPOINTS,
  WIJKTEAMLID_TIE_TYPES,
  kindOfNodeId,
  type NodeKind,
  type Role,
  type TieType,
} from '../../../server/model/index.ts';

export type EditAction =
  /** New nodes, undo and redo, saving positions: the role may change anything at all. */
  | { action: 'createNode' | 'undo' | 'saveLayout' }
  /** Editing or deleting a node. */
  | { action: 'editNode'; node: string; kind: NodeKind }
  /** A new tie from this node (of this type, when known). */
  | { action: 'addTie'; from: string; kind: NodeKind; type?: TieType }
  | { action: 'removeTie'; from: string; to: string; type: TieType };

export interface EditRights {
  role: Role;
  /** Node ids in the account's gebieden; null for a role that is not bound to gebieden. */
  scope: ReadonlySet<string> | null;
}

const WIJKTEAMLID_FROM = new Set<NodeKind>(WIJKTEAMLID_TIE_TYPES.flatMap((type) => TIE_ENDPOINTS[type].map(([from]) => from)));

export function mayEdit(rights: EditRights | null, what: EditAction): boolean {
  if (!rights || !NETWORK_EDITOR_ROLES.includes(rights.role)) return false;
  const { role, scope } = rights;
  if (!scope) return true;
  const mine = (id: string) => scope.has(id);
  const wijkteamlid = role === 'wijkteamlid';
  switch (what.action) {
    case 'createNode':
    case 'undo':
    case 'saveLayout':
      return true;
    case 'editNode':
      return !wijkteamlid && SCOPED_EDITOR_KINDS.includes(what.kind) && mine(what.node);
    case 'addTie':
      return mine(what.from) && (!wijkteamlid || (what.type ? WIJKTEAMLID_TIE_TYPES.includes(what.type) : WIJKTEAMLID_FROM.has(what.kind)));
    case 'removeTie': {
      const ends = [what.from, what.to];
      if (wijkteamlid && !WIJKTEAMLID_TIE_TYPES.includes(what.type)) return false;
      return ends.some(mine) && ends.every((id) => kindOfNodeId(id) !== 'persoon' || mine(id));
    }
  }
}
