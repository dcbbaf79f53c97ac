/**
 * The logged-in account's rights on the map, kept up to date with the
 * network (see may-edit.ts for the rule).
 */
import { SCOPED_ROLES, type PublicUser } from '../../../server/model/index.ts';
import { api } from '../api/index.ts';
import { nodeKeysOf } from '../graph/index.ts';
import { createStore, useStore } from '../store/index.ts';
import { currentUser } from './index.ts';
import { mayEdit, type EditAction, type EditRights } from './may-edit.ts';

/** `complete`: the nodes in the account's gebieden have been read at least once (until then a scoped role has its role-wide rights only). */
export const editRights = createStore<{ rights: EditRights | null; complete: boolean }>({ rights: null, complete: false });

let request = 0;

/** The nodes in these gebieden, as the map's gebied filter finds them (the same rule as the write path's). */
async function nodesIn(gebieden: readonly string[]): Promise<Set<string>> {
  if (!gebieden.length) return new Set();
  return new Set(nodeKeysOf(await api.graph({ gebied: gebieden })));
}

/**
 * Reads the account's rights again: its role, and which nodes lie in its
 * gebieden now (a change can place more there). When that cannot be read,
 * the rights stay as they were.
 */
export async function loadEditRights(): Promise<void> {
  const mine = ++request;
  const user: PublicUser = await currentUser;
  const scoped = SCOPED_ROLES.includes(user.role);
  // What the role may do anywhere (a new node, undo, positions) shows at once, so that the bar does not shift when the gebieden arrive.
  if (!editRights.get().rights) editRights.set({ rights: { role: user.role, scope: scoped ? new Set() : null }, complete: !scoped });
  if (!scoped) return;
  try {
    const scope = await nodesIn(user.gebieden);
    if (mine === request) editRights.set({ rights: { role: user.role, scope }, complete: true });
  } catch {
    // The controls follow at the next load; the write path refuses what is not allowed meanwhile.
  }
}

/** `mayEdit` with the account's current rights, for a component. */
export function useMayEdit(): (what: EditAction) => boolean {
  const rights = useStore(editRights, (state) => state.rights);
  return (what) => mayEdit(rights, what);
}
