/**
 * The query process: runs user-written Cypher and saved reports on its own
 * copies of the network, each in its own embedded database under the
 * directory it is given. It never opens the main database or the records.
 * The server starts it with a memory limit and kills it when a query runs
 * over its time; an engine crash ends only this process.
 *
 * Messages (IPC): `load` replaces a copy, `query` runs one query and answers
 * at most `maxRows + 1` rows (so the server knows there were more),
 * whatever LIMIT the query carries; `discard` closes and deletes every copy.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { NetworkData } from '../../model/index.ts';
import { AppError } from '../../errors.ts';
import { KuzuStore } from '../../store/kuzu/kuzu-store.ts';
import type { CopyName } from './copies.ts';

export type WorkerRequest =
  | { type: 'load'; id: number; copy: CopyName; network: NetworkData }
  | { type: 'query'; id: number; copy: CopyName; cypher: string; params: Record<string, unknown>; timeoutMs: number; maxRows: number }
  | { type: 'discard'; id: number };

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; rows?: unknown[]; truncated?: boolean }
  | { type: 'failed'; id: number; error: { status: number; code: string; message: string } };

const directory = process.argv[2];
if (!directory || !process.send) throw new Error('query worker: start it with a directory, over IPC');

const stores = new Map<CopyName, KuzuStore>();
/** Small enough to live within the process's memory limit next to the query itself. */
const COPY_MEMORY = { bufferPoolBytes: 256 * 1024 * 1024, maxDatabaseBytes: 2 * 1024 * 1024 * 1024 };

const MAX_RESULT_CHARS = 20_000_000;

async function open(copy: CopyName): Promise<KuzuStore> {
  const existing = stores.get(copy);
  if (existing) return existing;
  throw new AppError(503, 'copy_missing', `de kopie '${copy}' is nog niet geladen`);
}

async function load(copy: CopyName, network: NetworkData): Promise<void> {
  await stores.get(copy)?.close();
  stores.delete(copy);
  const path = join(directory!, copy);
  rmSync(path, { recursive: true, force: true });
  const store = new KuzuStore({ path, memory: COPY_MEMORY });
  await store.init();
  await store.replaceAll(network);
  stores.set(copy, store);
}

async function discard(): Promise<void> {
  for (const store of stores.values()) await store.close();
  stores.clear();
  rmSync(directory!, { recursive: true, force: true });
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  try {
    if (request.type === 'load') await load(request.copy, request.network);
    else if (request.type === 'discard') await discard();
    else {
      const store = await open(request.copy);
      const { rows, truncated } = await store.queryCapped(request.cypher, request.params, { timeoutMs: request.timeoutMs, maxRows: request.maxRows });
      // The row cap bounds the number of rows, this the size of them (one row can hold a collect() of millions).
      if (JSON.stringify(rows).length > MAX_RESULT_CHARS) throw new AppError(413, 'result_too_large', `het resultaat is groter dan ${MAX_RESULT_CHARS / 1_000_000} MB; vraag minder kolommen, minder rijen of kleinere lijsten`);
      return { type: 'done', id: request.id, rows, truncated };
    }
    return { type: 'done', id: request.id };
  } catch (error) {
    const known = error instanceof AppError;
    return {
      type: 'failed',
      id: request.id,
      error: { status: known ? error.status : 500, code: known ? error.code : 'query_failed', message: known ? error.message : `de query is mislukt: ${(error as Error).message}` },
    };
  }
}

process.on('message', (request: WorkerRequest) => {
  void handle(request).then((reply) => process.send!(reply));
});
process.on('disconnect', () => process.exit(0));
process.send({ type: 'ready' } satisfies WorkerReply);
