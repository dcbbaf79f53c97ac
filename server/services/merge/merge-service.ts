/**
 * Duplicates: find likely duplicate persons and organisations (similar name,
 * same gebied, shared neighbours) and merge two of them: the ties of the one
 * dropped are re-pointed to the one kept (exact duplicates dropped), fields the
 * kept node lacks are filled from the dropped one, and the dropped node is
 * deleted. Every merge stores the state before it (document `merges`), so it
 * can be undone.
 */
import { randomBytes } from 'node:crypto';
import type { GraphNode, GraphTie, NetworkData } from '../../model/index.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { newTieId } from '../ids.ts';
import { nameKey, nameSimilarity } from '../intake/fuzzy.ts';
import { tieKey } from '../import/network-index.ts';
import type { Actor, NetworkService } from '../network-service.ts';

export const MERGE_COLLECTION = 'merges';
const AREA_TYPES = new Set(['WOONT_IN', 'ACTIEF_IN', 'WERKT_IN', 'LIGT_IN']);

export interface DuplicateCandidate {
  a: { id: string; name: string };
  b: { id: string; name: string };
  kind: string;
  score: number;
  nameScore: number;
  sharedNeighbours: number;
  sameGebied: boolean;
}

export interface MergeRecord {
  id: string;
  keepBefore: GraphNode;
  dropped: GraphNode;
  droppedTies: GraphTie[];
  createdTies: string[];
  filledFields: string[];
  by: string;
  at: string;
  undone?: { by: string; at: string };
}

export function findDuplicates(network: NetworkData, options: { kinds?: string[]; threshold?: number; limit?: number } = {}): DuplicateCandidate[] {
  const kinds = new Set(options.kinds ?? ['persoon', 'organisatie']);
  const threshold = options.threshold ?? 0.85;
  const neighbours = new Map<string, Set<string>>();
  const areas = new Map<string, Set<string>>();
  for (const tie of network.ties) {
    const target = AREA_TYPES.has(tie.type) ? areas : neighbours;
    (target.get(tie.from) ?? target.set(tie.from, new Set()).get(tie.from)!).add(tie.to);
    if (!AREA_TYPES.has(tie.type)) (neighbours.get(tie.to) ?? neighbours.set(tie.to, new Set()).get(tie.to)!).add(tie.from);
  }
  // Block on the first letters of each name word, so that only plausible pairs are compared.
  const blocks = new Map<string, GraphNode[]>();
  for (const node of network.nodes) {
    if (!kinds.has(node.kind)) continue;
    for (const word of new Set(nameKey(node.name).split(' ').filter((part) => part.length > 2))) {
      const key = `${node.kind}|${word.slice(0, 3)}`;
      (blocks.get(key) ?? blocks.set(key, []).get(key)!).push(node);
    }
  }
  const seen = new Set<string>();
  const result: DuplicateCandidate[] = [];
  for (const block of blocks.values()) {
    if (block.length > 500) continue;
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const [a, b] = [block[i]!, block[j]!];
        const pair = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const nameScore = nameSimilarity(a.name, b.name);
        if (nameScore < threshold) continue;
        const areasA = areas.get(a.id) ?? new Set();
        const areasB = areas.get(b.id) ?? new Set();
        const sameGebied = (!areasA.size && !areasB.size) || [...areasA].some((area) => areasB.has(area));
        if (!sameGebied) continue;
        const na = neighbours.get(a.id) ?? new Set();
        const nb = neighbours.get(b.id) ?? new Set();
        const shared = [...na].filter((id) => nb.has(id)).length;
        const union = new Set([...na, ...nb]).size;
        const score = 0.75 * nameScore + 0.25 * (union ? shared / union : 0);
        result.push({ a: { id: a.id, name: a.name }, b: { id: b.id, name: b.name }, kind: a.kind, score: Math.round(score * 1000) / 1000, nameScore: Math.round(nameScore * 1000) / 1000, sharedNeighbours: shared, sameGebied });
      }
    }
  }
  return result.sort((x, y) => y.score - x.score).slice(0, options.limit ?? 100);
}

export class MergeService {
  constructor(private readonly network: NetworkService) {}

  async candidates(options: { kinds?: string[]; threshold?: number; limit?: number } = {}): Promise<DuplicateCandidate[]> {
    return findDuplicates(await this.network.cache.data(), options);
  }

