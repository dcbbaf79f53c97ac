/**
 * The network over time. Keeps every change made through the network service
 * as an append-only event (collection `events`, see `events.ts`), rebuilds the
 * network on any date from the events, compares two dates, and keeps periodic
 * key figures per gebied (collection `snapshots`) so trends are cheap.
 *
 * Entities that entered through the bulk path (the demo, imports) have no
 * change events; their `started`/`ended` events are derived from their
 * start and end dates when read, so the history is always complete. When
 * such an entity is first changed, its derived events are stored (from the
 * state before the change) together with the change.
 *
 * Erasure deletes a person's event documents; this service notices writes it
 * was not told about (the cache version moved without a change event) and
 * re-reads its events from the store before answering.
 */
import type { GapAnalysis, NetworkData } from '../../model/index.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import type { GraphStore } from '../../store/index.ts';
import { project } from '../../analysis/projection.ts';
import { filterNetwork } from '../../analysis/scope.ts';
import { compareNetworks, figuresChange, keyFigures, type CompareResult, type KeyFigures } from '../../analysis/compare/index.ts';
import type { NetworkChange, NetworkService } from '../network-service.ts';
import {
  EVENTS,
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
import { granularityOf, periodBounds, periodOf, periodsBetween, shiftPeriod, type Granularity } from './periods.ts';

export const SNAPSHOTS = 'snapshots';
/** Key of the whole network in snapshots. */
export const WHOLE = 'stad';
const DIRTY = '~gewijzigd';
const PAGE = 10_000;
const NETWORK_MEMO = 16;

export interface Snapshot {
  gebied: string;
  granularity: Granularity;
  period: string;
  /** The day measured: the period's last day (or today for the running period). */
  date: string;
  figures: KeyFigures;
  computedAt: string;
  /** The running period: computed now, not kept. */
  partial?: boolean;
}

export interface PeriodChange {
  gebied: string;
  period: string;
  previousPeriod: string;
  date: string;
  previousDate: string;
  current: KeyFigures;
  previous: KeyFigures;
  change: KeyFigures;
  partial: boolean;
}

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

export class HistoryService {
  private stored?: StoredEvent[];
  private storedIds = new Set<string>();
  private storedRevision = 0;
  private seenVersion = -1;
  private chain: Promise<unknown> = Promise.resolve();
  private merged?: { version: number; revision: number; events: StoredEvent[] };
  private networks = new Map<string, NetworkData>();
  private dirty?: Dirty | null;

  constructor(
    private readonly store: GraphStore,
    private readonly network: NetworkService,
    private readonly logger?: Logger,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {
    network.onChange((change) => this.record(change));
  }

  /** Runs one step at a time: loads, reloads and appends never interleave. */
  private exclusive<T>(step: () => Promise<T>): Promise<T> {
    const next = this.chain.then(step, step);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async readStored(): Promise<void> {
    const events: StoredEvent[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.store.listDocuments<HistoryEvent>(EVENTS, { offset, limit: PAGE });
      for (const doc of page) events.push({ key: doc.id, event: doc.data });
      if (page.length < PAGE) break;
    }
    this.stored = events.sort(byReplayOrder);
    this.storedIds = new Set(events.map(({ event }) => event.id));
    this.storedRevision++;
    this.networks.clear();
  }

  /** Stored events, re-read when the network changed without telling us (erasure, purge, bulk import). */
  private async fresh(): Promise<void> {
    const version = this.network.cache.version;
    if (this.stored && version === this.seenVersion) return;
    await this.exclusive(async () => {
      if (this.stored && this.network.cache.version === this.seenVersion) return;
      const current = this.network.cache.version;
      await this.readStored();
      this.seenVersion = current;
    });
  }

  private async record(change: NetworkChange): Promise<void> {
    // A lost event is logged, not thrown: the change itself is already made.
    await this.exclusive(() => this.append(change)).catch((error: Error) => this.logger?.error({ err: { message: error.message }, id: change.id }, 'history event not stored'));
  }

  private async append(change: NetworkChange): Promise<void> {
    if (!this.stored) await this.readStored();
    const recordedAt = new Date().toISOString();
    const batch: StoredEvent[] = [];
    if (!this.storedIds.has(change.id) && change.op !== 'create' && change.before) {
      for (const event of derivedEvents(change.before, change.entity, '')) batch.push({ key: eventKey(event), event });
    }
    const event = eventOfChange(change, recordedAt);
    batch.push({ key: eventKey(event), event });
    await this.store.putDocuments(
      EVENTS,
      batch.map(({ key, event }) => ({ id: key, data: event })),
    );
    for (const item of batch) {
      this.stored!.push(item);
      this.storedIds.add(item.event.id);
    }
    this.stored!.sort(byReplayOrder);
    this.storedRevision++;
    this.networks.clear();
    this.seenVersion = this.network.cache.version;
    await this.markDirty(event.date, recordedAt);
  }

  /** Every event, stored and derived, in replay order. */
  async allEvents(): Promise<StoredEvent[]> {
    await this.fresh();
    const data = await this.network.cache.data();
    const version = this.network.cache.version;
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

  async events(query: EventQuery = {}): Promise<{ total: number; items: (HistoryEvent & { key: string })[] }> {
    const all = await this.allEvents();
    const matches = all.filter(({ event }) => {
      if (query.id && event.id !== query.id) return false;
      if (query.node && event.id !== query.node && event.from !== query.node && event.to !== query.node) return false;
      if (query.entity && event.entity !== query.entity) return false;
      if (query.op && event.op !== query.op) return false;
      if (query.from && event.date < query.from) return false;
      if (query.to && event.date > query.to) return false;
      return true;
    });
    const offset = query.offset ?? 0;
    return { total: matches.length, items: matches.slice(offset, offset + (query.limit ?? 100)).map(({ key, event }) => ({ key, ...event })) };
  }

  /** The first and last day in the history, and today. */
  async range(): Promise<{ min: string; max: string; today: string }> {
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
    const data = await this.network.cache.data();
    for (const id of gebieden) {
      if (!data.nodes.some((node) => node.id === id && node.kind === 'gebied') && !network.nodes.some((node) => node.id === id && node.kind === 'gebied')) {
        throw new NotFoundError('gebied', id);
      }
    }
  }

  /** How the network (of a gebied) changed between two dates. */
  async compare(options: { gebied?: readonly string[]; from: string; to: string; top?: number; gaps?: boolean; sleutelfiguren?: boolean; gapAnalyses?: GapAnalysis[] }): Promise<CompareResult> {
    if (options.from > options.to) throw new ValidationError('from moet vóór to liggen', [{ path: 'from', message: 'na to' }]);
    const events = await this.allEvents();
    const before = await this.networkAt(options.from);
    const after = await this.networkAt(options.to);
    if (options.gebied?.length) await this.checkGebieden(after, options.gebied);
    const latest = latestStates(events);
    return compareNetworks(before, after, { ...options, latest: (id) => latest.get(id) as { op: string; state: { endDate?: unknown } } | undefined });
  }

  // ---- snapshots -------------------------------------------------------

  private async readDirty(): Promise<Dirty | null> {
    if (this.dirty === undefined) this.dirty = await this.store.getDocument<Dirty>(SNAPSHOTS, DIRTY);
    return this.dirty;
  }

  /** A change that holds from a past day makes snapshots from that day on stale. */
  private async markDirty(date: string, changedAt: string): Promise<void> {
    const today = this.today();
    if (date >= periodBounds(periodOf(today, 'month')).first) return;
    const dirty = await this.readDirty();
    const next = { from: dirty && dirty.from < date ? dirty.from : date, changedAt };
    this.dirty = next;
    await this.store.putDocument(SNAPSHOTS, DIRTY, next);
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
    if (gebied) await this.checkGebieden(await this.network.cache.data(), [gebied]);
    const { min, today } = await this.range();
    const dirty = await this.readDirty();
    const kept = new Map((await this.store.listDocuments<Snapshot>(SNAPSHOTS, { prefix: `${key}|${granularity}|`, limit: 5000 })).map((doc) => [doc.data.period, doc.data]));
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
    if (toStore.length) await this.store.putDocuments(SNAPSHOTS, toStore);
    return out;
  }

  /** Recomputes every kept snapshot: the whole network, every stadsdeel and wijk, per month and quarter. */
  async rebuildSnapshots(): Promise<{ gebieden: number; periods: number; snapshots: number; ms: number }> {
    const started = performance.now();
    const data = await this.network.cache.data();
    const gebieden = [WHOLE, ...data.nodes.filter((node) => node.kind === 'gebied' && (node.level === 'wijk' || node.level === 'stadsdeel')).map((node) => node.id).sort()];
    const { min, today } = await this.range();
    for (const doc of await this.store.listDocuments(SNAPSHOTS, { limit: 1_000_000 })) await this.store.deleteDocument(SNAPSHOTS, doc.id);
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
        await this.store.putDocuments(SNAPSHOTS, batch);
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
