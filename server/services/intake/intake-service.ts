/**
 * Sneeuwbal (snowball) intake, as the pilots mapped networks: interview a
 * resident or professional — whom do you know (strength, last contact), with
 * whom do you work and on which theme, whom should we talk to next — and record
 * the answers as persons and ties with provenance (`source: 'sneeuwbal'`,
 * recordedBy, recordedAt) and, for new persons, their consent basis and date.
 *
 * Existing people are proposed by fuzzy name match within the gebied, so that
 * the same neighbour is linked rather than created twice. The people to talk
 * to next are kept as records (`intake-todo`) that point at the person, never
 * a copy of their name.
 *
 * A person mentioned in an interview has no legal basis until they are
 * asked themselves: unless the form says otherwise, they are recorded with
 * `consentBasis: 'geen'` (and so appear only as counts to everyone but the
 * beheerder). The whole interview is one request through the write path,
 * with the same rights as any other change.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { nodesInGebieden } from '../../analysis/scope.ts';
import {
  allowedPair,
  consentBasis,
  isoDate,
  kindOfNodeId,
  personRole,
  tieType,
  type GraphNode,
  type HiddenNode,
  type GraphTie,
  type NetworkData,
  type TieType,
} from '../../model/index.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { newNodeId, newTieId } from '../ids.ts';
import { AREA_TIE, NetworkIndex } from '../import/network-index.ts';
import { actorOf, shownAfterWrite, type NetworkService } from '../network-service.ts';
import type { Viewer } from '../privacy/policy.ts';
import type { RecordStore } from '../records/record-store.ts';
import type { Change } from '../write/types.ts';
import { parseOrThrow } from '../validate.ts';
import { nameSimilarity } from './fuzzy.ts';
import type { InterviewResult, Suggestion, TodoItem } from '../../model/wire/intake.ts';

export const TODO_COLLECTION = 'intake-todo';

/** A person: an existing one by id, or a new one by name (and roles). */
const personRef = z.union([
  z.object({ id: z.string().regex(/^per_/, 'moet een persoon zijn') }).strict(),
  z
    .object({
      name: z.string().trim().min(1, 'naam is verplicht').max(200),
      roles: z.array(personRole).min(1).max(12).default(['bewoner']),
      gebiedId: z.string().regex(/^geb_/).optional(),
      consentBasis: consentBasis.default('geen'),
      consentDate: isoDate.optional(),
      contact: z.string().trim().max(200).optional(),
    })
    .strict(),
]);

/** The interviewee may be someone already in the network who now gives consent in the interview. */
const intervieweeRef = z.union([
  z.object({ id: z.string().regex(/^per_/, 'moet een persoon zijn'), consentBasis: consentBasis.optional(), consentDate: isoDate.optional() }).strict(),
  personRef,
]);

export const interviewSchema = z
  .object({
    /** The gebied the interview is about; new persons live there unless they say otherwise. */
    gebiedId: z.string().regex(/^geb_/, 'moet een gebied zijn').optional(),
    date: isoDate.optional(),
    interviewee: intervieweeRef,
    knows: z
      .array(z.object({ person: personRef, strength: z.number().int().min(1).max(5).optional(), lastContact: isoDate.optional() }).strict())
      .max(200)
      .default([]),
    worksWith: z
      .array(
        z
          .object({
            /** An organisation, initiative or person. */
            nodeId: z.string().min(1),
            type: tieType.optional(),
            themeId: z.string().regex(/^thm_/).optional(),
          })
          .strict(),
      )
      .max(200)
      .default([]),
    nextToTalk: z
      .array(z.object({ person: personRef }).strict())
      .max(100)
      .default([]),
  })
  .strict();
export type InterviewInput = z.input<typeof interviewSchema>;

/** Default tie from a person to a node of this kind, for "works with". */
const WORKS_WITH_DEFAULT: Record<string, TieType> = { organisatie: 'WERKT_BIJ', initiatief: 'ONDERSTEUNT', persoon: 'KENT', wijkteam: 'LID_VAN' };

export class IntakeService {
  constructor(
    private readonly network: NetworkService,
    private readonly records: RecordStore,
  ) {}

  /** Existing persons whose name is like `name`, within the gebied when given, best first: only persons this viewer may identify. */
  async suggest(viewer: Viewer, name: string, gebiedId?: string, limit = 5): Promise<Suggestion[]> {
    const data = await this.network.cache.data();
    return suggestPersons({ nodes: data.nodes.filter((node) => node.kind !== 'persoon' || viewer.identifies(node)), ties: data.ties }, name, gebiedId, limit);
  }

