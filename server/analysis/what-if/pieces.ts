/**
 * The pieces a removal leaves of one component, and the links that break
 * between them: a wijkteam and an initiative of its own area that end up in
 * different pieces, and a piece that keeps no formal node while the
 * component had one. Shared by the general removal (`removalImpact`, which
 * labels the graph again) and the single cut point (`cut-sides.ts`, from one
 * depth-first pass over the whole graph). Both describe a piece by its counts
 * and list its nodes only when a finding needs them, so a cut point costs its
 * own pieces, not a walk over the network.
 */
import { servedInitiatives } from '../placement.ts';
import { byRank, isResident, type Projection, type SocialNodeAttributes } from '../projection.ts';

export interface Piece {
  size: number;
  /** Nodes of the formal world (`formal.ts`). */
  formal: number;
  residents: number;
  initiatives: number;
  /** Initiatives and wijkteams. */
  anchors: number;
  /** Its lowest-ranked node. */
  first: string;
  /** Its nodes: in canonical order, or by id for a piece that split off (see `componentLoss`). Made on first use; do not change it. */
  nodes(): string[];
}

/** `make` called on first use only; the same value after that. */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) (value = make()), (made = true);
    return value as T;
  };
}

/** The counts of one node, to add up into a piece. */
export function nodeCounts(attributes: SocialNodeAttributes): Pick<Piece, 'formal' | 'residents' | 'initiatives' | 'anchors'> {
  const initiative = attributes.kind === 'initiatief' ? 1 : 0;
  return {
    formal: attributes.formal ? 1 : 0,
    residents: isResident(attributes) ? 1 : 0,
    initiatives: initiative,
    anchors: initiative || attributes.kind === 'wijkteam' ? 1 : 0,
  };
}

export interface ComponentLoss {
  /** Largest first, then by their lowest-ranked node. */
  pieces: Piece[];
  /** The pieces after the first with two nodes or more; these list their nodes by id. */
  splitOff: Piece[];
  /** Pieces without a formal node, in the order of `pieces`; none when the component had no formal node. */
  informalCutOff: Piece[];
  /** Wijkteam (by id) → the initiatives of its own area (by id) now in another piece. */
  wijkteamInitiatives: [team: string, initiatives: string[]][];
}

/**
 * What removing breaks in one component. `pieceOf` gives the index in
 * `pieces` of a node's piece, or -1 for a removed node or one outside this
 * component; `teams` are the wijkteams of the component.
 */
export function componentLoss(projection: Projection, pieces: readonly Piece[], pieceOf: (id: string) => number, teams: readonly string[]): ComponentLoss {
  const order = byRank(projection);
  const sorted = pieces.map((piece, index) => ({ piece, index })).sort((a, b) => b.piece.size - a.piece.size || order(a.piece.first, b.piece.first));
  const listed = sorted.map(({ piece }, i) => (i > 0 && piece.size >= 2 ? { ...piece, nodes: once(() => [...piece.nodes()].sort()) } : piece));
  const loss: ComponentLoss = { pieces: listed, splitOff: listed.slice(1).filter((piece) => piece.size >= 2), informalCutOff: [], wijkteamInitiatives: [] };
  if (listed.length < 2) return loss;
  for (const team of [...teams].sort()) {
    const own = pieceOf(team);
    const lost = servedInitiatives(projection, team).filter((ini) => {
      const piece = pieceOf(ini);
      return piece >= 0 && piece !== own;
    });
    if (lost.length) loss.wijkteamInitiatives.push([team, lost]);
  }
  if (listed.some((piece) => piece.formal > 0)) loss.informalCutOff = listed.filter((piece) => piece.formal === 0);
  return loss;
}
