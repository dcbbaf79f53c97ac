/**
 * Gap analyses, coverage, sleutelfiguren, measures and what-if on the cached
 * network (`network.cache.data()`).
 *
 * Results are cached per (network version, task, gebied, at, parameters): a
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
import type { NetworkData } from '../model/index.ts';
import type { NetworkService } from './network-service.ts';
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

const DEFAULTS: Required<AnalysisServiceOptions> = { mode: 'auto', inlineMaxSize: 4000, maxEntries: 200 };
const SOCIAL = new Set<string>(SOCIAL_KINDS);

export class AnalysisService {
  private readonly options: Required<AnalysisServiceOptions>;
  private readonly results = new Map<string, { version: number; promise: Promise<unknown> }>();
  private worker?: Worker;
  private workerReady?: Promise<void>;
  private workerVersion = -1;
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

  gaps(params: TaskMap['gaps']['params']) {
    return this.serve('gaps', params);
  }

  coverage(params: TaskMap['coverage']['params']) {
    return this.serve('coverage', params);
  }

  sleutelfiguren(params: TaskMap['sleutelfiguren']['params']) {
    return this.serve('sleutelfiguren', params);
  }

  measures(params: TaskMap['measures']['params']) {
    return this.serve('measures', params);
  }

  async whatIf(params: TaskMap['whatIf']['params']) {
    const data = await this.network.cache.data();
    const ids = new Map(data.nodes.map((node) => [node.id, node.kind]));
    for (const id of params.remove) {
      const kind = ids.get(id);
      if (!kind) throw new NotFoundError('knoop', id);
      if (!SOCIAL.has(kind)) throw new ValidationError(`alleen personen, organisaties, wijkteams en initiatieven kunnen vertrekken, niet een ${kind}`, [{ path: 'remove', message: `${id} is een ${kind}` }]);
    }
    return this.serve('whatIf', { ...params, remove: [...new Set(params.remove)].sort() });
  }

  /** Stops the worker, if one runs. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.workerReady = undefined;
    if (worker) await worker.terminate();
  }

  private async serve<T extends TaskName>(task: T, params: TaskMap[T]['params']): Promise<Served<TaskMap[T]['result']>> {
    const data = await this.network.cache.data();
    const version = this.network.cache.version;
    await this.checkGebieden(data, params.gebied);
    const key = `${task}|${stableJson(params)}`;
    const hit = this.results.get(key);
    if (hit && hit.version === version) {
      // Refresh its place: the map's order is least recently used first.
      this.results.delete(key);
      this.results.set(key, hit);
      return { value: (await hit.promise) as TaskMap[T]['result'], cached: true, version };
    }
    for (const [k, entry] of this.results) if (entry.version !== version) this.results.delete(k);
    const promise = this.compute(task, data, version, params);
    this.results.set(key, { version, promise });
    while (this.results.size > this.options.maxEntries) this.results.delete(this.results.keys().next().value!);
    promise.catch(() => {
      if (this.results.get(key)?.promise === promise) this.results.delete(key);
    });
    return { value: await promise, cached: false, version };
  }

  private async checkGebieden(data: NetworkData, gebieden: readonly string[] | undefined): Promise<void> {
    for (const id of gebieden ?? []) if (!data.nodes.some((node) => node.id === id && node.kind === 'gebied')) throw new NotFoundError('gebied', id);
  }

  private useWorker(data: NetworkData): boolean {
    if (this.workerFailed || this.options.mode === 'inline') return false;
    return this.options.mode === 'worker' || data.nodes.length + data.ties.length >= this.options.inlineMaxSize;
  }

  private async compute<T extends TaskName>(task: T, data: NetworkData, version: number, params: TaskMap[T]['params']): Promise<TaskMap[T]['result']> {
    if (this.useWorker(data)) {
      try {
        const result = await this.inWorker(task, data, version, params);
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
    this.workerVersion = -1;
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

  private async inWorker<T extends TaskName>(task: T, data: NetworkData, version: number, params: TaskMap[T]['params']): Promise<TaskMap[T]['result']> {
    await this.startWorker();
    const worker = this.worker!;
    const id = this.nextId++;
    const message: WorkerRequest = { id, task, version, params };
    if (this.workerVersion !== version) {
      message.network = data;
      this.workerVersion = version;
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
