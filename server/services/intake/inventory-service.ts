/**
 * Team inventory (inventarisatie): each wijkteam member lists the contacts
 * they have — organisations, initiatives, key people. The lists are kept per
 * member (records `inventories`, id `<wijkteamId>:<memberId>`) and
 * combined into the wijk network: the member becomes LID_VAN the wijkteam, the
 * wijkteam VERWIJST_NAAR each organisation and initiative, and the member KENT
 * each key person (source `inventarisatie`). The combined view shows which
 * contacts hang on a single team member: the pilots' single point of failure.
 */
import { z } from 'zod';
import type { GraphNode, GraphTie, TieType } from '../../model/index.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { newTieId } from '../ids.ts';
import { NetworkIndex } from '../import/network-index.ts';
import { actorOf, type NetworkService } from '../network-service.ts';
import type { Viewer } from '../privacy/policy.ts';
import type { RecordStore } from '../records/record-store.ts';
import { parseOrThrow } from '../validate.ts';
import type { InventoryView } from '../../model/wire/intake.ts';

export const INVENTORY_COLLECTION = 'inventories';

export const inventorySchema = z
  .object({
    memberId: z.string().regex(/^per_/, 'moet een persoon zijn'),
    contacts: z.array(z.string().regex(/^(org|ini|per)_/, 'een organisatie, initiatief of persoon')).max(500),
  })
  .strict();

export interface InventoryList {
  wijkteamId: string;
  memberId: string;
  contacts: string[];
  recordedBy: string;
  recordedAt: string;
}

const CONTACT_TIE: Record<string, TieType> = { organisatie: 'VERWIJST_NAAR', initiatief: 'VERWIJST_NAAR', persoon: 'KENT' };

export class InventoryService {
  constructor(
    private readonly network: NetworkService,
    private readonly records: RecordStore,
  ) {}

  /** One member's list: the ties it implies and the list itself in one write, with the rights of any change to that wijkteam. */
  async record(viewer: Viewer, wijkteamId: string, input: unknown): Promise<InventoryView> {
    const actor = actorOf(viewer);
    const { memberId, contacts } = parseOrThrow(inventorySchema, input, 'inventarisatie');
    const index = new NetworkIndex(await this.network.cache.data());
    const wijkteam = index.nodes.get(wijkteamId);
    if (!wijkteam || wijkteam.kind !== 'wijkteam') throw new NotFoundError('wijkteam', wijkteamId);
    const member = index.nodes.get(memberId);
    if (!member || !viewer.sees(member)) throw new ValidationError(`persoon '${memberId}' bestaat niet`, [{ path: 'memberId', message: 'bestaat niet' }]);
    const missing = contacts.filter((id) => !index.nodes.has(id) || !viewer.sees(index.nodes.get(id)!));
    if (missing.length) throw new ValidationError(`onbekende contacten: ${missing.join(', ')}`, missing.map((id) => ({ path: 'contacts', message: `'${id}' bestaat niet` })));
    const recordedAt = new Date().toISOString();
    const ties: GraphTie[] = [];
    const add = (type: TieType, from: string, to: string) => {
      if (from === to || index.findTie(type, from, to)) return;
      const tie = { id: newTieId(type), type, from, to, source: 'inventarisatie', ...(from.startsWith('per_') ? { consentBasis: 'gerechtvaardigd_belang' } : {}) } as GraphTie;
      ties.push(tie);
      index.addTie(tie);
    };
    add('LID_VAN', memberId, wijkteamId);
    for (const id of contacts) {
      const kind = index.nodes.get(id)!.kind;
      add(CONTACT_TIE[kind]!, kind === 'persoon' ? memberId : wijkteamId, id);
    }
    const list: InventoryList = { wijkteamId, memberId, contacts: [...new Set(contacts)], recordedBy: actor.username, recordedAt };
    viewer.wrote = true;
    await this.network.writer.apply({
      actor,
      source: 'inventory',
      route: '/api/intake/inventaris',
      changes: ties.map((tie) => ({ op: 'createTie', tie })),
      touches: [wijkteamId],
      records: [{ collection: INVENTORY_COLLECTION, id: `${wijkteamId}:${memberId}`, data: list, owner: actor.username }],
    });
    return this.view(viewer, wijkteamId);
  }

  async view(viewer: Viewer, wijkteamId: string): Promise<InventoryView> {
    const data = await this.network.cache.data();
    const nodes = new Map(data.nodes.map((node) => [node.id, node]));
    const wijkteam = nodes.get(wijkteamId);
    if (!wijkteam || wijkteam.kind !== 'wijkteam') throw new NotFoundError('wijkteam', wijkteamId);
    const visible = (id: string) => !!nodes.get(id) && viewer.visible(id);
    const lists = this.records
      .list<InventoryList>(INVENTORY_COLLECTION, { prefix: `${wijkteamId}:` })
      .map((record) => ({ ...record.data, contacts: record.data.contacts.filter(visible) }))
      .filter((list) => visible(list.memberId));
    const nameOf = (id: string) => viewer.label(id);
    const byContact = new Map<string, string[]>();
    for (const list of lists) for (const contact of list.contacts) (byContact.get(contact) ?? byContact.set(contact, []).get(contact)!).push(list.memberId);
    const contacts = [...byContact].map(([id, members]) => ({ id, name: nameOf(id), kind: nodes.get(id)?.kind ?? 'onbekend', members: members.map((member) => ({ id: member, name: nameOf(member) })) }));
    contacts.sort((a, b) => a.members.length - b.members.length || a.name.localeCompare(b.name, 'nl'));
    return {
      wijkteam,
      members: lists.map((list) => ({ id: list.memberId, name: nameOf(list.memberId), contacts: list.contacts.length })),
      contacts,
      singlePoints: contacts.filter((contact) => contact.members.length === 1).map(({ members, ...contact }) => ({ ...contact, member: members[0]! })),
    };
  }
}