  async recordInterview(viewer: Viewer, input: unknown): Promise<InterviewResult> {
    const actor = actorOf(viewer);
    const interview = parseOrThrow(interviewSchema, input, 'interview');
    const data = await this.network.cache.data();
    const index = new NetworkIndex(data);
    const now = new Date().toISOString();
    const date = interview.date ?? now.slice(0, 10);
    const createdNodes: GraphNode[] = [];
    const createdTies: GraphTie[] = [];
    const tieUpdates: { id: string; changes: Record<string, unknown> }[] = [];

    const provenance = { source: 'sneeuwbal' as const, recordedBy: actor.username, recordedAt: now };
    const addTie = (type: TieType, from: string, to: string, extra: Partial<GraphTie> = {}) => {
      const existing = index.findTie(type, from, to);
      if (existing) {
        const changes = Object.fromEntries(Object.entries(extra).filter(([key, value]) => value !== undefined && (existing as Record<string, unknown>)[key] !== value && key !== 'consentBasis'));
        if (Object.keys(changes).length) tieUpdates.push({ id: existing.id, changes });
        return existing.id;
      }
      const tie = { id: newTieId(type), type, from, to, ...provenance, ...(type === 'KENT' || from.startsWith('per_') ? { consentBasis: 'gerechtvaardigd_belang' as const } : {}), ...definedOnly(extra) } as GraphTie;
      createdTies.push(tie);
      index.addTie(tie);
      return tie.id;
    };
    const resolve = (ref: z.infer<typeof personRef>, path: string): string => {
      if ('id' in ref) {
        const known = index.nodes.get(ref.id);
        if (!known || !viewer.sees(known)) throw new ValidationError(`persoon '${ref.id}' bestaat niet`, [{ path, message: 'bestaat niet' }]);
        return ref.id;
      }
      const gebiedId = ref.gebiedId ?? interview.gebiedId;
      if (gebiedId && !index.nodes.has(gebiedId)) throw new ValidationError(`gebied '${gebiedId}' bestaat niet`, [{ path: `${path}.gebiedId`, message: 'bestaat niet' }]);
      // The same new name twice in one interview is one person.
      const same = createdNodes.find((node) => node.name === ref.name);
      if (same) return same.id;
      const node = {
        id: newNodeId('persoon'),
        kind: 'persoon',
        name: ref.name,
        roles: ref.roles,
        consentBasis: ref.consentBasis,
        consentDate: ref.consentDate ?? date,
        consentPurpose: 'sociale basis: netwerk in kaart (sneeuwbal)',
        ...(ref.contact ? { contact: ref.contact } : {}),
      } as GraphNode;
      createdNodes.push(node);
      index.addNode(node);
      if (gebiedId) addTie(AREA_TIE.persoon!, node.id, gebiedId);
      return node.id;
    };

    const intervieweeId = resolve('id' in interview.interviewee ? { id: interview.interviewee.id } : interview.interviewee, 'interviewee');
    // Consent given in this interview by someone who was only mentioned before.
    const given = 'id' in interview.interviewee ? (interview.interviewee as { consentBasis?: z.infer<typeof consentBasis>; consentDate?: string }) : {};
    const consentChange =
      given.consentBasis && index.nodes.get(intervieweeId)!.consentBasis !== given.consentBasis ? { consentBasis: given.consentBasis, consentDate: given.consentDate ?? date } : undefined;
    interview.knows.forEach((entry, position) => {
      const other = resolve(entry.person, `knows.${position}.person`);
      if (other === intervieweeId) throw new ValidationError('iemand kent zichzelf niet', [{ path: `knows.${position}`, message: 'gelijk aan de geïnterviewde' }]);
      addTie('KENT', intervieweeId, other, { strength: entry.strength, lastContact: entry.lastContact });
    });
    interview.worksWith.forEach((entry, position) => {
      const target = index.nodes.get(entry.nodeId);
      if (!target || !viewer.sees(target)) throw new ValidationError(`knoop '${entry.nodeId}' bestaat niet`, [{ path: `worksWith.${position}.nodeId`, message: 'bestaat niet' }]);
      const type = entry.type ?? WORKS_WITH_DEFAULT[target.kind];
      if (!type || !allowedPair(type, 'persoon', target.kind)) {
        throw new ValidationError(`een persoon kan niet met een ${type ?? '?'}-band aan een ${target.kind} verbonden worden`, [{ path: `worksWith.${position}.type`, message: 'past niet' }]);
      }
      addTie(type, intervieweeId, target.id);
      if (entry.themeId) {
        if (kindOfNodeId(entry.themeId) !== 'thema' || !index.nodes.has(entry.themeId)) throw new ValidationError(`thema '${entry.themeId}' bestaat niet`, [{ path: `worksWith.${position}.themeId`, message: 'bestaat niet' }]);
        if (allowedPair('RICHT_ZICH_OP', target.kind, 'thema')) addTie('RICHT_ZICH_OP', target.id, entry.themeId);
      }
    });
    const todo: TodoItem[] = interview.nextToTalk.map((entry, position) => {
      const personId = resolve(entry.person, `nextToTalk.${position}.person`);
      return {
        id: `${now.slice(0, 10)}-${randomBytes(4).toString('hex')}`,
        personId,
        gebiedId: ('gebiedId' in entry.person ? entry.person.gebiedId : undefined) ?? interview.gebiedId,
        suggestedBy: intervieweeId,
        createdBy: actor.username,
        createdAt: now,
        done: false,
      };
    });

    const changes: Change[] = [
      ...createdNodes.map((node): Change => ({ op: 'createNode', node })),
      ...createdTies.map((tie): Change => ({ op: 'createTie', tie: withoutProvenance(tie) })),
      ...(consentChange ? [{ op: 'updateNode', id: intervieweeId, changes: consentChange } as Change] : []),
      ...tieUpdates.map((update): Change => ({ op: 'updateTie', id: update.id, changes: update.changes })),
    ];
    viewer.wrote = true;
    const result = await this.network.writer.apply({
      actor,
      source: 'intake',
      route: '/api/intake/interview',
      changes,
      touches: [intervieweeId],
      records: todo.map((item) => ({ collection: TODO_COLLECTION, id: item.id, data: item, owner: actor.username })),
    });
    const created = new Set(createdNodes.map((node) => node.id));
    return {
      intervieweeId,
      createdNodes: result.nodes.filter((node) => created.has(node.id)).map((node) => shownAfterWrite(viewer, node)),
      createdTies: result.ties.filter((tie) => !tieUpdates.some((update) => update.id === tie.id)),
      updatedTies: tieUpdates.map((update) => update.id),
      todo: todo.map((item) => this.shown(viewer, item)).filter((item): item is TodoItem => !!item),
    };
  }

