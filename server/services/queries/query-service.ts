/**
 * Where queries run. Nothing that runs user-written Cypher opens the main
 * database:
 * - free Cypher (the console and personal reports, for the beheerder and the
 *   analist) runs in the "vrij" query process, on the free copy;
 * - saved reports run in the "volledig" query process on the report copy (or,
 *   with Neo4j as the store, on Neo4j in a read transaction: they are our own
 *   statements, and their results go through the viewer's policy).
 * Each query process is a child with its own memory limit; one user's heavy
 * query never holds the connections that serve everyone's map.
 */
import type { NetworkData } from '../../model/index.ts';
import { ValidationError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import type { GraphStore, QueryOptions, Row, StoreEngine } from '../../store/types.ts';
import type { NetworkCache } from '../network-cache.ts';
import type { CopyKeeper } from '../privacy/privacy-service.ts';
import type { Pseudonymiser } from '../privacy/pseudonyms.ts';
import { freeCopy, reportCopy, type CopyName } from './copies.ts';
import { QueryProcess, copiesDirectory } from './query-process.ts';

/** What the report runner needs to run a statement. */
export interface QueryTarget {
  engine: StoreEngine;
  query(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<Row[]>;
}

export interface QueryServiceOptions {
  dataDir: string;
  /** Memory limit of each query process, in MB. */
  memoryMb: number;
  /** Free queries one account may run at once. */
  perUser: number;
}

/** Limits on query parameters: the engine crashes on some shapes, so nothing else reaches it. */
const MAX_PARAM_DEPTH = 4;
const MAX_PARAM_ITEMS = 10_000;
const MAX_PARAM_STRING = 10_000;
const MAX_INTEGER = 2_147_483_646;
const FALLBACK_ROWS = 10_001;

export class QueryService implements CopyKeeper {
  private readonly processes: Record<CopyName, QueryProcess>;

  constructor(
    private readonly cache: NetworkCache,
    private readonly store: GraphStore,
    private readonly pseudonymiser: Pseudonymiser,
    logger: Logger,
    options: QueryServiceOptions,
  ) {
    const make = (copy: CopyName) => new QueryProcess({ copy, directory: copiesDirectory(options.dataDir, copy), memoryMb: options.memoryMb, perUser: options.perUser, logger });
    this.processes = { vrij: make('vrij'), volledig: make('volledig') };
  }

  /** Free Cypher of one account, on the free copy. */
  freeTarget(username: string): QueryTarget {
    return this.target('vrij', username, (network) => freeCopy(network, (id) => this.pseudonymiser.pseudonym(id)));
  }

  /** Saved reports, on the report copy (or the Neo4j store). */
  reportTarget(username: string): QueryTarget {
    if (this.store.engine === 'neo4j') return { engine: 'neo4j', query: (cypher, params = {}, options = {}) => (checkParams(params), this.store.query(cypher, params, { ...options, readOnly: true })) };
    return this.target('volledig', username, reportCopy);
  }

  async discardCopies(): Promise<void> {
    await Promise.all(Object.values(this.processes).map((process) => process.discard()));
  }

  async close(): Promise<void> {
    await Promise.all(Object.values(this.processes).map((process) => process.close()));
  }

  /** For tests: the process behind a copy. */
  process(copy: CopyName): QueryProcess {
    return this.processes[copy];
  }

  private target(copy: CopyName, username: string, build: (network: NetworkData) => NetworkData): QueryTarget {
    return {
      engine: 'kuzu',
      query: async (cypher, params = {}, options = {}) => {
        checkParams(params);
        await this.cache.ready();
        const { rows } = await this.processes[copy].query(username, this.cache.version, () => build(this.cache.snapshot()), cypher, params, {
          timeoutMs: options.timeoutMs ?? 5_000,
          maxRows: options.maxRows ?? FALLBACK_ROWS,
        });
        return rows;
      },
    };
  }
}

/** Refuses parameters the engine could choke on: deep nesting, huge lists or strings, integers past 32 bits. */
export function checkParams(params: Record<string, unknown>): void {
  let items = 0;
  const check = (value: unknown, path: string, depth: number): void => {
    if (++items > MAX_PARAM_ITEMS) throw new ValidationError(`de parameters zijn te groot (meer dan ${MAX_PARAM_ITEMS} waarden)`, [{ path, message: 'te veel waarden' }]);
    if (depth > MAX_PARAM_DEPTH) throw new ValidationError(`de parameters zijn te diep genest (meer dan ${MAX_PARAM_DEPTH} niveaus)`, [{ path, message: 'te diep genest' }]);
    if (typeof value === 'string') {
      if (value.length > MAX_PARAM_STRING) throw new ValidationError(`parameter ${path} is te lang (meer dan ${MAX_PARAM_STRING} tekens)`, [{ path, message: 'te lang' }]);
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value) || (Number.isInteger(value) && Math.abs(value) > MAX_INTEGER)) {
        throw new ValidationError(`parameter ${path} is geen bruikbaar getal (gehele getallen tot ${MAX_INTEGER})`, [{ path, message: 'buiten bereik' }]);
      }
    } else if (Array.isArray(value)) value.forEach((item, index) => check(item, `${path}.${index}`, depth + 1));
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) check(inner, `${path}.${key}`, depth + 1);
    else if (value !== null && typeof value !== 'boolean') throw new ValidationError(`parameter ${path} heeft een onbekend soort waarde`, [{ path, message: 'onbekend soort' }]);
  };
  for (const [key, value] of Object.entries(params)) check(value, key, 1);
}
