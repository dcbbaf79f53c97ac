/**
 * The server's side of one query process (see `worker.ts`): starts it with a
 * memory limit, keeps its copy in step with the network, sends it queries,
 * and keeps it in bounds.
 *
 * - A query that runs past its time limit gets a grace second, then the
 *   process is killed (SIGKILL) and the query answers 408; Kùzu's own timeout
 *   does not stop every query shape.
 * - When the process dies (a crash in the engine, the memory limit, a kill),
 *   every query in it answers 503 with a Dutch sentence, the exit code or
 *   signal is logged, and the next query starts a new process.
 * - Each account runs at most `perUser` queries at once here (429 beyond).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { NetworkData } from '../../model/index.ts';
import { AppError, QueryLimitError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import type { Row } from '../../store/types.ts';
import type { CopyName } from './copies.ts';
import type { WorkerReply, WorkerRequest } from './worker.ts';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const GRACE_MS = 1_000;

export interface QueryProcessOptions {
  /** Directory for the copy's database (deleted and rebuilt on every load). */
  directory: string;
  copy: CopyName;
  /** Address-space limit of the process (RLIMIT_AS), in MB. */
  memoryMb: number;
  perUser: number;
  logger: Logger;
}

interface Pending {
  resolve: (reply: WorkerReply & { type: 'done' }) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

export class QueryProcess {
  private child?: ChildProcess;
  private starting?: Promise<ChildProcess>;
  private readonly pending = new Map<number, Pending>();
  private readonly running = new Map<string, number>();
  private nextId = 1;
  private loadedVersion = -1;
  private loading?: Promise<void>;
  /** Why the last process ended, for the next error message. */
  private killedFor?: 'timeout';

  constructor(private readonly options: QueryProcessOptions) {}

  /**
   * Runs a read-only query on the copy, loading the copy first when the
   * network changed. `network` is only called when a load is needed.
   */
  async query(
    user: string,
    version: number,
    network: () => NetworkData,
    cypher: string,
    params: Record<string, unknown>,
    { timeoutMs, maxRows }: { timeoutMs: number; maxRows: number },
  ): Promise<{ rows: Row[]; truncated: boolean }> {
    const busy = this.running.get(user) ?? 0;
    if (busy >= this.options.perUser) throw new AppError(429, 'too_many_queries', `u heeft al ${busy} query's lopen; wacht tot die klaar zijn`);
    this.running.set(user, busy + 1);
    try {
      await this.ensureCopy(version, network);
      const reply = await this.send({ type: 'query', id: 0, copy: this.options.copy, cypher, params, timeoutMs, maxRows }, timeoutMs + GRACE_MS);
      return { rows: (reply.rows ?? []) as Row[], truncated: !!reply.truncated };
    } finally {
      const left = (this.running.get(user) ?? 1) - 1;
      if (left > 0) this.running.set(user, left);
      else this.running.delete(user);
    }
  }

  /** Throws the copy away (after an erasure): the process deletes its files; the next query loads a fresh copy. */
  async discard(): Promise<void> {
    this.loadedVersion = -1;
    if (this.child) await this.send({ type: 'discard', id: 0 }, 30_000).catch(() => this.stop());
    rmSync(this.options.directory, { recursive: true, force: true });
  }

  async close(): Promise<void> {
    this.stop();
  }

  private async ensureCopy(version: number, network: () => NetworkData): Promise<void> {
    while (this.loadedVersion !== version) {
      if (!this.loading) {
        const wanted = version;
        this.loading = this.send({ type: 'load', id: 0, copy: this.options.copy, network: network() }, 300_000)
          .then(() => {
            this.loadedVersion = wanted;
          })
          .finally(() => (this.loading = undefined));
      }
      await this.loading;
      // Another version may have come in while this one loaded: the loop loads again.
      if (this.loadedVersion === version || version < this.loadedVersion) return;
    }
  }