  /** The nog-te-spreken list: items about persons this viewer may see, each with the name as the viewer sees it now. */
  async listTodo(viewer: Viewer, options: { gebiedId?: string; includeDone?: boolean } = {}): Promise<TodoItem[]> {
    await this.network.cache.ready();
    return this.records
      .list<TodoItem>(TODO_COLLECTION)
      .map((record) => record.data)
      .filter((item) => (options.includeDone || !item.done) && (!options.gebiedId || item.gebiedId === options.gebiedId))
      .flatMap((item) => this.shown(viewer, item) ?? []);
  }

  async setTodoDone(viewer: Viewer, id: string, done: boolean): Promise<TodoItem> {
    await this.network.cache.ready();
    const item = this.records.get<TodoItem>(TODO_COLLECTION, id)?.data;
    const shown = item && this.shown(viewer, item);
    if (!item || !shown) throw new NotFoundError('te spreken persoon', id);
    viewer.wrote = true;
    await this.network.writer.apply({
      actor: actorOf(viewer),
      source: 'intake',
      route: '/api/intake/todo',
      changes: [],
      touches: [item.personId],
      records: [{ collection: TODO_COLLECTION, id, data: { ...item, done }, owner: this.records.get(TODO_COLLECTION, id)?.owner ?? null }],
    });
    return { ...shown, done };
  }

  private shown(viewer: Viewer, item: TodoItem): TodoItem | null {
    const person = this.network.cache.nodeNow(item.personId);
    const visible = person && viewer.node(person);
    if (!visible) return null;
    const { name: _stale, ...rest } = item as TodoItem & { note?: unknown };
    delete (rest as { note?: unknown }).note;
    return { ...rest, name: visible.name };
  }
}

/** The write path records who and when; an interview only says where it came from. */
function withoutProvenance({ recordedBy: _by, recordedAt: _at, ...tie }: GraphTie): Omit<GraphTie, 'recordedBy' | 'recordedAt'> {
  return tie;
}

export function suggestPersons(data: NetworkData, name: string, gebiedId: string | undefined, limit = 5, threshold = 0.82): Suggestion[] {
  const members = gebiedId ? nodesInGebieden(data, [gebiedId]) : undefined;
  const result: Suggestion[] = [];
  for (const node of data.nodes) {
    if (node.kind !== 'persoon' || (members && !members.has(node.id))) continue;
    const score = nameSimilarity(name, node.name);
    if (score >= threshold) result.push({ id: node.id, name: node.name, roles: (node.roles as string[]) ?? [], score: Math.round(score * 1000) / 1000 });
  }
  return result.sort((a, b) => b.score - a.score).slice(0, limit);
}

function definedOnly<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}
