/**
 * Duplicates: find likely duplicate persons and organisations (similar name,
 * same gebied, shared neighbours) and merge two of them: the ties of the one
 * dropped are re-pointed to the one kept (exact duplicates dropped), fields the
 * kept node lacks are filled from the dropped one, and the dropped node is
 * deleted, all in one write. Every merge keeps the state before it (record
 * `merges`), so it can be undone.
 */
import { randomBytes } from 'node:crypto';
import type { GraphNode, GraphTie, NetworkData } from '../../model/index.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { newTieId } from '../ids.ts';
import { nameKey, nameSimilarity } from '../intake/fuzzy.ts';
import { tieKey } from '../import/network-index.ts';
import { actorOf, type NetworkService } from '../network-service.ts';
import type { Viewer } from '../privacy/policy.ts';
import type { RecordStore } from '../records/record-store.ts';
import type { Change } from '../write/types.ts';
import type { DuplicateCandidate, MergeRecord } from '../../model/wire/intake.ts';

export const MERGE_COLLECTION = 'merges';
const AREA_TYPES = new Set(['WOONT_IN', 'ACTIEF_IN', 'WERKT_IN', 'LIGT_IN']);

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
  constructor(
    private readonly network: NetworkService,
    private readonly records: RecordStore,
  ) {}

  /** Likely duplicates among the nodes this viewer may identify. */
  async candidates(viewer: Viewer, options: { kinds?: string[]; threshold?: number; limit?: number } = {}): Promise<DuplicateCandidate[]> {
    const data = await this.network.cache.data();
    return findDuplicates({ nodes: data.nodes.filter((node) => viewer.sees(node) && viewer.identifies(node)), ties: data.ties }, options);
  }

  /** Merges `dropId` into `keepId`: one write (re-pointed ties, filled fields, the dropped node deleted) with the record that can undo it. */
  async merge(viewer: Viewer, keepId: string, dropId: string): Promise<MergeRecord> {
    if (keepId === dropId) throw new ValidationError('kies twee verschillende knopen', [{ path: 'dropId', message: 'gelijk aan keepId' }]);
    await this.network.cache.ready();
    const cache = this.network.cache;
    const keep = this.seen(viewer, keepId);
    const drop = this.seen(viewer, dropId);
    if (keep.kind !== drop.kind) throw new ValidationError(`een ${keep.kind} en een ${drop.kind} kunnen niet samengevoegd worden`, [{ path: 'dropId', message: 'andere soort' }]);
    const droppedTies = cache.tiesAt(dropId);
    const existing = new Set(cache.tiesAt(keepId).map((tie) => tieKey(tie.type, tie.from, tie.to)));
    const created: GraphTie[] = [];
    for (const tie of droppedTies) {
      const from = tie.from === dropId ? keepId : tie.from;
      const to = tie.to === dropId ? keepId : tie.to;
      const key = tieKey(tie.type, from, to);
      if (from === to || existing.has(key)) continue;
      existing.add(key);
      const { version: _version, ...rest } = tie;
      created.push({ ...rest, id: newTieId(tie.type), from, to });
    }
    const fill: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(drop)) {
      if (['id', 'kind', 'name', 'version'].includes(field) || value === undefined || value === null) continue;
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
      by: viewer.user.username,
      at: new Date().toISOString(),
    };
    viewer.wrote = true;
    await this.network.writer.apply({
      actor: actorOf(viewer),
      source: 'merge',
      route: '/api/merge',
      changes: [
        ...created.map((tie): Change => ({ op: 'createTie', tie: withoutSystemFields(tie) })),
        ...(Object.keys(fill).length ? [{ op: 'updateNode', id: keepId, changes: fill, ifVersion: keep.version ?? 0 } as Change] : []),
        { op: 'deleteNode', id: dropId, ifVersion: drop.version ?? 0 },
      ],
      records: [{ collection: MERGE_COLLECTION, id: record.id, data: record, owner: viewer.user.username }],
    });
    return record;
  }

  async undo(viewer: Viewer, mergeId: string): Promise<MergeRecord> {
    await this.network.cache.ready();
    const cache = this.network.cache;
    const record = this.records.get<MergeRecord>(MERGE_COLLECTION, mergeId)?.data;
    if (!record || !cache.nodeNow(record.keepBefore.id) || !viewer.visible(record.keepBefore.id)) throw new NotFoundError('samenvoeging', mergeId);
    if (record.undone) throw new ConflictError('deze samenvoeging is al ongedaan gemaakt');
    if (cache.nodeNow(record.dropped.id)) throw new ConflictError(`knoop '${record.dropped.id}' bestaat weer; ongedaan maken kan niet`);
    const keep = cache.nodeNow(record.keepBefore.id)!;
    // Ties of the dropped node whose other end has gone since are left out.
    const restoredTies = record.droppedTies.filter((tie) => [tie.from, tie.to].every((end) => end === record.dropped.id || cache.nodeNow(end)));
    const undone = { ...record, undone: { by: viewer.user.username, at: new Date().toISOString() } };
    viewer.wrote = true;
    await this.network.writer.apply({
      actor: actorOf(viewer),
      source: 'undo',
      route: '/api/merge/undo',
      changes: [
        ...record.createdTies.filter((id) => cache.tieNow(id)).map((id): Change => ({ op: 'deleteTie', id })),
        ...(record.filledFields.length
          ? [{ op: 'updateNode', id: keep.id, changes: Object.fromEntries(record.filledFields.map((field) => [field, record.keepBefore[field] ?? null])) } as Change]
          : []),
        { op: 'createNode', node: withoutSystemFields(record.dropped) },
        ...restoredTies.map((tie): Change => ({ op: 'createTie', tie: withoutSystemFields(tie) })),
      ],
      records: [{ collection: MERGE_COLLECTION, id: mergeId, data: undone, owner: this.records.get(MERGE_COLLECTION, mergeId)?.owner ?? null }],
    });
    return undone;
  }

  /** Merges this viewer may see, newest first. */
  async list(viewer: Viewer): Promise<MergeRecord[]> {
    await this.network.cache.ready();
    return this.records
      .list<MergeRecord>(MERGE_COLLECTION)
      .map((record) => record.data)
      .filter((record) => this.network.cache.nodeNow(record.keepBefore.id) && viewer.visible(record.keepBefore.id))
      .map((record) => ({ ...record, keepBefore: viewer.node(record.keepBefore) ?? record.keepBefore, dropped: viewer.node(record.dropped) ?? record.dropped, droppedTies: [] }))
      .reverse();
  }

  private seen(viewer: Viewer, id: string): GraphNode {
    const node = this.network.cache.nodeNow(id);
    if (!node || !viewer.sees(node)) throw new NotFoundError('knoop', id);
    return node;
  }
}

/** A recreated node or tie carries its own fields; the write path gives it a new version. */
function withoutSystemFields<T extends GraphNode | GraphTie>(entity: T): Omit<T, 'version'> {
  const { version: _version, ...rest } = entity;
  return rest;
}
