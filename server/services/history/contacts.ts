/**
 * Contact moments on a tie (an ontmoeting, a verwijzing, an activiteit…),
 * kept as documents in collection `contacts` with the tie id and both
 * endpoints (so that erasure of either person removes them), and the tie's
 * `lastContact` moved forward through the network service (so the change is
 * in the history too). From them follows the effective strength of each tie
 * on a date (`analysis/decay`).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { isoDate, type GraphTie } from '../../model/index.ts';
import { ConflictError, ValidationError } from '../../errors.ts';
import type { GraphStore } from '../../store/index.ts';
import { activeOn, nodesInGebieden } from '../../analysis/scope.ts';
import { DEFAULT_HALF_LIFE_DAYS, effectiveStrength } from '../../analysis/decay/index.ts';
import type { Actor, NetworkService } from '../network-service.ts';
import { parseOrThrow } from '../validate.ts';

export const CONTACTS = 'contacts';

export const CONTACT_KINDS = ['ontmoeting', 'verwijzing', 'activiteit', 'telefoon', 'overleg', 'huisbezoek', 'overig'] as const;

export const contactCreateSchema = z
  .object({
    tieId: z.string().min(1).max(120),
    date: isoDate,
    kind: z.enum(CONTACT_KINDS).default('ontmoeting'),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type ContactCreate = z.input<typeof contactCreateSchema>;

export interface ContactMoment {
  tieId: string;
  type: string;
  from: string;
  to: string;
  date: string;
  kind: (typeof CONTACT_KINDS)[number];
  note?: string;
  recordedBy: string;
  recordedAt: string;
}

export class ContactService {
  constructor(
    private readonly store: GraphStore,
    private readonly network: NetworkService,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  /** Validates a contact moment; returns it with the tie it is on (throws 404 for an unknown tie). */
  async prepare(input: unknown): Promise<{ body: z.infer<typeof contactCreateSchema>; tie: GraphTie }> {
    const body = parseOrThrow(contactCreateSchema, input, 'contactmoment');
    if (body.date > this.today()) throw new ValidationError('een contactmoment kan niet in de toekomst liggen', [{ path: 'date', message: 'na vandaag' }]);
    const tie = await this.network.getTie(body.tieId);
    if (typeof tie.startDate === 'string' && body.date < tie.startDate) throw new ConflictError(`de band begon pas op ${tie.startDate}`, [{ path: 'date', message: 'vóór het begin van de band' }]);
    if (typeof tie.endDate === 'string' && body.date >= tie.endDate) throw new ConflictError(`de band is beëindigd op ${tie.endDate}`, [{ path: 'date', message: 'na het einde van de band' }]);
    return { body, tie };
  }

  /** Records a contact moment and moves the tie's lastContact forward. */
  async record(input: unknown, actor: Actor): Promise<{ contact: ContactMoment & { id: string }; tie: GraphTie }> {
    const { body, tie } = await this.prepare(input);
    const contact: ContactMoment = {
      tieId: tie.id,
      type: tie.type,
      from: tie.from,
      to: tie.to,
      date: body.date,
      kind: body.kind,
      ...(body.note ? { note: body.note } : {}),
      recordedBy: actor.username,
      recordedAt: new Date().toISOString(),
    };
    const id = `${tie.id}|${body.date}|${randomBytes(4).toString('hex')}`;
    await this.store.putDocument(CONTACTS, id, contact);
    const updated = !tie.lastContact || body.date > tie.lastContact ? await this.network.updateTie(tie.id, { lastContact: body.date }, actor) : tie;
    return { contact: { id, ...contact }, tie: updated };
  }

  async list(tieId: string): Promise<(ContactMoment & { id: string })[]> {
    const docs = await this.store.listDocuments<ContactMoment>(CONTACTS, { prefix: `${tieId}|`, limit: 100_000 });
    return docs.map((doc) => ({ id: doc.id, ...doc.data })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  /** Contact dates per tie. */
  async datesByTie(): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (let offset = 0; ; offset += 10_000) {
      const page = await this.store.listDocuments<ContactMoment>(CONTACTS, { offset, limit: 10_000 });
      for (const { data } of page) {
        const list = out.get(data.tieId);
        if (list) list.push(data.date);
        else out.set(data.tieId, [data.date]);
      }
      if (page.length < 10_000) break;
    }
    return out;
  }

  /**
   * Effective strength on `at` of every tie active then that has a strength,
   * a last contact or contact moments (in a gebied, when given).
   */
  async strengths(at: string, options: { gebied?: readonly string[]; halfLifeDays?: number } = {}): Promise<{ at: string; halfLifeDays: number; strengths: Record<string, number> }> {
    const data = await this.network.cache.data();
    const dates = await this.datesByTie();
    const members = options.gebied?.length ? nodesInGebieden(data, options.gebied) : undefined;
    const halfLifeDays = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
    const strengths: Record<string, number> = {};
    for (const tie of data.ties) {
      if (!activeOn(tie, at)) continue;
      if (members && !members.has(tie.from) && !members.has(tie.to)) continue;
      const contacts = dates.get(tie.id) ?? [];
      if (tie.strength === undefined && !tie.lastContact && !contacts.length) continue;
      // The recorded lastContact may be later than `at`: only what was known by then counts.
      const lastContact = tie.lastContact && tie.lastContact <= at ? tie.lastContact : undefined;
      strengths[tie.id] = effectiveStrength({ strength: tie.strength, lastContact, startDate: tie.startDate }, contacts, at, { halfLifeDays });
    }
    return { at, halfLifeDays, strengths };
  }
}