  private async send(request: WorkerRequest, limitMs: number): Promise<WorkerReply & { type: 'done' }> {
    const child = await this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const entry: Pending = { resolve, reject };
      entry.timer = setTimeout(() => {
        this.killedFor = 'timeout';
        this.options.logger.warn({ copy: this.options.copy, ms: limitMs }, 'query process killed: a query ran past its time limit');
        child.kill('SIGKILL');
      }, limitMs);
      this.pending.set(id, entry);
      child.send({ ...request, id });
    });
  }

  private start(): Promise<ChildProcess> {
    if (this.child) return Promise.resolve(this.child);
    this.starting ??= new Promise<ChildProcess>((resolve, reject) => {
      this.loadedVersion = -1;
      const child = spawn(process.execPath, ['--import', TSX_LOADER, WORKER, this.options.directory], {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        serialization: 'advanced',
        env: { ...process.env, NODE_OPTIONS: '' },
      });
      const failStart = (reason: string) => {
        this.starting = undefined;
        reject(new AppError(503, 'query_process', `de queryverwerking start niet (${reason}); probeer het zo nog eens`));
      };
      child.once('error', (error) => failStart(error.message));
      child.once('exit', (code, signal) => {
        if (this.child !== child) failStart(signal ?? `code ${code}`);
        this.exited(child, code, signal);
      });
      child.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') {
          this.limitMemory(child);
          this.child = child;
          this.starting = undefined;
          resolve(child);
          return;
        }
        const entry = this.pending.get(reply.id);
        if (!entry) return;
        this.pending.delete(reply.id);
        clearTimeout(entry.timer);
        if (reply.type === 'done') entry.resolve(reply);
        else entry.reject(errorOf(reply.error));
      });
    });
    return this.starting;
  }

  /**
   * Bounds the process's address space, native allocations included, to what
   * it holds once its code is loaded plus `memoryMb`, so that a query that
   * wants more fails inside the engine. Set only then, because the loader's
   * WebAssembly reserves several GB of address space that it never uses.
   */
  private limitMemory(child: ChildProcess): void {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const loadedKb = Number(/^VmSize:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const bytes = (loadedKb + this.options.memoryMb * 1024) * 1024;
      execFileSync('prlimit', ['--pid', String(child.pid), `--as=${bytes}:${bytes}`], { stdio: 'ignore' });
    } catch {
      this.options.logger.warn({ copy: this.options.copy }, 'query process runs without a memory limit: prlimit or /proc is not available');
    }
  }

  private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child === child) this.child = undefined;
    this.starting = undefined;
    this.loadedVersion = -1;
    const timedOut = this.killedFor === 'timeout';
    this.killedFor = undefined;
    if (this.pending.size || code !== 0) this.options.logger.error({ copy: this.options.copy, code, signal, queries: this.pending.size }, 'query process stopped');
    const error = timedOut
      ? new QueryLimitError('timeout', 'de query duurde te lang en is afgebroken; maak hem kleiner (een LIMIT, een wijk, minder stappen)')
      : new AppError(503, 'query_crashed', `de query liet de queryverwerking vastlopen${signal ? ` (${signal})` : ''}; die is opnieuw gestart. Het netwerk en de andere gebruikers merken er niets van. Probeer de query in kleinere stappen.`);
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(error);
      this.pending.delete(id);
    }
  }

  private stop(): void {
    this.child?.kill('SIGKILL');
  }

  /** For tests: the process id, to kill it from outside. */
  get pid(): number | undefined {
    return this.child?.pid;
  }
}

function errorOf(error: { status: number; code: string; message: string }): Error {
  const status = [400, 403, 404, 408, 409, 413, 422, 429, 503].includes(error.status) ? (error.status as 400) : 503;
  return new AppError(status, error.code, error.message);
}

/** Where the query processes keep their copies, under the data directory. */
export function copiesDirectory(dataDir: string, copy: CopyName): string {
  return join(dataDir, 'kopieen', copy);
}
