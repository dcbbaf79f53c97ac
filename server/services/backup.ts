/**
 * Backup and restore of everything as one JSON file: the network, the app's
 * records (not sessions or secrets), the history events and the audit log's
 * erasure register. A restore replaces the network through the write path,
 * and first applies the erasure register, the one of this installation and
 * the one in the file, so that an old backup never brings an erased person
 * back.
 */
import { z } from 'zod';
import { NODE_KINDS, TIE_TYPES, type GraphNode, type GraphTie, type NetworkData } from '../model/index.ts';
import { ValidationError } from '../errors.ts';
import type { HistoryService } from './history/history-service.ts';
import type { NetworkCache } from './network-cache.ts';
import { BACKED_UP, COLLECTIONS, type Collection } from './records/collections.ts';
import { erasureHash, type EventRow, type RecordStore } from './records/record-store.ts';
import type { Actor } from './write/types.ts';
import type { WriteService } from './write/write-service.ts';
import type { Pseudonymiser } from './privacy/pseudonyms.ts';
import { scrubRecord, type Person } from './privacy/scrub.ts';

export interface Backup {
  format: 'wijknetwerk-backup';
  version: 2;
  createdAt: string;
  network: NetworkData;
  records: { collection: Collection; id: string; owner: string | null; data: unknown }[];
  events: EventRow[];
  erasures: { hash: string; erasedAt: string }[];
}

const backupShape = z.object({
  format: z.literal('wijknetwerk-backup'),
  version: z.literal(2),
  createdAt: z.string().max(40),
  network: z.object({
    nodes: z.array(z.looseObject({ id: z.string().max(120), kind: z.enum(NODE_KINDS) })),
    ties: z.array(z.looseObject({ id: z.string().max(120), type: z.enum(TIE_TYPES), from: z.string().max(120), to: z.string().max(120) })),
  }),
  records: z.array(z.object({ collection: z.enum(COLLECTIONS), id: z.string().max(400), owner: z.string().max(100).nullable(), data: z.unknown() })),
  events: z.array(z.object({ key: z.string().max(200), entityId: z.string().max(120), from: z.string().max(120).optional(), to: z.string().max(120).optional(), data: z.unknown() })),
  erasures: z.array(z.object({ hash: z.string().max(100), erasedAt: z.string().max(40) })),
});

export class BackupService {
  constructor(
    private readonly records: RecordStore,
    private readonly cache: NetworkCache,
    private readonly write: WriteService,
    private readonly history: HistoryService,
    private readonly pseudonymiser: Pseudonymiser,
  ) {}

  async create(): Promise<Backup> {
    const network = await this.cache.data();
    return {
      format: 'wijknetwerk-backup',
      version: 2,
      createdAt: new Date().toISOString(),
      network: { nodes: [...network.nodes], ties: [...network.ties] },
      records: this.records.allRecords(BACKED_UP),
      events: this.records.events(),
      erasures: this.records.erasureRegister(),
    };
  }

  /** Replaces everything with the backup's content, less every erased person. A backup that does not load leaves the current data in place. */
  async restore(actor: Actor, input: unknown): Promise<{ nodes: number; ties: number; records: number; erased: number }> {
    const parsed = backupShape.safeParse(input);
    if (!parsed.success) throw new ValidationError(`dit is geen geldige Wijknetwerk-backup: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    const backup = parsed.data as unknown as Backup;
    this.records.addErasures(backup.erasures);
    const erased = new Set(this.records.erasureRegister().map((entry) => entry.hash));
    const gone = (id: string | undefined) => !!id && erased.has(erasureHash(id));
    const nodes = backup.network.nodes.filter((node: GraphNode) => !gone(node.id));
    const kept = new Set(nodes.map((node) => node.id));
    const ties = backup.network.ties.filter((tie: GraphTie) => kept.has(tie.from) && kept.has(tie.to));
    // Records that mention an erased person are scrubbed as the erasure scrubbed them, with the names the backup still holds.
    const erasedPersons: Person[] = backup.network.nodes
      .filter((node: GraphNode) => gone(node.id))
      .map((node) => ({ id: node.id, texts: [node.name, node.contact, node.externalId].filter((text): text is string => typeof text === 'string'), pseudonym: this.pseudonymiser.pseudonym(node.id) }));
    const records = backup.records.flatMap((record) => {
      let data = record.data;
      for (const person of erasedPersons) {
        const result = scrubRecord(data, person);
        if (result.action === 'delete') return [];
        if (result.action === 'update') data = result.data;
      }
      return [{ ...record, data }];
    });
    const events = backup.events.filter((event) => !gone(event.entityId) && !gone(event.from) && !gone(event.to));
    await this.write.replaceNetwork(actor, 'restore', { nodes, ties }, () => {
      for (const collection of BACKED_UP) this.records.clear(collection);
      for (const record of records) this.records.put(record.collection, record.id, record.data, record.owner);
      this.records.clearEvents();
      this.records.appendEvents(events);
    });
    this.history.reload();
    return { nodes: nodes.length, ties: ties.length, records: records.length, erased: backup.network.nodes.length - nodes.length };
  }
}
