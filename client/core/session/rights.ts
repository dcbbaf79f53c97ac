/**
 * The logged-in account's rights on the map, kept up to date with the
 * network (see may-edit.ts for the rule).
 */
import { SCOPED_ROLES, type PublicUser } from '../../../server/model/index.ts';
import { api } from '../api/index.ts';
import { createStore, useStore } from '../store/index.ts';
import { currentUser } from './index.ts';
import { mayEdit, type EditAction, type EditRights } from './may-edit.ts';

export const editRights = createStore<{ rights: EditRights | null }>({ rights: null });

let request = 0;

/** The nodes in these gebieden, as the map's gebied filter finds them (the same rule as the write path's). */
async function nodesIn(gebieden: readonly string[]): Promise<Set<string>> {
  if (!gebieden.length) return new Set();
  const part = await api.graph({ gebied: gebieden });
  return new Set(part.nodes.map((node) => node.key));
}

/**
 * Reads the account's rights again: its role, and which nodes lie in its
 * gebieden now (a change can place more there). When that cannot be read,
 * the rights stay as they were.
 */
export async function loadEditRights(): Promise<void> {
  const mine = ++request;
  const user: PublicUser = await currentUser;
  try {
    const scope = SCOPED_ROLES.includes(user.role) ? await nodesIn(user.gebieden) : null;
    if (mine === request) editRights.set({ rights: { role: user.role, scope } });
  } catch {
    // The controls follow at the next load; the write path refuses what is not allowed meanwhile.
  }
}

/** `mayEdit` with the account's current rights, for a component. */
export function useMayEdit(): (what: EditAction) => boolean {
  const rights = useStore(editRights, (state) => state.rights);
  return (what) => mayEdit(rights, what);
}
