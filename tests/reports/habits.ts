/**
 * Neo4j's Cypher as an analyst types it in Neo4j Browser: the habits with the
 * answer Neo4j gives on the demo network, and the forms that keep no meaning
 * here with the hint that must come back. Used by the console suite
 * (neo4j-habits.test.ts) and the editor's lint test (console-editor.test.ts).
 * Each expected answer is computed from the network itself (the free copy
 * every free query sees), the way Neo4j defines the construct.
 */
import { expect } from 'vitest';
import { NODE_KINDS, NODE_LABEL, TIE_TYPES, type GraphTie, type NetworkData } from '../../server/model/index.ts';
import { readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { freeCopy } from '../../server/services/queries/copies.ts';

export type Row = Record<string, unknown>;

export const demo = readDemoNetwork();
const free: NetworkData = freeCopy(demo, (id) => `Persoon ${id}`);
const persons = free.nodes.filter((node) => node.kind === 'persoon');
const ties = (type: string) => free.ties.filter((tie) => tie.type === type);
const kent = ties('KENT');
const degree = new Map<string, number>();
for (const tie of kent) for (const end of [tie.from, tie.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
const maxDegree = Math.max(...persons.map((person) => degree.get(person.id) ?? 0));
const withRole = (role: string) => persons.filter((person) => (person.roles as string[]).includes(role));
const first = persons.map((person) => person.id).sort()[0]!;
/** Neighbours over KENT, by id. */
const neighbours = (id: string) => new Set(kent.flatMap((tie: GraphTie) => (tie.from === id ? [tie.to] : tie.to === id ? [tie.from] : [])));
/** Ends reached over two different KENT ties from the first person (Neo4j never uses one tie twice in a pattern). */
const overTwoTies = (() => {
  const at = (id: string) => kent.filter((tie) => tie.from === id || tie.to === id);
  const other = (tie: GraphTie, id: string) => (tie.from === id ? tie.to : tie.from);
  const seen = new Set<string>();
  for (const one of at(first)) for (const two of at(other(one, first))) if (two.id !== one.id) seen.add(other(two, other(one, first)));
  return seen;
})();
const twoSteps = [...overTwoTies].filter((id) => id !== first).length;

export interface Habit {
  habit: string;
  cypher: string;
  expected: Row[] | ((rows: Row[]) => void);
}

export const HABITS: Habit[] = [
  { habit: 'count by label', cypher: 'MATCH (p:Persoon) RETURN count(p) AS n', expected: [{ n: persons.length }] },
  { habit: 'column named by its expression', cypher: 'MATCH (p:Persoon) RETURN count(p)', expected: [{ 'count(p)': persons.length }] },
  { habit: 'type(r)', cypher: "MATCH ()-[r]->() WHERE type(r) = 'KENT' RETURN count(r) AS n", expected: [{ n: kent.length }] },
  { habit: 'type(r) grouped', cypher: 'MATCH ()-[r]->() RETURN type(r) AS soort, count(*) AS n ORDER BY n DESC, soort LIMIT 1', expected: (rows) => expect(rows[0]).toEqual({ soort: 'KENT', n: kent.length }) },
  { habit: 'labels(n)', cypher: "MATCH (n) WHERE labels(n) = ['Persoon'] RETURN count(n) AS n", expected: [{ n: persons.length }] },
  { habit: 'head(labels(n))', cypher: "MATCH (n) WHERE head(labels(n)) = 'Thema' RETURN count(*) AS n", expected: [{ n: free.nodes.filter((node) => node.kind === 'thema').length }] },
  { habit: 'labels(n)[0]', cypher: "MATCH (n) WITH labels(n)[0] AS label WHERE label = 'Gebied' RETURN count(*) AS n", expected: [{ n: free.nodes.filter((node) => node.kind === 'gebied').length }] },
  { habit: 'WHERE n:Label', cypher: 'MATCH (n) WHERE n:Persoon RETURN count(n) AS n', expected: [{ n: persons.length }] },
  { habit: 'WHERE n:A|B', cypher: 'MATCH (n) WHERE n:Persoon|Organisatie RETURN count(n) AS n', expected: [{ n: persons.length + free.nodes.filter((node) => node.kind === 'organisatie').length }] },
  { habit: 'exists(pattern)', cypher: 'MATCH (p:Persoon) WHERE exists((p)-[:KENT]-()) RETURN count(p) AS n', expected: [{ n: persons.filter((person) => degree.has(person.id)).length }] },
  { habit: 'COUNT { pattern }', cypher: 'MATCH (p:Persoon) RETURN max(COUNT { (p)-[:KENT]-() }) AS n', expected: [{ n: maxDegree }] },
  { habit: 'size of a pattern comprehension', cypher: 'MATCH (p:Persoon) RETURN max(size([(p)-[:KENT]-(q) | q])) AS n', expected: [{ n: maxDegree }] },
  { habit: 'EXISTS { pattern }', cypher: 'MATCH (p:Persoon) WHERE EXISTS { (p)-[:KENT]-() } RETURN count(p) AS n', expected: [{ n: persons.filter((person) => degree.has(person.id)).length }] },
  { habit: 'NOT pattern predicate', cypher: 'MATCH (p:Persoon) WHERE NOT (p)-[:KENT]-() RETURN count(p) AS n', expected: [{ n: persons.filter((person) => !degree.has(person.id)).length }] },
  { habit: 'IS NOT NULL', cypher: 'MATCH (p:Persoon) WHERE p.startDate IS NOT NULL RETURN count(p) AS n', expected: [{ n: persons.filter((person) => person.startDate !== undefined).length }] },
  { habit: 'list index from 0', cypher: 'RETURN [10, 20, 30][0] AS a, [10, 20, 30][2] AS b, [10, 20, 30][-1] AS c', expected: [{ a: 10, b: 30, c: 30 }] },
  { habit: 'list slice from 0, end exclusive', cypher: 'RETURN [1, 2, 3, 4][0..2] AS a, [1, 2, 3, 4][1..] AS b, [1, 2, 3, 4][..3] AS c', expected: [{ a: [1, 2], b: [2, 3, 4], c: [1, 2, 3] }] },
  { habit: 'collect(x)[0]', cypher: 'MATCH (p:Persoon) WITH p ORDER BY p.id LIMIT 3 RETURN collect(p.id)[0] AS eerste', expected: [{ eerste: first }] },
  { habit: 'top-N per group with WITH … ORDER BY', cypher: "MATCH (p:Persoon) WITH p ORDER BY p.id WITH collect(p.id)[0..2] AS top RETURN top", expected: [{ top: persons.map((person) => person.id).sort().slice(0, 2) }] },
  { habit: 'WITH … ORDER BY without LIMIT', cypher: 'MATCH (p:Persoon) WITH p ORDER BY p.id RETURN count(p) AS n', expected: [{ n: persons.length }] },
  { habit: 'list comprehension', cypher: "RETURN [x IN [1, 2, 3, 4] WHERE x % 2 = 0 | x * 10] AS a, [x IN [1, 2, 3] | x + 1] AS b, [x IN [1, 2, 3] WHERE x > 1] AS c", expected: [{ a: [20, 40], b: [2, 3, 4], c: [2, 3] }] },
  { habit: 'map projection', cypher: "MATCH (g:Gebied {id: 'geb_haarlem'}) RETURN g {.id, .level, soort: 'stad'} AS m", expected: [{ m: { id: 'geb_haarlem', level: 'stad', soort: 'stad' } }] },
  { habit: 'toString, toInteger, toFloat', cypher: "RETURN toString(42) AS a, toInteger('42') AS b, toFloat('1.5') AS c", expected: [{ a: '42', b: 42, c: 1.5 }] },
  { habit: 'split', cypher: "RETURN split('a,b,c', ',') AS a", expected: [{ a: ['a', 'b', 'c'] }] },
  { habit: 'round with one argument', cypher: 'RETURN round(2.4) AS a, round(2.6) AS b', expected: [{ a: 2, b: 3 }] },
  { habit: 'substring from 0 (never an empty string)', cypher: "RETURN substring('Haarlem', 0, 4) AS a, substring('Haarlem', 4) AS b", expected: [{ a: 'Haar', b: 'lem' }] },
  { habit: 'toUpper, toLower, trim, left', cypher: "RETURN toUpper('ab') AS a, toLower('AB') AS b, trim('  x ') AS c, left('Haarlem', 3) AS d", expected: [{ a: 'AB', b: 'ab', c: 'x', d: 'Haa' }] },
  { habit: 'date() without an argument', cypher: 'RETURN date() = date() AS a', expected: [{ a: true }] },
  { habit: 'duration and date arithmetic', cypher: "RETURN date('2025-01-31') + duration('P1D') AS a, date('2025-03-01') - date('2025-02-01') AS dagen", expected: (rows) => expect(String(rows[0]!.a)).toContain('2025-02-01') },
  { habit: 'date parts as properties', cypher: "RETURN date('2025-02-10').year AS j, date('2025-02-10').month AS m", expected: [{ j: 2025, m: 2 }] },
  { habit: 'elementId and id', cypher: "MATCH (g:Gebied {id: 'geb_haarlem'}) RETURN elementId(g) AS a, id(g) AS b", expected: [{ a: 'geb_haarlem', b: 'geb_haarlem' }] },
  { habit: 'keys', cypher: "MATCH (g:Gebied {id: 'geb_haarlem'}) RETURN 'level' IN keys(g) AS a", expected: [{ a: true }] },
  { habit: 'startNode and endNode keep the stored direction', cypher: "MATCH (p:Persoon)-[r:WOONT_IN]->(g:Gebied) RETURN count(*) = count(CASE WHEN startNode(r).id = p.id AND endNode(r).id = g.id THEN 1 END) AS a", expected: [{ a: true }] },
  { habit: 'collect over no rows is []', cypher: "MATCH (p:Persoon) WHERE p.id = 'niemand' RETURN collect(p.id) AS a, size(collect(p.id)) AS b", expected: [{ a: [], b: 0 }] },
  { habit: 'integer division', cypher: 'RETURN 7 / 2 AS a, 7.0 / 2 AS b, 7 % 3 AS c', expected: [{ a: 3, b: 3.5, c: 1 }] },
  { habit: 'null handling', cypher: 'RETURN null = null AS a, null IS NULL AS b, coalesce(null, 1) AS c', expected: [{ a: null, b: true, c: 1 }] },
  { habit: 'a relationship is never used twice in one MATCH', cypher: `MATCH (a:Persoon {id: '${first}'})-[:KENT]-(b)-[:KENT]-(c) RETURN count(DISTINCT c) AS n`, expected: [{ n: overTwoTies.size }] },
  { habit: 'no way back over the same tie', cypher: "MATCH (a:Persoon)-[r1:KENT]-(b:Persoon)-[r2:KENT]-(a) RETURN count(*) AS n", expected: [{ n: 0 }] },
  { habit: 'friends of friends', cypher: `MATCH (a:Persoon {id: '${first}'})-[:KENT]-()-[:KENT]-(c:Persoon) WHERE c.id <> a.id RETURN count(DISTINCT c) AS n`, expected: [{ n: twoSteps }] },
  { habit: 'the Browser’s first query: a path', cypher: 'MATCH p=()-[:KENT]->() RETURN p LIMIT 1', expected: (rows) => expect(Object.keys(rows[0]!)).toEqual(['p']) },
  { habit: 'nodes(p) and relationships(p)', cypher: 'MATCH p=(a:Persoon)-[:KENT]->(b) RETURN size(nodes(p)) AS n, size(relationships(p)) AS r LIMIT 1', expected: [{ n: 2, r: 1 }] },
  { habit: 'shortestPath', cypher: `MATCH p = shortestPath((a:Persoon {id: '${first}'})-[:KENT*..4]-(b:Persoon)) WHERE b.id IN [${[...neighbours(first)].slice(0, 1).map((id) => `'${id}'`).join(', ')}] RETURN length(p) AS l`, expected: [{ l: 1 }] },
  { habit: 'allShortestPaths', cypher: `MATCH p = allShortestPaths((a:Persoon {id: '${first}'})-[:KENT*..2]-(b:Persoon)) WHERE b.id = '${[...neighbours(first)][0]}' RETURN min(length(p)) AS l`, expected: [{ l: 1 }] },
  { habit: 'sleutelfiguren by role', cypher: "MATCH (p:Persoon) WHERE 'sleutelfiguur' IN p.roles RETURN count(p) AS n", expected: [{ n: withRole('sleutelfiguur').length }] },
  { habit: 'properties() of a node', cypher: "MATCH (g:Gebied {id: 'geb_haarlem'}) RETURN properties(g) AS m", expected: (rows) => expect(rows[0]!.m).toMatchObject({ id: 'geb_haarlem', level: 'stad', name: free.nodes.find((node) => node.id === 'geb_haarlem')!.name }) },
  { habit: 'properties() of a tie', cypher: 'MATCH (:Persoon)-[r:KENT]->(:Persoon) RETURN properties(r).id AS id ORDER BY id LIMIT 1', expected: [{ id: kent.map((tie) => tie.id).sort()[0] }] },
  {
    habit: 'percentileCont, percentileDisc, stdev, stdevP',
    cypher: 'UNWIND [1, 2, 3, 4, 10, null] AS x RETURN percentileCont(x, 0.4) AS c, percentileDisc(x, 0.5) AS d, stdev(x) AS s, stdevP(x) AS sp',
    expected: (rows) => {
      const { c, d, s, sp } = rows[0] as Record<string, number>;
      expect([c, d]).toEqual([2.6, 3]);
      expect(s).toBeCloseTo(Math.sqrt(50 / 4), 9);
      expect(sp).toBeCloseTo(Math.sqrt(10), 9);
    },
  },
  { habit: 'percentileDisc over the network', cypher: 'MATCH (p:Persoon) RETURN percentileDisc(size(p.roles), 1.0) AS d, stdev(size(p.roles)) >= 0 AS s', expected: [{ d: Math.max(...persons.map((person) => (person.roles as string[]).length)), s: true }] },
  // The engine's own any() crashes on a table of a few thousand rows: the demo's persons are more.
  { habit: 'any(x IN list WHERE …) over a property', cypher: "MATCH (p:Persoon) WHERE any(r IN p.roles WHERE r = 'sleutelfiguur') RETURN count(p) AS n", expected: [{ n: withRole('sleutelfiguur').length }] },
  { habit: 'all, none and single', cypher: "MATCH (p:Persoon) RETURN count(CASE WHEN all(r IN p.roles WHERE r = 'bewoner') THEN 1 END) AS alle, count(CASE WHEN none(r IN p.roles WHERE r = 'bewoner') THEN 1 END) AS geen, count(CASE WHEN single(r IN p.roles WHERE r STARTS WITH 'b') THEN 1 END) AS een", expected: [{ alle: persons.filter((person) => (person.roles as string[]).every((role) => role === 'bewoner')).length, geen: persons.filter((person) => !(person.roles as string[]).includes('bewoner')).length, een: persons.filter((person) => (person.roles as string[]).filter((role) => role.startsWith('b')).length === 1).length }] },
  { habit: 'map projection of all properties', cypher: "MATCH (g:Gebied {id: 'geb_haarlem'}) RETURN g {.*} AS m", expected: (rows) => expect(rows[0]!.m).toMatchObject({ id: 'geb_haarlem', level: 'stad' }) },
  { habit: 'replace, reverse, left, right, lTrim, rTrim', cypher: "RETURN replace('Haarlem-Noord', '-', ' ') AS a, reverse('abc') AS b, left('abc', 2) AS c, right('abc', 2) AS d, lTrim(' a') AS e, rTrim('a ') AS f", expected: [{ a: 'Haarlem Noord', b: 'cba', c: 'ab', d: 'bc', e: 'a', f: 'a' }] },
  { habit: 'toBoolean and timestamp()', cypher: "RETURN toBoolean('true') AS a, toBoolean('FALSE') AS b, toBoolean('ja') AS c, timestamp() > 1700000000000 AS d", expected: [{ a: true, b: false, c: null, d: true }] },
  { habit: 'date from a map, and dayOfWeek', cypher: "RETURN toString(date({year: 2025, month: 2, day: 10})) AS d, date('2025-02-10').dayOfWeek AS ma, date('2025-02-16').dayOfWeek AS zo, date('1969-12-31').dayOfWeek AS wo", expected: [{ d: '2025-02-10', ma: 1, zo: 7, wo: 3 }] },
  {
    habit: 'duration.between, inMonths and inDays with a unit',
    cypher: "WITH date('2025-01-15') AS a, date('2025-03-01') AS b RETURN duration.between(a, b).months AS m, duration.between(a, b).days AS d, duration.between(b, a).months AS terug, duration.inDays(a, b).days AS dagen, duration.inMonths(date('2023-01-31'), b).years AS jaren, duration.between('2025-01-01', '2025-01-29').weeks AS weken",
    expected: [{ m: 1, d: 14, terug: -1, dagen: 45, jaren: 2, weken: 4 }],
  },
  // The engine's ordered top-k drops rows when it also skips (0 of 2, 2 of 10): each page must be the slice of the whole order.
  ...[[10, 5], [2, 10], [100, 50]].map(([skip, limit]) => ({
    habit: `ORDER BY a column with ties, SKIP ${skip} LIMIT ${limit}`,
    cypher: `MATCH (a:Persoon)-[:KENT]->(b:Persoon) RETURN a.id AS x, b.id AS y ORDER BY x SKIP ${skip} LIMIT ${limit}`,
    expected: (rows: Row[]) => expect(rows.map((row) => row.x)).toEqual(kent.map((tie) => tie.from).sort().slice(skip, skip! + limit!)),
  })),
  { habit: 'a property after a list index', cypher: `MATCH (a:Persoon {id: '${first}'})-[:KENT]-(b) WITH collect(b) AS bs RETURN bs[0].id IN [${[...neighbours(first)].map((id) => `'${id}'`).join(', ')}] AS a`, expected: [{ a: true }] },
  { habit: 'relationships(p)[0].property', cypher: `MATCH p = (a:Persoon {id: '${first}'})-[:KENT]-(b) RETURN relationships(p)[0].id IS NOT NULL AS r LIMIT 1`, expected: [{ r: true }] },
  { habit: 'CALL db.labels()', cypher: 'CALL db.labels() YIELD label RETURN label ORDER BY label', expected: NODE_KINDS.map((kind) => NODE_LABEL[kind]).sort().map((label) => ({ label })) },
  { habit: 'CALL db.relationshipTypes() alone', cypher: 'CALL db.relationshipTypes()', expected: (rows) => expect(rows.map((row) => row.relationshipType).sort()).toEqual([...TIE_TYPES].sort()) },
  {
    habit: 'CALL db.schema.visualization()',
    cypher: 'CALL db.schema.visualization()',
    expected: (rows) => {
      const [{ nodes, relationships }] = rows as { nodes: { name: string }[]; relationships: { type: string; from: string; to: string }[] }[];
      expect(nodes.map((node) => node.name).sort()).toEqual(NODE_KINDS.map((kind) => NODE_LABEL[kind]).sort());
      expect(relationships).toContainEqual(expect.objectContaining({ type: 'WOONT_IN', from: 'Persoon', to: 'Gebied' }));
    },
  },
  { habit: 'db.schema.visualization() YIELD', cypher: 'CALL db.schema.visualization() YIELD nodes, relationships RETURN size(nodes) AS n, size(relationships) > 0 AS r', expected: [{ n: NODE_KINDS.length, r: true }] },
];

export const REFUSED: { habit: string; cypher: string; hint: RegExp }[] = [
  // Neo4j 5 itself refuses these two (a silent wrong answer on the engine before: the length of a text).
  { habit: 'size() of a pattern', cypher: 'MATCH (p:Persoon) RETURN max(size((p)-[:KENT]-())) AS n', hint: /COUNT \{ \(p\)-\[:KENT\]-\(\) \}/ },
  { habit: 'exists(property)', cypher: 'MATCH (p:Persoon) WHERE exists(p.startDate) RETURN count(p)', hint: /IS NOT NULL/ },
  { habit: 'pattern comprehension', cypher: 'MATCH (p:Persoon) RETURN [(p)-[:KENT]-(q) | q.id] AS ids', hint: /OPTIONAL MATCH/ },
  { habit: 'properties() of a node with no label', cypher: 'MATCH (n) RETURN properties(n) LIMIT 1', hint: /MATCH \(n:Persoon\)/ },
  { habit: 'CALL subquery', cypher: 'MATCH (g:Gebied) CALL { WITH g MATCH (p)-[:WOONT_IN]->(g) RETURN count(p) AS n } RETURN g.id, n', hint: /COUNT \{ MATCH/ },
  { habit: 'a percentile outside 0 to 1', cypher: 'UNWIND [1, 2] AS x RETURN percentileCont(x, 50) AS p', hint: /tussen 0 en 1/ },
  { habit: 'COLLECT { subquery }', cypher: 'MATCH (p:Persoon) RETURN COLLECT { MATCH (p)-[:KENT]-(q) RETURN q.id } AS ids LIMIT 1', hint: /OPTIONAL MATCH/ },
  { habit: 'duration.between without a unit', cypher: "RETURN duration.between(date('2025-01-01'), date()) AS d", hint: /\.months of \.days/ },
  { habit: 'a parameter without a value', cypher: 'MATCH (p:Persoon {id: $id}) RETURN p.name', hint: /\$id heeft geen waarde/ },
  { habit: 'rand()', cypher: 'RETURN rand() AS r', hint: /ORDER BY/ },
  { habit: 'reduce', cypher: 'RETURN reduce(s = 0, x IN [1, 2] | s + x) AS s', hint: /sum/ },
  { habit: 'apoc', cypher: 'RETURN apoc.text.join(["a"], ",") AS s', hint: /plug-in/ },
  { habit: 'a Neo4j syntax error keeps its position', cypher: 'MATCH (p:Persoon RETURN p', hint: /regel 1, kolom \d+/ },
];

