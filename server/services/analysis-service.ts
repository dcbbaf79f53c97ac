/**
 * Gap analyses, coverage, sleutelfiguren, measures and what-if on the cached
 * network (`network.cache.data()`), for one viewer.
 *
 * Who sees what is decided before anything is computed: the beheerder's
 * analyses run on the whole network, everyone else's on the network of
 * persons with a legal basis, so no result can hold a person it may not show.
 * In both, a person's name is a reference marker (`refText`), and the result
 * is rendered for the viewer through its policy (`Viewer.label`): a name, a
 * pseudonym, never a name outside the viewer's scope. Contact details never
 * reach an analysis.
 *
 * Results are cached per (network version, audience, task, gebied, at, parameters): a
 * second identical call is answered from memory, and any write (which bumps
 * `cache.version`) makes every older entry stale. Identical calls that arrive
 * while one is running share it.
 *
 * Heavy work runs in a worker thread (`analysis-worker.ts`), so that a large
 * network does not block other requests. The worker boots from a small eval
 * script that registers tsx's loader (`tsx/esm/api` `register()`) and then
 * imports the TypeScript worker file; this works under `tsx` and under vitest
 * alike, where `execArgv: ['--import', 'tsx']` is not applied to workers on
 * Node 20. Small
 * networks (fewer than `inlineMaxSize` nodes + ties) are computed in-process,
 * where a worker round trip would cost more than it saves; and when the worker
 * cannot start, the service logs it once and computes in-process from then on.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SOCIAL_KINDS } from '../analysis/projection.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { GraphNode, NetworkData } from '../model/index.ts';
import type { CityOverview } from '../model/wire/overview.ts';
import { refText, renderRefText } from '../model/phrase.ts';
import type { NetworkService } from './network-service.ts';
import { hasLegalBasis, IDENTIFYING_FIELDS, type Viewer } from './privacy/policy.ts';
import { runTask, type TaskMap, type TaskName, type WorkerRequest, type WorkerResponse } from './analysis-worker.ts';

export interface AnalysisServiceOptions {
  /** 'auto' (default): worker for networks of `inlineMaxSize` or more; 'worker' or 'inline' to force. */
  mode?: 'auto' | 'worker' | 'inline';
  /** Nodes + ties below which 'auto' computes in-process. Default 4000. */
  inlineMaxSize?: number;
  /** Cached results kept at most. Default 200. */
  maxEntries?: number;
}

export interface Served<R> {
  value: R;
  /** True when the result came from the cache. */
  cached: boolean;
  version: number;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** Which network an analysis runs on: all persons (the beheerder) or those with a legal basis (everyone else). */
type Audience = 'alle' | 'grondslag';

function audienceOf(viewer: Viewer): Audience {
  return viewer.role === 'beheerder' ? 'alle' : 'grondslag';
}

/** The network an audience's analyses run on, with person names as reference markers. */
function analysedNetwork(data: NetworkData, audience: Audience): NetworkData {
  const nodes: GraphNode[] = [];
  const kept = new Set<string>();
  for (const node of data.nodes) {
    if (node.kind === 'persoon' && audience === 'grondslag' && !hasLegalBasis(node)) continue;
    kept.add(node.id);
    if (node.kind !== 'persoon') {
      nodes.push(node);
      continue;
    }
    const shown: GraphNode = { ...node, name: refText(node.id) };
    for (const field of IDENTIFYING_FIELDS) delete shown[field];
    nodes.push(shown);
  }
  return { nodes, ties: data.ties.filter((tie) => kept.has(tie.from) && kept.has(tie.to)) };
}

const DEFAULTS: Required<AnalysisServiceOptions> = { mode: 'auto', inlineMaxSize: 4000, maxEntries: 200 };
const SOCIAL = new Set<string>(SOCIAL_KINDS);

export class AnalysisService {
  private readonly options: Required<AnalysisServiceOptions>;
  private readonly results = new Map<string, { version: number; promise: Promise<unknown> }>();
  private worker?: Worker;
  private workerReady?: Promise<void>;
  /** Which network the worker holds: version and audience. */
  private workerNetwork = '';
  private readonly networks = new Map<Audience, { version: number; data: NetworkData }>();
  private workerFailed = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** How many computations ran (not served from cache), per place; for tests and monitoring. */
  readonly computed = { inline: 0, worker: 0 };

