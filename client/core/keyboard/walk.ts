/**
 * The keyboard's walk through the network: a node opened from the search or
 * from a neighbour asks for the focus to go to its neighbours in the detail
 * panel once they are there (the panel loads the node first).
 */
let wanted: string | null = null;

/** The next detail panel of this node takes the focus to its first neighbour. */
export function focusNeighboursOf(id: string): void {
  wanted = id;
}

/** Whether the panel now showing this node should take the focus (asked once). */
export function takesFocus(id: string): boolean {
  if (wanted !== id) return false;
  wanted = null;
  return true;
}
