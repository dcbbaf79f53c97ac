/**
 * The network over time. The write service asks this service for the events
 * of every change (`eventsFor`) and stores them with the change, append-only,
 * in the records store (see `events.ts`). From the events this service
 * rebuilds the network on any date, compares two dates, and keeps periodic
 * key figures per gebied (records `snapshots`) so trends are cheap.
 *
 * Entities that entered without change events (the demo) have their
 * `started`/`ended` events derived from their start and end dates when read,
 * so the history is always complete. When such an entity is first changed,
 * its derived events are stored (from the state before the change) together
 * with the change.
 *
 * Erasure and restore replace events wholesale; they call `reload()`.
 */
import type { GapAnalysis, GraphNode, GraphTie, NetworkData, SerializedNetwork } from '../../model/index.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { project } from '../../analysis/projection.ts';
import { filterNetwork } from '../../analysis/scope.ts';
import { compareNetworks, figuresChange, keyFigures } from '../../analysis/compare/index.ts';
import type { CompareResult, KeyFigures } from '../../model/wire/compare.ts';
import type { HistoryRange, PeriodChange, Snapshot } from '../../model/wire/history.ts';
import type { NetworkCache } from '../network-cache.ts';
import { serializeNetwork } from '../network-service.ts';
import type { Viewer } from '../privacy/policy.ts';
import type { EventRow, RecordStore } from '../records/record-store.ts';
import type { EntityChange } from '../write/plan.ts';
import type { Actor, WriteSource } from '../write/types.ts';
import type { EventRecorder, WriteService } from '../write/write-service.ts';
import {
  byReplayOrder,
  derivedEvents,
  derivedKey,
  eventKey,
  eventOfChange,
  eventRange,
  latestStates,
  networkFromEvents,
  type HistoryEvent,
  type StoredEvent,
} from './events.ts';
import { granularityOf, periodBounds, periodOf, periodsBetween, shiftPeriod, type Granularity } from '../../model/period.ts';

/** Key of the whole network in snapshots. */
export const WHOLE = 'stad';
const DIRTY = '~gewijzigd';
const NETWORK_MEMO = 16;

export interface EventQuery {
  /** Events of this entity only. */
  id?: string;
  /** Events of this node and of every tie at it. */
  node?: string;
  entity?: 'node' | 'tie';
  op?: string;
  /** Effective date range (inclusive). */
  from?: string;
  to?: string;
  offset?: number;
  limit?: number;
}

interface Dirty {
  from: string;
  changedAt: string;
}

export class HistoryService implements EventRecorder {
  private stored?: StoredEvent[];
  private storedIds = new Set<string>();
  private storedRevision = 0;
  private merged?: { version: number; revision: number; events: StoredEvent[] };
  private networks = new Map<string, NetworkData>();
  private dirty?: Dirty | null;

