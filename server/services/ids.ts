/** New ids for nodes and ties, in the model's `<prefix>_<rest>` and `<type>.<rest>` forms. */
import { randomBytes } from 'node:crypto';
import { NODE_ID_PREFIX, tieIdPrefix, type NodeKind, type TieType } from '../model/index.ts';

const ID_BYTES = 6;
let pool = Buffer.alloc(0);
let offset = 0;

/** Six random bytes per id, taken from a pool: one call to the system's randomness per thousand ids (an import makes 100k). */
function randomPart(): string {
  if (offset + ID_BYTES > pool.length) {
    pool = randomBytes(ID_BYTES * 1024);
    offset = 0;
  }
  offset += ID_BYTES;
  return pool.subarray(offset - ID_BYTES, offset).toString('base64url').replace(/[-_]/g, 'x');
}

export function newNodeId(kind: NodeKind, rest = randomPart()): string {
  return `${NODE_ID_PREFIX[kind]}_${rest}`;
}

export function newTieId(type: TieType, rest = randomPart()): string {
  return `${tieIdPrefix(type)}.${rest}`;
}