  async merge(keepId: string, dropId: string, actor: Actor): Promise<MergeRecord> {
    if (keepId === dropId) throw new ValidationError('kies twee verschillende knopen', [{ path: 'dropId', message: 'gelijk aan keepId' }]);
    const store = this.network.store;
    const [keep, drop] = await Promise.all([store.getNode(keepId), store.getNode(dropId)]);
    if (!keep) throw new NotFoundError('knoop', keepId);
    if (!drop) throw new NotFoundError('knoop', dropId);
    if (keep.kind !== drop.kind) throw new ValidationError(`een ${keep.kind} en een ${drop.kind} kunnen niet samengevoegd worden`, [{ path: 'dropId', message: 'andere soort' }]);
    const droppedTies = (await store.listTies({ nodeId: dropId, offset: 0, limit: 100_000 })).items;
    const keepTies = (await store.listTies({ nodeId: keepId, offset: 0, limit: 100_000 })).items;
    const existing = new Set(keepTies.map((tie) => tieKey(tie.type, tie.from, tie.to)));
    const created: GraphTie[] = [];
    for (const tie of droppedTies) {
      const from = tie.from === dropId ? keepId : tie.from;
      const to = tie.to === dropId ? keepId : tie.to;
      const key = tieKey(tie.type, from, to);
      if (from === to || existing.has(key)) continue;
      existing.add(key);
      created.push({ ...tie, id: newTieId(tie.type), from, to });
    }
    const fill: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(drop)) {
      if (['id', 'kind', 'name'].includes(field) || value === undefined || value === null) continue;
      if (keep[field] === undefined || keep[field] === null) fill[field] = value;
      else if (field === 'roles' && Array.isArray(value)) {
        const roles = [...new Set([...(keep.roles as string[]), ...(value as string[])])];
        if (roles.length !== (keep.roles as string[]).length) fill.roles = roles;
      }
    }
    const record: MergeRecord = {
      id: `${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString('hex')}`,
      keepBefore: keep,
      dropped: drop,
      droppedTies,
      createdTies: created.map((tie) => tie.id),
      filledFields: Object.keys(fill),
      by: actor.username,
      at: new Date().toISOString(),
    };
    // The record first: if anything below fails, the undo has what it needs.
    await store.putDocument(MERGE_COLLECTION, record.id, record);
    try {
      if (created.length) await store.bulkInsert({ nodes: [], ties: created });
      if (Object.keys(fill).length) await store.updateNode(keepId, fill);
      await store.deleteNode(dropId);
    } finally {
      this.network.cache.reload();
    }
    return record;
  }

  async undo(mergeId: string, actor: Actor): Promise<MergeRecord> {
    const store = this.network.store;
    const record = await store.getDocument<MergeRecord>(MERGE_COLLECTION, mergeId);
    if (!record) throw new NotFoundError('samenvoeging', mergeId);
    if (record.undone) throw new ConflictError('deze samenvoeging is al ongedaan gemaakt');
    if (await store.getNode(record.dropped.id)) throw new ConflictError(`knoop '${record.dropped.id}' bestaat weer; ongedaan maken kan niet`);
    try {
      for (const id of record.createdTies) await store.deleteTie(id);
      if (record.filledFields.length) await store.updateNode(record.keepBefore.id, Object.fromEntries(record.filledFields.map((field) => [field, record.keepBefore[field] ?? null])));
      // Ties of the dropped node whose other end has gone since are left out.
      const present = new Set<string>([record.dropped.id]);
      for (const tie of record.droppedTies) for (const end of [tie.from, tie.to]) if (!present.has(end) && (await store.getNode(end))) present.add(end);
      await store.bulkInsert({ nodes: [record.dropped], ties: record.droppedTies.filter((tie) => present.has(tie.from) && present.has(tie.to)) });
    } finally {
      this.network.cache.reload();
    }
    const undone = { ...record, undone: { by: actor.username, at: new Date().toISOString() } };
    await store.putDocument(MERGE_COLLECTION, mergeId, undone);
    return undone;
  }

  async list(): Promise<MergeRecord[]> {
    return (await this.network.store.listDocuments<MergeRecord>(MERGE_COLLECTION, { limit: 1000 })).map((document) => document.data).reverse();
  }
}
