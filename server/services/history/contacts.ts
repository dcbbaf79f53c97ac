/**
 * Contact moments on a tie (an ontmoeting, a verwijzing, an activiteit…),
 * kept as records (`contacts`) with the tie id and both endpoints (so that
 * erasure of either person removes them), and the tie's `lastContact` moved
 * forward in the same write (so the change is in the history too). From them
 * follows the effective strength of each tie on a date (`analysis/decay`).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { isoDate, type GraphTie } from '../../model/index.ts';
import { CONTACT_KINDS, type ContactMoment } from '../../model/wire/contacts.ts';
import { ConflictError, ValidationError } from '../../errors.ts';
import type { RecordStore } from '../records/record-store.ts';
import { activeOn, nodesInGebieden } from '../../analysis/scope.ts';
import { DEFAULT_HALF_LIFE_DAYS, effectiveStrength } from '../../analysis/decay/index.ts';
import { actorOf, type NetworkService } from '../network-service.ts';
import type { Viewer } from '../privacy/policy.ts';
import { parseOrThrow } from '../validate.ts';

export const contactCreateSchema = z
  .object({
    tieId: z.string().min(1).max(120),
    date: isoDate,
    kind: z.enum(CONTACT_KINDS).default('ontmoeting'),
  })
  .strict();
export type ContactCreate = z.input<typeof contactCreateSchema>;

export class ContactService {
  constructor(
    private readonly records: RecordStore,
    private readonly network: NetworkService,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  /**
   * Records a contact moment and moves the tie's lastContact forward, in one
   * write: the contact needs the same right as changing the tie.
   */
  async record(viewer: Viewer, input: unknown): Promise<{ contact: ContactMoment & { id: string }; tie: GraphTie }> {
    const body = parseOrThrow(contactCreateSchema, input, 'contactmoment');
    if (body.date > this.today()) throw new ValidationError('een contactmoment kan niet in de toekomst liggen', [{ path: 'date', message: 'na vandaag' }]);
    const tie = await this.network.tie(viewer, body.tieId);
    if (typeof tie.startDate === 'string' && body.date < tie.startDate) throw new ConflictError(`de band begon pas op ${tie.startDate}`, [{ path: 'date', message: 'vóór het begin van de band' }]);
    if (typeof tie.endDate === 'string' && body.date >= tie.endDate) throw new ConflictError(`de band is beëindigd op ${tie.endDate}`, [{ path: 'date', message: 'na het einde van de band' }]);
    const contact: ContactMoment = {
      tieId: tie.id,
      type: tie.type,
      from: tie.from,
      to: tie.to,
      date: body.date,
      kind: body.kind,
      recordedBy: viewer.user.username,
      recordedAt: new Date().toISOString(),
    };
    const id = `${tie.id}|${body.date}|${randomBytes(4).toString('hex')}`;
    const moves = !tie.lastContact || body.date > tie.lastContact;
    viewer.wrote = true;
    const result = await this.network.writer.apply({
      actor: actorOf(viewer),
      source: 'contact',
      route: '/api/contacts',
      changes: moves ? [{ op: 'updateTie', id: tie.id, changes: { lastContact: body.date } }] : [],
      touches: [tie.id],
      records: [{ collection: 'contacts', id, data: contact, owner: viewer.user.username }],
    });
    return { contact: { id, ...contact }, tie: viewer.tie(result.ties[0] ?? tie) ?? tie };
  }

  /** The contact moments of a tie the viewer may see. */
  async list(viewer: Viewer, tieId: string): Promise<(ContactMoment & { id: string })[]> {
    await this.network.tie(viewer, tieId);
    return this.records
      .list<ContactMoment>('contacts', { prefix: `${tieId}|` })
      .map((record) => ({ id: record.id, ...withoutNote(record.data) }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  /** Contact dates per tie. */
  datesByTie(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const { data } of this.records.list<ContactMoment>('contacts')) {
      const list = out.get(data.tieId);
      if (list) list.push(data.date);
      else out.set(data.tieId, [data.date]);
    }
    return out;
  }

  /**
   * Effective strength on `at` of every tie active then that has a strength,
   * a last contact or contact moments (in a gebied, when given), for the ties
   * this viewer may see.
   */
  async strengths(viewer: Viewer, at: string, options: { gebied?: readonly string[]; halfLifeDays?: number } = {}): Promise<{ at: string; halfLifeDays: number; strengths: Record<string, number> }> {
    const data = await this.network.cache.data();
    const dates = this.datesByTie();
    const members = options.gebied?.length ? nodesInGebieden(data, options.gebied) : undefined;
    const halfLifeDays = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
    const strengths: Record<string, number> = {};
    for (const tie of data.ties) {
      if (!activeOn(tie, at)) continue;
      if (members && !members.has(tie.from) && !members.has(tie.to)) continue;
      if (!viewer.tie(tie)) continue;
      const contacts = dates.get(tie.id) ?? [];
      if (tie.strength === undefined && !tie.lastContact && !contacts.length) continue;
      // The recorded lastContact may be later than `at`: only what was known by then counts.
      const lastContact = tie.lastContact && tie.lastContact <= at ? tie.lastContact : undefined;
      strengths[tie.id] = effectiveStrength({ strength: tie.strength, lastContact, startDate: tie.startDate }, contacts, at, { halfLifeDays });
    }
    return { at, halfLifeDays, strengths };
  }
}

/** Records made before notes were dropped may still carry one; it is never shown. */
function withoutNote(contact: ContactMoment & { note?: unknown }): ContactMoment {
  const { note: _note, ...rest } = contact;
  return rest;
}