  constructor(
    private readonly network: NetworkService,
    private readonly logger?: Logger,
    options: AnalysisServiceOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  gaps(viewer: Viewer, params: TaskMap['gaps']['params']) {
    return this.serve(viewer, 'gaps', params);
  }

  coverage(viewer: Viewer, params: TaskMap['coverage']['params']) {
    return this.serve(viewer, 'coverage', params);
  }

  sleutelfiguren(viewer: Viewer, params: TaskMap['sleutelfiguren']['params']) {
    return this.serve(viewer, 'sleutelfiguren', params);
  }

  measures(viewer: Viewer, params: TaskMap['measures']['params']) {
    return this.serve(viewer, 'measures', params);
  }

  async whatIf(viewer: Viewer, params: TaskMap['whatIf']['params']) {
    const data = await this.networkOf(audienceOf(viewer));
    const ids = new Map(data.nodes.map((node) => [node.id, node.kind]));
    for (const id of params.remove) {
      const kind = ids.get(id);
      if (!kind) throw new NotFoundError('knoop', id);
      if (!SOCIAL.has(kind)) throw new ValidationError(`alleen personen, organisaties, wijkteams en initiatieven kunnen vertrekken, niet een ${kind}`, [{ path: 'remove', message: `${id} is een ${kind}` }]);
    }
    return this.serve(viewer, 'whatIf', { ...params, remove: [...new Set(params.remove)].sort() });
  }

  /**
   * The wijken of a stad or stadsdeel (default: the stad) as aggregates, on the network this viewer's
   * analyses run on; for a viewer with gebieden, each wijk says whether it is one of theirs.
   */
  async overview(viewer: Viewer, params: { gebied?: string; at?: string }): Promise<Served<CityOverview>> {
    const data = await this.networkOf(audienceOf(viewer));
    const gebieden = data.nodes.filter((node) => node.kind === 'gebied');
    const within = params.gebied ?? gebieden.filter((node) => node.level === 'stad').sort((a, b) => (a.id < b.id ? -1 : 1))[0]?.id;
    const area = gebieden.find((node) => node.id === within);
    if (!within || !area) throw new NotFoundError('gebied', within ?? 'stad');
    if (area.level !== 'stad' && area.level !== 'stadsdeel') {
      throw new ValidationError(`het overzicht is er voor een stad of stadsdeel, niet voor een ${String(area.level)}`, [{ path: 'gebied', message: `${area.id} is een ${String(area.level)}` }]);
    }
    const served = await this.serve(viewer, 'overview', { within, at: params.at });
    const parentOf = new Map(gebieden.map((node) => [node.id, node.parentId as string | undefined]));
    const own = (wijk: string) => !!viewer.scope && (viewer.scope.has(wijk) || viewer.user.gebieden.some((id) => parentOf.get(id) === wijk));
    const wijken = served.value.wijken.map((wijk) => (viewer.scope ? { ...wijk, own: own(wijk.id) } : wijk));
    return { ...served, value: { ...served.value, gebied: { id: area.id, name: area.name, level: String(area.level) }, wijken } };
  }

  /** Stops the worker, if one runs. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.workerReady = undefined;
    if (worker) await worker.terminate();
  }

  private async serve<T extends TaskName>(viewer: Viewer, task: T, params: TaskMap[T]['params']): Promise<Served<TaskMap[T]['result']>> {
    const audience = audienceOf(viewer);
    const data = await this.networkOf(audience);
    const version = this.network.cache.version;
    await this.checkGebieden(data, params.gebied);
    const key = `${audience}|${task}|${stableJson(params)}`;
    const present = (result: unknown) => renderRefText(result, (id) => viewer.label(id)) as TaskMap[T]['result'];
    const hit = this.results.get(key);
    if (hit && hit.version === version) {
      // Refresh its place: the map's order is least recently used first.
      this.results.delete(key);
      this.results.set(key, hit);
      return { value: present(await hit.promise), cached: true, version };
    }
    for (const [k, entry] of this.results) if (entry.version !== version) this.results.delete(k);
    const promise = this.compute(task, data, `${version}|${audience}`, version, params);
    this.results.set(key, { version, promise });
    while (this.results.size > this.options.maxEntries) this.results.delete(this.results.keys().next().value!);
    promise.catch(() => {
      if (this.results.get(key)?.promise === promise) this.results.delete(key);
    });
    return { value: present(await promise), cached: false, version };
  }

  /** The audience's network on the current version, built once per version. */
  private async networkOf(audience: Audience): Promise<NetworkData> {
    const data = await this.network.cache.data();
    const version = this.network.cache.version;
    const kept = this.networks.get(audience);
    if (kept?.version === version) return kept.data;
    const built = analysedNetwork(data, audience);
    this.networks.set(audience, { version, data: built });
    return built;
  }

  private async checkGebieden(data: NetworkData, gebieden: readonly string[] | undefined): Promise<void> {
    for (const id of gebieden ?? []) if (!data.nodes.some((node) => node.id === id && node.kind === 'gebied')) throw new NotFoundError('gebied', id);
  }

  private useWorker(data: NetworkData): boolean {
    if (this.workerFailed || this.options.mode === 'inline') return false;
    return this.options.mode === 'worker' || data.nodes.length + data.ties.length >= this.options.inlineMaxSize;
  }

  private async compute<T extends TaskName>(task: T, data: NetworkData, networkKey: string, version: number, params: TaskMap[T]['params']): Promise<TaskMap[T]['result']> {
    if (this.useWorker(data)) {
      try {
        const result = await this.inWorker(task, data, networkKey, version, params);
        this.computed.worker++;
        return result;
      } catch (error) {
        if (!(error instanceof WorkerStartError)) throw error;
        this.workerFailed = true;
        this.logger?.warn({ err: { message: error.message } }, 'analysis worker unavailable; computing in-process');
      }
    }
    this.computed.inline++;
    return runTask(task, data, version, params);
  }

  private startWorker(): Promise<void> {
    if (this.workerReady) return this.workerReady;
    let worker: Worker;
    try {
      worker = new Worker(bootScript(), { eval: true, workerData: { analysisWorker: true } });
    } catch (error) {
      return Promise.reject(new WorkerStartError((error as Error).message));
    }
    worker.unref();
    this.worker = worker;
    this.workerNetwork = '';
    this.workerReady = new Promise<void>((resolve, reject) => {
      const fail = (error: Error) => {
        const wasCurrent = this.worker === worker;
        if (wasCurrent) {
          this.worker = undefined;
          this.workerReady = undefined;
        }
        const started = new WorkerStartError(error.message);
        reject(started);
        for (const [id, pending] of this.pending) (pending.reject(started), this.pending.delete(id));
      };
      worker.on('message', (message: WorkerResponse | { ready: true }) => {
        if ('ready' in message) return resolve();
        const pending = this.pending.get(message.id);
        if (!pending) return;
        this.pending.delete(message.id);
        if ('error' in message) pending.reject(new Error(message.error));
        else pending.resolve(message.result);
      });
      worker.once('error', fail);
      worker.once('exit', (code) => fail(new Error(`analysis worker stopped (code ${code})`)));
    });
    return this.workerReady;
  }

  private async inWorker<T extends TaskName>(task: T, data: NetworkData, networkKey: string, version: number, params: TaskMap[T]['params']): Promise<TaskMap[T]['result']> {
    await this.startWorker();
    const worker = this.worker!;
    const id = this.nextId++;
    const message: WorkerRequest = { id, task, version, params };
    if (this.workerNetwork !== networkKey) {
      message.network = data;
      this.workerNetwork = networkKey;
    }
    const result = new Promise<unknown>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    worker.ref();
    try {
      worker.postMessage(message);
      return (await result) as TaskMap[T]['result'];
    } finally {
      if (!this.pending.size) worker.unref();
    }
  }
}

/** The ESM file a package exports under `subpath` (the `import` condition). */
function esmEntry(packageJsonPath: string, subpath: string): string {
  const exports = (createRequire(import.meta.url)(packageJsonPath) as { exports?: Record<string, unknown> }).exports?.[subpath];
  const find = (entry: unknown): string | undefined =>
    typeof entry === 'string' ? entry : entry && typeof entry === 'object' ? find((entry as Record<string, unknown>).import ?? (entry as Record<string, unknown>).default) : undefined;
  const file = find(exports);
  if (!file) throw new Error(`tsx exports no ESM entry for ${subpath}`);
  return file;
}

/** CommonJS eval script: register tsx, then import the worker module. */
function bootScript(): string {
  const tsxApi = new URL(esmEntry(createRequire(import.meta.url).resolve('tsx/package.json'), './esm/api'), pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
  const workerUrl = new URL('./analysis-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsxApi)})
  .then((api) => { (api.register ?? api.default.register)(); return import(${JSON.stringify(workerUrl)}); })
  .catch((error) => { console.error(error); process.exit(1); });`;
}

class WorkerStartError extends Error {
  override name = 'WorkerStartError';
}

/** JSON with sorted keys, so equal parameters give equal cache keys. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}
