/** New ids for nodes and ties, in the model's `<prefix>_<rest>` and `<type>.<rest>` forms. */
import { randomBytes } from 'node:crypto';
import { NODE_ID_PREFIX, tieIdPrefix, type NodeKind, type TieType } from '../model/index.ts';

function randomPart(): string {
  return randomBytes(6).toString('base64url').replace(/[-_]/g, 'x');
}

export function newNodeId(kind: NodeKind, rest = randomPart()): string {
  return `${NODE_ID_PREFIX[kind]}_${rest}`;
}

export function newTieId(type: TieType, rest = randomPart()): string {
  return `${tieIdPrefix(type)}.${rest}`;
}
