/**
 * The compact form of the graph gives back exactly what the JSON answer
 * gives (JSON.parse of JSON.stringify): every node kind and tie type, unicode
 * names, an empty graph, missing optional fields, and arbitrary values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_ID_PREFIX, NODE_KINDS, TIE_ENDPOINTS, TIE_TYPES, type NodeKind, type SerializedNetwork } from '../../server/model/index.ts';
import { decodeCompactGraph, encodeCompactGraph } from '../../server/model/wire/compact-graph/index.ts';
import { expandCompactGraph } from '../helpers/compact-graph.ts';

const OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

function roundTrip(network: SerializedNetwork) {
  return expandCompactGraph(decodeCompactGraph(encodeCompactGraph(network)));
}

/** What a client of the JSON answer reads. */
function asJson(network: SerializedNetwork) {
  const { attributes, nodes, edges } = JSON.parse(JSON.stringify(network)) as SerializedNetwork;
  return { attributes, nodes, edges };
}

const FIELDS: Record<NodeKind, Record<string, unknown>> = {
  persoon: { roles: ['bewoner', 'sleutelfiguur'], consentBasis: 'toestemming', consentDate: '2025-03-01', contact: '06-12345678', consentPurpose: 'buurtnetwerk' },
  organisatie: { type: 'overig', typeLabel: 'ruilwinkel', externalId: 'KVK-0012' },
  wijkteam: { startDate: '2024-01-01', endDate: '2026-12-31' },
  initiatief: { description: 'Samen koken op donderdag,\nmet "iedereen" & <iedereen>.' },
  plek: { type: 'buurtcentrum', address: 'Marsmanplein 1' },
  gebied: { level: 'buurt', code: 'BU03920100', parentId: 'geb_wk_1' },
  thema: { category: 'doel' },
};

function everyKindAndType(): SerializedNetwork {
  const nodes = NODE_KINDS.flatMap((kind) =>
    [1, 2].map((n) => ({ key: `${NODE_ID_PREFIX[kind]}_${n}`, attributes: { kind, name: `${kind} ${n}`, version: n, ...FIELDS[kind] } })),
  );
  const edges = TIE_TYPES.flatMap((type) =>
    TIE_ENDPOINTS[type].map(([from, to], index) => ({
      key: `${type.toLowerCase()}.${index + 1}`,
      source: `${NODE_ID_PREFIX[from]}_1`,
      target: `${NODE_ID_PREFIX[to]}_2`,
      attributes: { type, source: 'handmatig' as const, strength: 1 + (index % 5), trust: 5, lastContact: '2026-02-03', recordedBy: 'beheerder', recordedAt: '2026-02-03T10:00:00.000Z', consentBasis: 'gerechtvaardigd_belang' as const, ...(type === 'VERWIJST_NAAR' ? { count: 12, period: '2025-Q3' } : {}) },
    })),
  );
  return { attributes: { version: 7, at: '2026-02-03', hiddenWithoutConsent: 3 }, options: OPTIONS, nodes, edges };
}

