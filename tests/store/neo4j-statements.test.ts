/**
 * Every statement the Neo4j adapter sends, checked by Neo4j's own parser and
 * linter against the model's schema. Neo4j can't run here, so a driver double
 * records the statements of every store operation (schema, CRUD, bulk writes,
 * reads, counts, the full replace) and of every saved report, and each one is
 * linted with its parameters. A statement Neo4j would refuse fails this test.
 */
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { NODE_ID_PREFIX, type GraphNode, type GraphTie, type NetworkData, type NodeKind } from '../../server/model/index.ts';
import { cypherSchema } from '../../server/model/wire/cypher-schema.ts';
import { reportLibrary } from '../../server/services/reports/library.ts';
import { resolveDate } from '../../server/services/reports/params.ts';
import { runReport } from '../../server/services/reports/runner.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';

interface Sent {
  cypher: string;
  params: Record<string, unknown>;
}

/** Answers like an empty database, except that bulk creates report every row created. */
function recordingDriver(sent: Sent[]): Driver {
  const tx = {
    run: async (cypher: string, params: Record<string, unknown> = {}) => {
      sent.push({ cypher, params });
      const rows = Array.isArray(params.rows) ? params.rows.length : 0;
      const records = /AS created\b/.test(cypher) ? [{ toObject: () => ({ created: rows }) }] : [];
      return { records };
    },
  };
  const session = {
    run: tx.run,
    executeRead: async (work: (t: typeof tx) => unknown) => work(tx),
    executeWrite: async (work: (t: typeof tx) => unknown) => work(tx),
    close: async () => {},
  };
  return { session: () => session, verifyConnectivity: async () => ({}), close: async () => {} } as unknown as Driver;
}

const person = (id: string, name: string): GraphNode => ({ id, kind: 'persoon', name, roles: ['bewoner'], consentBasis: 'toestemming', version: 1 });
const NETWORK: NetworkData = {
  nodes: [
    { id: 'geb_oost', kind: 'gebied', name: 'Oost', level: 'wijk', version: 1 },
    { id: 'org_dock', kind: 'organisatie', name: 'DOCK', type: 'welzijn', version: 1 },
    person('per_a', 'Ans'),
    person('per_b', 'Bram'),
  ],
  ties: [
    { id: 'KENT.ab', type: 'KENT', from: 'per_a', to: 'per_b', strength: 3, source: 'handmatig', consentBasis: 'toestemming', version: 1 },
    { id: 'WOONT_IN.a', type: 'WOONT_IN', from: 'per_a', to: 'geb_oost', source: 'handmatig', version: 1 },
  ],
};

const SCHEMA_COMMAND = /^\s*CREATE\s+(CONSTRAINT|INDEX)\b/i;
const CARTESIAN_HINT = /^If a part of a query contains multiple disconnected patterns/;

/** Keys of the maps a statement is given (`UNWIND $rows AS row … row.from`): map keys, not stored properties. */
function mapKeys(params: Record<string, unknown>): Set<string> {
  const keys = new Set<string>();
  for (const value of Object.values(params)) for (const item of Array.isArray(value) ? value : [value]) if (item && typeof item === 'object') for (const key of Object.keys(item)) keys.add(key);
  return keys;
}

function problems({ cypher, params }: Sent): string[] {
  const { diagnostics } = lintCypherQuery(cypher, { ...cypherSchema(), parameters: params });
  const text = (d: (typeof diagnostics)[number]) => (typeof d.message === 'string' ? d.message : d.message.value);
  const keys = mapKeys(params);
  const aboutMapKey = (d: (typeof diagnostics)[number]) => / is not present in the database/.test(text(d)) && keys.has(cypher.slice(d.offsets.start, d.offsets.end));
  return diagnostics.filter((d) => !CARTESIAN_HINT.test(text(d)) && !aboutMapKey(d)).map((d) => `${text(d)} at '${cypher.slice(d.offsets.start, d.offsets.end)}' in: ${cypher}`);
}

async function everyStoreStatement(): Promise<Sent[]> {
  const sent: Sent[] = [];
  const store = new Neo4jStore({ uri: 'bolt://unused', user: 'neo4j', password: 'x', driver: recordingDriver(sent) });
  await store.init();
  await store.bulkInsert(NETWORK);
  await store.readNetwork();
  await store.counts();
  const changedTie: GraphTie = { ...NETWORK.ties[0]!, strength: 5 };
  await store.write({
    createNodes: [person('per_c', 'Cor')],
    createTies: [{ id: 'KENT.bc', type: 'KENT', from: 'per_b', to: 'per_c', source: 'handmatig', consentBasis: 'toestemming', version: 1 }],
    updateNodes: [{ node: NETWORK.nodes[2]!, set: { name: 'Anna', contact: null, version: 2 } }],
    updateTies: [{ tie: changedTie, set: { strength: 5, version: 2 } }],
    deleteTies: [NETWORK.ties[1]!],
    deleteNodes: [NETWORK.nodes[3]!],
  } as never);
  await store.replaceAll(NETWORK);
  return sent;
}

describe('what the Neo4j adapter sends', () => {
  it('covers schema, bulk writes, reads, counts, CRUD and the full replace', async () => {
    const sent = await everyStoreStatement();
    const kinds = (pattern: RegExp) => sent.filter(({ cypher }) => pattern.test(cypher)).length;
    expect(kinds(SCHEMA_COMMAND)).toBeGreaterThan(0);
    expect(kinds(/^UNWIND \$rows/)).toBeGreaterThan(0);
    expect(kinds(/\bSET\b/)).toBeGreaterThan(0);
    expect(kinds(/\bDELETE\b/)).toBeGreaterThan(0);
    expect(kinds(/count\(/)).toBeGreaterThan(0);
  });

  it('every store statement passes Neo4j’s parser and linter against the schema', async () => {
    const sent = (await everyStoreStatement()).filter(({ cypher }) => !SCHEMA_COMMAND.test(cypher));
    expect(sent.flatMap(problems)).toEqual([]);
  });

  it('every saved report, as the adapter sends it, passes too', async () => {
    const sent: Sent[] = [];
    const store = new Neo4jStore({ uri: 'bolt://unused', user: 'neo4j', password: 'x', driver: recordingDriver(sent) });
    for (const report of reportLibrary().values()) {
      // A parameter that has no default gets an id of its kind.
      const valueOf = (param: (typeof report.params)[number]) => (param.type === 'date' ? resolveDate(String(param.default)) : param.required ? `${NODE_ID_PREFIX[param.type as NodeKind]}_voorbeeld` : param.default);
      const params = Object.fromEntries(report.params.map((param) => [param.name, valueOf(param)]));
      await runReport(store, report, params);
    }
    expect(sent.length).toBe(reportLibrary().size);
    expect(sent.flatMap(problems)).toEqual([]);
  });

  it('the linter refuses what Neo4j would refuse (so the tests above mean something)', () => {
    expect(problems({ cypher: 'MATCH (n:Persoon) SET n.naam = $x RETURN m', params: { x: 1 } }).length).toBeGreaterThan(0);
    expect(problems({ cypher: 'MATCH (n:Persoon {id: $id}) RETURN n', params: {} }).length).toBeGreaterThan(0);
  });
});
