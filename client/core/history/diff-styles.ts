/**
 * Colours for showing a comparison on the map: what is new in one colour,
 * what was lost in another. No node kind or tie group has them, and they stay
 * apart from those and from each other for colour-blind viewers too
 * (tests/client/diff-colors.test.ts checks this against the palettes). Pure; the result goes into the app state
 * (`diffStyles`) and the map's reducers colour with it.
 */
import type { CompareResult } from '../../../server/model/wire/compare.ts';
import type { DiffStyles } from '../app/state.ts';

export const DIFF_COLORS = {
  /** New ties and people who joined: deep blue. */
  added: '#1f1fb4',
  /** Ended ties and people who left: burnt orange. */
  removed: '#8c3a00',
  /** Sleutelfiguren gained: deep violet. */
  gained: '#552288',
} as const;

export function diffStyles(result: CompareResult): DiffStyles {
  const nodeColors: Record<string, string> = {};
  const edgeColors: Record<string, string> = {};
  for (const node of result.nodes.joined) nodeColors[node.id] = DIFF_COLORS.added;
  for (const node of result.nodes.left) nodeColors[node.id] = DIFF_COLORS.removed;
  for (const figure of result.sleutelfiguren?.gained ?? []) nodeColors[figure.id] ??= DIFF_COLORS.gained;
  for (const tie of result.ties.new) edgeColors[tie.id] = DIFF_COLORS.added;
  for (const tie of result.ties.ended) edgeColors[tie.id] = DIFF_COLORS.removed;
  return { nodeColors, edgeColors };
}