  constructor(
    private readonly records: RecordStore,
    private readonly cache: NetworkCache,
    write: WriteService,
    private readonly logger?: Logger,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {
    write.useEventRecorder(this);
  }

  private storedEvents(): StoredEvent[] {
    if (!this.stored) {
      this.stored = this.records.events().map((row) => ({ key: row.key, event: row.data as HistoryEvent })).sort(byReplayOrder);
      this.storedIds = new Set(this.stored.map(({ event }) => event.id));
      this.storedRevision++;
      this.networks.clear();
    }
    return this.stored;
  }

  /** Forgets what it read; the next question reads the records again (after an erasure or a restore). */
  reload(): void {
    this.stored = undefined;
    this.merged = undefined;
    this.dirty = undefined;
    this.networks.clear();
  }

  eventsFor(changes: readonly EntityChange[], actor: Actor, recordedAt: string, _source: WriteSource): EventRow[] {
    const known = new Set(this.storedEvents().map(({ event }) => event.id));
    const rows: EventRow[] = [];
    const add = (event: HistoryEvent) => rows.push({ key: eventKey(event), entityId: event.id, ...(event.from ? { from: event.from } : {}), ...(event.to ? { to: event.to } : {}), data: event });
    for (const change of changes) {
      if (!known.has(change.id) && change.op !== 'create' && change.before) for (const event of derivedEvents(change.before, change.entity, '')) add(event);
      known.add(change.id);
      add(eventOfChange({ ...change, actor }, recordedAt));
    }
    return rows;
  }

  eventsStored(rows: readonly EventRow[]): void {
    if (!rows.length) return;
    const events = this.storedEvents();
    let earliest = '9999-12-31';
    for (const row of rows) {
      const event = row.data as HistoryEvent;
      events.push({ key: row.key, event });
      this.storedIds.add(event.id);
      if (event.date < earliest) earliest = event.date;
    }
    events.sort(byReplayOrder);
    this.storedRevision++;
    this.networks.clear();
    this.markDirty(earliest, (rows[rows.length - 1]!.data as HistoryEvent).recordedAt);
  }

  /** Every event, stored and derived, in replay order. */
  async allEvents(): Promise<StoredEvent[]> {
    this.storedEvents();
    const data = await this.cache.data();
    const version = this.cache.version;
    if (this.merged && this.merged.version === version && this.merged.revision === this.storedRevision) return this.merged.events;
    const derived: StoredEvent[] = [];
    const add = (event: HistoryEvent) => derived.push({ key: derivedKey(event), event });
    for (const node of data.nodes) if (!this.storedIds.has(node.id)) for (const event of derivedEvents(node, 'node')) add(event);
    for (const tie of data.ties) if (!this.storedIds.has(tie.id)) for (const event of derivedEvents(tie, 'tie')) add(event);
    derived.sort(byReplayOrder);
    const events = mergeSorted(this.stored!, derived);
    this.merged = { version, revision: this.storedRevision, events };
    this.networks.clear();
    return events;
  }

  /** Change events in replay order, as this viewer may see them: events about nodes it may not see are left out. */
  async events(viewer: Viewer, query: EventQuery = {}): Promise<{ total: number; items: (HistoryEvent & { key: string })[] }> {
    const all = await this.allEvents();
    const matches: (HistoryEvent & { key: string })[] = [];
    for (const { key, event } of all) {
      if (query.id && event.id !== query.id) continue;
      if (query.node && event.id !== query.node && event.from !== query.node && event.to !== query.node) continue;
      if (query.entity && event.entity !== query.entity) continue;
      if (query.op && event.op !== query.op) continue;
      if (query.from && event.date < query.from) continue;
      if (query.to && event.date > query.to) continue;
      const shown = presentEvent(viewer, event);
      if (shown) matches.push({ key, ...shown });
    }
    const offset = query.offset ?? 0;
    return { total: matches.length, items: matches.slice(offset, offset + (query.limit ?? 100)) };
  }

  /** The network on `at`, rebuilt from the events, as this viewer may see it. */
  async networkFor(viewer: Viewer, at: string, gebied?: readonly string[]): Promise<SerializedNetwork> {
    const visible = viewer.network(await this.networkAt(at, gebied));
    const serialized = serializeNetwork(visible, this.cache.version, at);
    serialized.attributes.hiddenWithoutConsent = visible.hidden;
    return serialized;
  }

  /** The first and last day in the history, and today. */
  async range(): Promise<HistoryRange> {
    const { min, max } = eventRange(await this.allEvents());
    const today = this.today();
    return { min: min ?? today, max: max && max > today ? max : today, today };
  }

  /** The network on `at`, rebuilt from the events. */
  async networkAt(at: string, gebied?: readonly string[]): Promise<NetworkData> {
    const events = await this.allEvents();
    let whole = this.networks.get(at);
    if (!whole) {
      whole = networkFromEvents(events, at);
      if (this.networks.size >= NETWORK_MEMO) this.networks.delete(this.networks.keys().next().value!);
      this.networks.set(at, whole);
    }
    if (!gebied?.length) return whole;
    await this.checkGebieden(whole, gebied);
    return filterNetwork(whole, { gebieden: gebied });
  }

  private async checkGebieden(network: NetworkData, gebieden: readonly string[]): Promise<void> {
    const data = await this.cache.data();
    for (const id of gebieden) {
      if (!data.nodes.some((node) => node.id === id && node.kind === 'gebied') && !network.nodes.some((node) => node.id === id && node.kind === 'gebied')) {
        throw new NotFoundError('gebied', id);
      }
    }
  }

  /** How the network (of a gebied) changed between two dates. */
  async compare(viewer: Viewer, options: { gebied?: readonly string[]; from: string; to: string; top?: number; gaps?: boolean; sleutelfiguren?: boolean; gapAnalyses?: GapAnalysis[] }): Promise<CompareResult> {
    if (options.from > options.to) throw new ValidationError('from moet vóór to liggen', [{ path: 'from', message: 'na to' }]);
    const events = await this.allEvents();
    const before = await this.networkAt(options.from);
    const after = await this.networkAt(options.to);
    if (options.gebied?.length) await this.checkGebieden(after, options.gebied);
    const latest = latestStates(events);
    return compareNetworks(viewer.network(before), viewer.network(after), { ...options, latest: (id) => latest.get(id) as { op: string; state: { endDate?: unknown } } | undefined });
  }

  // ---- snapshots -------------------------------------------------------

  private readDirty(): Dirty | null {
    if (this.dirty === undefined) this.dirty = this.records.get<Dirty>('snapshots', DIRTY)?.data ?? null;
    return this.dirty;
  }

  /** A change that holds from a past day makes snapshots from that day on stale. */
  private markDirty(date: string, changedAt: string): void {
    const today = this.today();
    if (date >= periodBounds(periodOf(today, 'month')).first) return;
    const dirty = this.readDirty();
    const next = { from: dirty && dirty.from < date ? dirty.from : date, changedAt };
    this.dirty = next;
    this.records.put('snapshots', DIRTY, next);
  }

  private figuresOn(network: NetworkData, gebied: string): KeyFigures {
    return keyFigures(project(network, gebied === WHOLE ? {} : { gebied }));
  }

  private snapshotId(gebied: string, granularity: Granularity, period: string): string {
    return `${gebied}|${granularity}|${period}`;
  }

  /** Key figures per period for a gebied (or the whole network), oldest first; past periods are kept. */
  async series(gebied: string | undefined, granularity: Granularity): Promise<Snapshot[]> {
    const key = gebied ?? WHOLE;
    if (gebied) await this.checkGebieden(await this.cache.data(), [gebied]);
    const { min, today } = await this.range();
    const dirty = this.readDirty();
    const kept = new Map(this.records.list<Snapshot>('snapshots', { prefix: `${key}|${granularity}|`, limit: 5000 }).map((record) => [record.data.period, record.data]));
    const out: Snapshot[] = [];
    const toStore: { id: string; data: Snapshot }[] = [];
    for (const period of periodsBetween(min, today, granularity)) {
      const { last } = periodBounds(period);
      const running = last >= today;
      const date = running ? today : last;
      let snapshot = running ? undefined : kept.get(period);
      if (snapshot && dirty && snapshot.date >= dirty.from && snapshot.computedAt < dirty.changedAt) snapshot = undefined;
      if (!snapshot) {
        snapshot = { gebied: key, granularity, period, date, figures: this.figuresOn(await this.networkAt(date), key), computedAt: new Date().toISOString(), ...(running ? { partial: true } : {}) };
        if (!running) toStore.push({ id: this.snapshotId(key, granularity, period), data: snapshot });
      }
      out.push(snapshot);
    }
    if (toStore.length) this.records.transaction(() => toStore.forEach((item) => this.records.put('snapshots', item.id, item.data)));
    return out;
  }

  /** Recomputes every kept snapshot: the whole network, every stadsdeel and wijk, per month and quarter. */
  async rebuildSnapshots(): Promise<{ gebieden: number; periods: number; snapshots: number; ms: number }> {
    const started = performance.now();
    const data = await this.cache.data();
    const gebieden = [WHOLE, ...data.nodes.filter((node) => node.kind === 'gebied' && (node.level === 'wijk' || node.level === 'stadsdeel')).map((node) => node.id).sort()];
    const { min, today } = await this.range();
    this.records.clear('snapshots');
    this.dirty = null;
    let count = 0;
    let periods = 0;
    for (const granularity of ['month', 'quarter'] as const) {
      for (const period of periodsBetween(min, today, granularity)) {
        const { last } = periodBounds(period);
        if (last >= today) continue;
        periods++;
        const network = await this.networkAt(last);
        const computedAt = new Date().toISOString();
        const batch = gebieden.map((gebied) => ({
          id: this.snapshotId(gebied, granularity, period),
          data: { gebied, granularity, period, date: last, figures: this.figuresOn(network, gebied), computedAt } satisfies Snapshot,
        }));
        this.records.transaction(() => batch.forEach((item) => this.records.put('snapshots', item.id, item.data)));
        count += batch.length;
      }
    }
    this.logger?.info({ snapshots: count }, 'history snapshots rebuilt');
    return { gebieden: gebieden.length, periods, snapshots: count, ms: Math.round(performance.now() - started) };
  }

  /**
   * "Verandering sinds vorige periode" for the netwerkrapportage: the key
   * figures of a gebied at the end of `period` (JJJJ-MM or JJJJ-Qn; today for
   * the running period) against the end of the period before.
   */
  async previousPeriodChange(gebied: string | undefined, period: string): Promise<PeriodChange> {
    const granularity = granularityOf(period);
    if (!granularity) throw new ValidationError(`ongeldige periode '${period}': verwacht JJJJ-MM of JJJJ-Qn`, [{ path: 'period', message: 'verwacht JJJJ-MM of JJJJ-Qn' }]);
    const previousPeriod = shiftPeriod(period, -1);
    const series = await this.series(gebied, granularity);
    const today = this.today();
    const find = async (p: string): Promise<Snapshot> => {
      const hit = series.find((s) => s.period === p);
      if (hit) return hit;
      const { last } = periodBounds(p);
      const date = last < today ? last : today;
      return { gebied: gebied ?? WHOLE, granularity, period: p, date, figures: this.figuresOn(await this.networkAt(date), gebied ?? WHOLE), computedAt: new Date().toISOString(), ...(last >= today ? { partial: true } : {}) };
    };
    const current = await find(period);
    const previous = await find(previousPeriod);
    return {
      gebied: gebied ?? WHOLE,
      period,
      previousPeriod,
      date: current.date,
      previousDate: previous.date,
      current: current.figures,
      previous: previous.figures,
      change: figuresChange(previous.figures, current.figures),
      partial: !!current.partial,
    };
  }
}

/** An event as a viewer may see it: its states through the policy, or null when they show a node the viewer may not see. */
function presentEvent(viewer: Viewer, event: HistoryEvent): HistoryEvent | null {
  const present = (state: HistoryEvent['before']) => {
    if (!state) return undefined;
    if (event.entity === 'tie') return viewer.tie(state as GraphTie) ?? null;
    return viewer.node(state as GraphNode) ?? null;
  };
  const before = present(event.before);
  const after = present(event.after);
  if (before === null || after === null) return null;
  return { ...event, ...(before ? { before } : {}), ...(after ? { after } : {}) };
}

function mergeSorted(a: StoredEvent[], b: StoredEvent[]): StoredEvent[] {
  const out: StoredEvent[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i].key <= b[j].key ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