describe('compact graph codec', () => {
  it('keeps every node kind and tie type with all their fields', () => {
    const network = everyKindAndType();
    expect(new Set(roundTrip(network).nodes.map((node) => node.attributes.kind))).toEqual(new Set(NODE_KINDS));
    expect(new Set(roundTrip(network).edges.map((edge) => edge.attributes.type))).toEqual(new Set(TIE_TYPES));
    expect(roundTrip(network)).toStrictEqual(asJson(network));
  });

  it('keeps unicode names, including ones UTF-8 cannot carry as they are', () => {
    const names = ['Zoë Kranenburg', 'Zoe\u0308 (ontbonden)', 'Ğülşen Çelik', 'مريم الحسن', '李小龙', '👩🏽‍🦱 Buurtmoeder', 'Fleur O\'Neill & "Zonen"', 'half \ud83d paar', '\udc00 los'];
    const network: SerializedNetwork = {
      attributes: { version: 1 },
      options: OPTIONS,
      nodes: names.map((name, index) => ({ key: `per_${index}`, attributes: { kind: 'persoon', name, roles: [name.slice(0, 3), 'bewoner'] } })),
      edges: [{ key: 'kent.1', source: 'per_0', target: 'per_5', attributes: { type: 'KENT', source: 'intake', period: '☕ elke week' } }],
    };
    expect(roundTrip(network)).toStrictEqual(asJson(network));
  });

  it('keeps an empty graph', () => {
    const network: SerializedNetwork = { attributes: { version: 0 }, options: OPTIONS, nodes: [], edges: [] };
    expect(roundTrip(network)).toStrictEqual(asJson(network));
  });

  it('leaves out what a row does not have, and keeps empty lists and strings apart from missing ones', () => {
    const network: SerializedNetwork = {
      attributes: { version: 2, at: undefined },
      options: OPTIONS,
      nodes: [
        { key: 'per_1', attributes: { kind: 'persoon', name: 'Anna', roles: [], contact: '' } },
        { key: 'per_2', attributes: { kind: 'persoon', name: 'Bert', roles: ['bewoner'], consentDate: undefined } },
        { key: 'geb_stad', attributes: { kind: 'gebied', name: 'Stad', level: 'stad' } },
      ],
      edges: [
        { key: 'woont_in.1', source: 'per_1', target: 'geb_stad', attributes: { type: 'WOONT_IN', source: 'import' } },
        { key: 'woont_in.2', source: 'per_2', target: 'geb_stad', attributes: { type: 'WOONT_IN', source: 'import', strength: 2, trust: undefined } },
      ],
    };
    const decoded = roundTrip(network);
    expect(decoded).toStrictEqual(asJson(network));
    expect(decoded.nodes[1]!.attributes).not.toHaveProperty('consentDate');
    expect(decoded.edges[0]!.attributes).not.toHaveProperty('strength');
  });

  it('keeps ids whose digits do not make a plain number', () => {
    const keys = ['per_007', 'per_0', 'per_10000000000', 'per_', 'org_-3', 'x', '12', 'per_99', 'per_98'];
    const network: SerializedNetwork = { attributes: { version: 1 }, options: OPTIONS, nodes: keys.map((key) => ({ key, attributes: { kind: 'persoon', name: key } })), edges: [] };
    expect(roundTrip(network)).toStrictEqual(asJson(network));
  });

  it('gives back what JSON gives back for any values', () => {
    const value = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.integer(),
      fc.maxSafeInteger(),
      fc.double(),
      fc.boolean(),
      fc.array(fc.string({ unit: 'binary' })),
      fc.constant(undefined),
      fc.constant(null),
      fc.jsonValue(),
    );
    const attributes = fc.dictionary(fc.oneof(fc.constantFrom('kind', 'name', 'roles', 'strength', '__proto__'), fc.string()), value);
    const network = fc
      .uniqueArray(fc.oneof(fc.string({ unit: 'binary' }), fc.nat().map((n) => `per_${n}`)), { maxLength: 30 })
      .chain((keys) =>
        fc.record({
          nodes: fc.tuple(...keys.map((key) => attributes.map((a) => ({ key, attributes: a })))),
          edges: keys.length ? fc.array(fc.record({ key: fc.string(), source: fc.constantFrom(...keys), target: fc.constantFrom(...keys), attributes }), { maxLength: 40 }) : fc.constant([]),
          version: fc.nat(),
        }),
      )
      .map(({ nodes, edges, version }) => ({ attributes: { version }, options: OPTIONS, nodes, edges }) as unknown as SerializedNetwork);
    fc.assert(
      fc.property(network, (n) => {
        expect(roundTrip(n)).toStrictEqual(asJson(n));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses bytes that are not a compact graph, and a tie to a node that is not there', () => {
    expect(() => decodeCompactGraph(new TextEncoder().encode('{"nodes":[]}'))).toThrow(/not a compact graph/);
    const bytes = encodeCompactGraph(everyKindAndType());
    expect(() => decodeCompactGraph(bytes.subarray(0, bytes.length - 64))).toThrow(/truncated/);
    expect(() => encodeCompactGraph({ attributes: { version: 1 }, options: OPTIONS, nodes: [], edges: [{ key: 'kent.1', source: 'per_1', target: 'per_2', attributes: { type: 'KENT', source: 'demo' } }] })).toThrow(/not in the network/);
  });

  it('reads a copy that does not start on an aligned byte', () => {
    const bytes = encodeCompactGraph(everyKindAndType());
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(expandCompactGraph(decodeCompactGraph(shifted.subarray(3)))).toStrictEqual(asJson(everyKindAndType()));
  });
});
