/**
 * The current highlight, derived from the state: a finding's nodes and ties,
 * or what falls apart in a what-if. Reducers read it; nothing is written into
 * the graph.
 */
import type { AppState } from './state.ts';

export type Highlight =
  | { kind: 'finding'; id: string; nodes: Set<string>; ties: Set<string> }
  | { kind: 'whatif'; removed: Set<string>; lostTies: Set<string>; splitOff: Set<string> };

let cacheKey: unknown[] = [];
let cacheValue: Highlight | null = null;

export function currentHighlight(state: AppState): Highlight | null {
  const key = [state.view.finding, state.view.whatIf, state.gaps, state.whatIf];
  if (key.every((part, index) => part === cacheKey[index])) return cacheValue;
  cacheKey = key;
  cacheValue = compute(state);
  return cacheValue;
}

function compute(state: AppState): Highlight | null {
  if (state.view.whatIf && state.whatIf.state === 'ready') {
    const result = state.whatIf.data;
    return {
      kind: 'whatif',
      removed: new Set(result.removed),
      lostTies: new Set(result.lostTies),
      splitOff: new Set([...result.isolated, ...result.splitOff.flat()]),
    };
  }
  if (state.view.finding && state.gaps.state === 'ready') {
    const finding = state.gaps.data.findings.find((item) => item.id === state.view.finding);
    if (finding) return { kind: 'finding', id: finding.id, nodes: new Set(finding.nodes), ties: new Set(finding.ties) };
  }
  return null;
}
