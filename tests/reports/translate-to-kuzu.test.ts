/** The Neo4j → Kùzu rewrite on its own: what each rule makes of the text, and what it leaves alone. */
import { describe, expect, it } from 'vitest';
import { parseNeo4jCypher } from '../../server/services/queries/translate/neo4j-parse.ts';
import { CypherSyntaxError, UntranslatableError, translateStatement, translateToKuzu } from '../../server/services/queries/translate/to-kuzu.ts';

describe('translateToKuzu', () => {
  it.each([
    ['MATCH ()-[r]->() RETURN type(r) AS t', 'MATCH ()-[r]->() RETURN label(r) AS t'],
    ['MATCH (n) WHERE n:Persoon|Thema RETURN n.id AS id', "MATCH (n) WHERE label(n) IN ['Persoon', 'Thema'] RETURN n.id AS id"],
    ['RETURN [1, 2, 3][0] AS a, [1, 2, 3][1..2] AS b', 'RETURN list_extract([1, 2, 3], 1) AS a, list_slice([1, 2, 3], 2, 2) AS b'],
    ["RETURN substring('abc', 0, 2) AS s", "RETURN substring('abc', (0) + 1, 2) AS s"],
    ['MATCH (p:Persoon) WHERE EXISTS { (p)--() } RETURN p.id AS id', 'MATCH (p:Persoon) WHERE EXISTS { MATCH (p)--() } RETURN p.id AS id'],
    ['MATCH (p:Persoon) RETURN p {.name, k: 1} AS m', 'MATCH (p:Persoon) RETURN {name: p.name, k: 1} AS m'],
    ['MATCH (p:Persoon) WITH p ORDER BY p.name RETURN p.id AS id', 'MATCH (p:Persoon) WITH p ORDER BY p.name SKIP 0 RETURN p.id AS id'],
    ['MATCH (p:Persoon) RETURN count(p)', 'MATCH (p:Persoon) RETURN count(p) AS `count(p)`'],
    ['MATCH (a)-[:KENT]-(b)-[:KENT]-(c) RETURN c.id AS id', 'MATCH (a)-[wn_rel1:KENT]-(b)-[wn_rel2:KENT]-(c) WHERE id(wn_rel1) <> id(wn_rel2) RETURN c.id AS id'],
    ["RETURN duration('P1M') AS d", "RETURN interval('1 months') AS d"],
    ['MATCH (a)-[:KENT*1..3]-(b) RETURN b.id AS id', 'MATCH (a)-[:KENT* TRAIL 1..3]-(b) RETURN b.id AS id'],
    ['MATCH (a)-[:KENT*]-(b) RETURN b.id AS id', 'MATCH (a)-[:KENT* TRAIL 1..30]-(b) RETURN b.id AS id'],
    ['MATCH (a)-[:KENT*1..2]-(b)-[r:KENT]-(c) RETURN c.id AS id', "MATCH (a)-[wn_rel1:KENT* TRAIL 1..2]-(b)-[r:KENT]-(c) WHERE NOT list_contains(properties(rels(wn_rel1), 'id'), r.id) RETURN c.id AS id"],
    ['RETURN 2 IN [1, null] AS a, 2 IN [1, 2] AS b, 2 IN [] AS c', 'RETURN (CASE WHEN (2) IN [1, null] THEN true WHEN (2) IS NULL OR (null) IS NULL THEN NULL ELSE false END) AS a, 2 IN [1, 2] AS b, false AS c'],
    ['UNWIND [1] AS x RETURN sum(x) AS s, collect(x) AS l', 'UNWIND [1] AS x RETURN coalesce(sum(x), 0) AS s, coalesce(collect(x), []) AS l'],
    ['UNWIND [1] AS x WITH x % 2 AS k, sum(x) AS s RETURN k AS k, s AS s', 'UNWIND [1] AS x WITH x % 2 AS k, sum(x) AS s RETURN k AS k, s AS s'],
    ['RETURN toInteger(2.9) AS i', 'RETURN to_int64(sign(to_double(2.9)) * floor(abs(to_double(2.9)))) AS i'],
    ['MATCH (a)-[r:WOONT_IN]->(g) RETURN startNode(r).id AS s', 'MATCH (a)-[r:WOONT_IN]->(g) RETURN start_node(r).id AS s'],
  ])('%s', (neo4j, kuzu) => expect(translateToKuzu(neo4j)).toBe(kuzu));

  it('leaves strings, comments and properties named like functions alone', () => {
    expect(translateToKuzu("MATCH (n:Organisatie) WHERE n.name = 'type(x)' // type(y)\nRETURN n.type AS type")).toBe("MATCH (n:Organisatie) WHERE n.name = 'type(x)' // type(y)\nRETURN n.type AS type");
  });

  it('does not touch different relationship types, which can never be the same tie', () => {
    expect(translateToKuzu('MATCH (a)-[:KENT]-(b)-[:WOONT_IN]->(g) RETURN g.id AS id')).toBe('MATCH (a)-[:KENT]-(b)-[:WOONT_IN]->(g) RETURN g.id AS id');
  });

  it('refuses with the form that works, and names the spot', () => {
    expect(() => translateToKuzu('MATCH (p) RETURN properties(p) AS p')).toThrow(UntranslatableError);
    expect(() => translateToKuzu('MATCH (p) RETURN properties(p) AS p')).toThrow(/n \{\.name, \.roles\}/);
  });

  it('refuses startNode of a tie read without a direction, and paths longer than the engine allows', () => {
    expect(() => translateToKuzu('MATCH (a)-[r:KENT]-(b) RETURN startNode(r) AS s')).toThrow(UntranslatableError);
    expect(() => translateToKuzu('MATCH (a)-[:KENT*1..31]-(b) RETURN b')).toThrow(/hoogstens 30/);
  });

  it('gives Neo4j’s own syntax errors with line and column, and a Dutch hint', () => {
    expect(() => translateToKuzu('MATCH (p:Persoon\nRETURN p')).toThrow(CypherSyntaxError);
    expect(() => translateToKuzu('MATCH (p:Persoon\nRETURN p')).toThrow(/regel 2, kolom 1/);
    expect(() => translateToKuzu('MATCH (p) RETURN size((p)--()) AS n')).toThrow(/COUNT \{/);
  });

  it('parameters are not errors: they come with the query', () => {
    expect(translateToKuzu('MATCH (g:Gebied) WHERE g.id = $wijk RETURN g.name AS naam')).toBe('MATCH (g:Gebied) WHERE g.id = $wijk RETURN g.name AS naam');
  });
});

describe("Neo4j's parse tree as the translation reads it", () => {
  it('has rule names and character offsets (pinned: the parser package is reached through its language service)', () => {
    const { tree } = parseNeo4jCypher('MATCH ()-[r]->() RETURN type(r) AS t');
    const find = (node: NonNullable<typeof tree>, rule: string): typeof node | undefined => (node.rule === rule ? node : node.children.map((each) => find(each, rule)).find(Boolean));
    const call = find(tree!, 'FunctionInvocation')!;
    expect([call.start, call.end]).toEqual([24, 31]);
    expect(find(tree!, 'FunctionName')).toBeDefined();
    expect(find(tree!, 'ReturnItem')).toBeDefined();
  });
  it('parses a text once: the same text again gets the same answer without parsing, errors too', () => {
    const text = "MATCH (p:Persoon) WHERE p.id = 'per_keep' RETURN p.name AS naam";
    expect(parseNeo4jCypher(text)).toBe(parseNeo4jCypher(text));
    const wrong = 'MATCH (p:Persoon RETURN p';
    expect(parseNeo4jCypher(wrong).errors.length).toBeGreaterThan(0);
    expect(parseNeo4jCypher(wrong)).toBe(parseNeo4jCypher(wrong));
    expect(parseNeo4jCypher(`${text} `)).not.toBe(parseNeo4jCypher(text));
  });
});

describe('translateStatement: parameters the embedded engine cannot bind', () => {
  it('writes a parameter inside a list comprehension or a list index as a literal, and sends only the ones still bound', () => {
    const { text, params } = translateStatement("MATCH (p) WHERE p.name <> $naam RETURN [x IN [1, 2, 3] WHERE x < $top | x] AS a, [1, 2, 3][0..$top] AS b, $naam AS n", { top: 2, naam: "d'Ancona", ongebruikt: 1 });
    expect(text).toBe("MATCH (p) WHERE p.name <> $naam RETURN list_transform(list_filter([1, 2, 3], x -> x < 2), x -> x) AS a, list_slice([1, 2, 3], 1, 2) AS b, $naam AS n");
    expect(params).toEqual({ naam: "d'Ancona" });
  });
  it('escapes a text parameter written as a literal', () => {
    expect(translateStatement("RETURN [x IN ['a'] WHERE x <> $s] AS l", { s: "it's \\ ok" }).text).toBe("RETURN list_filter(['a'], x -> x <> 'it\\'s \\\\ ok') AS l");
  });
  it('leaves a list or map parameter bound (it has no literal form here)', () => {
    expect(translateStatement('RETURN [x IN $lijst WHERE x > 1] AS l', { lijst: [1, 2] })).toEqual({ text: 'RETURN list_filter($lijst, x -> x > 1) AS l', params: { lijst: [1, 2] } });
  });
});
