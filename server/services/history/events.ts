/**
 * History events: the append-only record of every change to the network, and
 * the network on a date rebuilt from them.
 *
 * Two clocks. `recordedAt` is when the change was made (who, when). `date` is
 * the day in the network's own time from which the change holds:
 * - `started` / `ended` (derived from an entity's startDate / endDate, for
 *   everything that entered through the bulk path without change events, such
 *   as the demo and imports): at startDate ('' = always) and at endDate;
 * - `create`: at the entity's startDate, or the day it was recorded when it has none;
 * - `update`: the day it was recorded, or earlier when the update moves a
 *   start or end date to before that (so `ended` with a past endDate holds
 *   from that endDate);
 * - `ended`: an update that sets an endDate. The entity stays in the store
 *   (and in the history); only `delete` removes it, from the day of deleting.
 *
 * Event documents carry the entity id in `id` and, for ties, the endpoints in
 * `from` and `to`, so that erasure of a person (which drops every document
 * whose id/from/to is the person) removes them from history entirely.
 * Document ids sort by (date, recordedAt, sequence), with derived events
 * first on their day: listing the collection gives the replay order.
 */
import type { GraphNode, GraphTie, NetworkData } from '../../model/index.ts';
import type { EntityChange } from '../write/plan.ts';
import type { Actor } from '../write/types.ts';

/** One change of a write, with who made it. */
export type NetworkChange = EntityChange & { actor: Actor };
import { activeOn } from '../../analysis/scope.ts';

export type EventOp = 'started' | 'ended' | 'create' | 'update' | 'delete';
export type EventEntity = 'node' | 'tie';
type Entity = GraphNode | GraphTie;

export interface HistoryEvent {
  /** Day (YYYY-MM-DD) from which the change holds; '' = since always. */
  date: string;
  op: EventOp;
  entity: EventEntity;
  id: string;
  /** Node kind or tie type. */
  kind: string;
  /** Tie endpoints. */
  from?: string;
  to?: string;
  /** Account that made the change ('systeem' for derived events). */
  actor: string;
  /** When it was recorded (ISO time). */
  recordedAt: string;
  /** Derived from start/end dates rather than recorded as a change. */
  derived?: true;
  before?: Entity;
  after?: Entity;
}

export interface StoredEvent {
  /** Sortable document id. */
  key: string;
  event: HistoryEvent;
}

let sequence = 0;

/** Sortable id of a stored event. */
export function eventKey(event: HistoryEvent): string {
  return `${event.date || '0000-00-00'}|${event.recordedAt || '!'}|${String(sequence++ % 1e9).padStart(9, '0')}`;
}

function base(entity: Entity, kindOfEntity: EventEntity): Pick<HistoryEvent, 'entity' | 'id' | 'kind' | 'from' | 'to'> {
  if (kindOfEntity === 'tie') {
    const tie = entity as GraphTie;
    return { entity: 'tie', id: tie.id, kind: tie.type, from: tie.from, to: tie.to };
  }
  return { entity: 'node', id: entity.id, kind: (entity as GraphNode).kind };
}

/** The started (and ended) events of an entity known only by its dates. */
export function derivedEvents(entity: Entity, entityKind: EventEntity, recordedAt = ''): HistoryEvent[] {
  const start = typeof entity.startDate === 'string' ? entity.startDate : '';
  const events: HistoryEvent[] = [{ ...base(entity, entityKind), date: start, op: 'started', actor: 'systeem', recordedAt, derived: true, after: entity }];
  if (typeof entity.endDate === 'string') events.push({ ...base(entity, entityKind), date: entity.endDate, op: 'ended', actor: 'systeem', recordedAt, derived: true, after: entity });
  return events;
}

const DATE_FIELDS = ['startDate', 'endDate'] as const;

/** The event of one change made through the network service. */
export function eventOfChange(change: NetworkChange, recordedAt: string): HistoryEvent {
  const today = recordedAt.slice(0, 10);
  const entity = (change.after ?? change.before)!;
  const common = { ...base(entity, change.entity), actor: change.actor.username, recordedAt };
  if (change.op === 'create') {
    const start = typeof entity.startDate === 'string' ? entity.startDate : today;
    return { ...common, op: 'create', date: start < today ? start : today, after: change.after };
  }
  if (change.op === 'delete') return { ...common, op: 'delete', date: today, before: change.before };
  const before = change.before as Record<string, unknown>;
  const after = change.after as Record<string, unknown>;
  let date = today;
  for (const field of DATE_FIELDS) {
    if (before[field] === after[field]) continue;
    for (const value of [before[field], after[field]]) if (typeof value === 'string' && value < date) date = value;
  }
  const ended = typeof after.endDate === 'string' && before.endDate !== after.endDate;
  return { ...common, op: ended ? 'ended' : 'update', date, before: change.before, after: change.after };
}

/** Key of an event derived on the fly (never stored): first on its day. */
export function derivedKey(event: HistoryEvent): string {
  return `${event.date || '0000-00-00'}|!|${event.entity}:${event.id}:${event.op}`;
}

/** Replay order: by day, then by when recorded. */
export function byReplayOrder(a: StoredEvent, b: StoredEvent): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * The network on `at` from events in replay order: each entity as its last
 * event up to that day left it, present unless deleted or not active on `at`
 * (`activeOn`), and ties only between present nodes.
 */
export function networkFromEvents(sorted: readonly StoredEvent[], at: string): NetworkData {
  const nodes = new Map<string, HistoryEvent>();
  const ties = new Map<string, HistoryEvent>();
  for (const { event } of sorted) {
    if (event.date > at) break;
    (event.entity === 'node' ? nodes : ties).set(event.id, event);
  }
  const keptNodes: GraphNode[] = [];
  for (const event of nodes.values()) {
    if (event.op === 'delete' || !event.after || !activeOn(event.after, at)) continue;
    keptNodes.push(event.after as GraphNode);
  }
  const kept = new Set(keptNodes.map((node) => node.id));
  const keptTies: GraphTie[] = [];
  for (const event of ties.values()) {
    if (event.op === 'delete' || !event.after || !activeOn(event.after, at)) continue;
    const tie = event.after as GraphTie;
    if (kept.has(tie.from) && kept.has(tie.to)) keptTies.push(tie);
  }
  return { nodes: keptNodes, ties: keptTies };
}

/** The last known state of every entity over all events (deleted ones included), for explaining changes. */
export function latestStates(sorted: readonly StoredEvent[]): Map<string, { op: EventOp; state: Entity }> {
  const latest = new Map<string, { op: EventOp; state: Entity }>();
  for (const { event } of sorted) latest.set(event.id, { op: event.op, state: (event.after ?? event.before)! });
  return latest;
}

/** First and last day any event holds from (ignoring 'always'). */
export function eventRange(sorted: readonly StoredEvent[]): { min?: string; max?: string } {
  let min: string | undefined;
  let max: string | undefined;
  for (const { event } of sorted) {
    if (!event.date) continue;
    if (!min || event.date < min) min = event.date;
    if (!max || event.date > max) max = event.date;
  }
  return { min, max };
}
