import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../../server/analysis/csr.ts';
import { parseCsvToCsr, parseNetworkFile } from '../../../server/analysis/parse-network-file.ts';

describe('parseNetworkFile', () => {
  it('reads a CSV edge list with a header and weights', () => {
    const g = parseNetworkFile('source,target,weight\na,b,2\nb,c,0.5\n\n# comment\nc,a,1\n', 'ties.csv');
    expect(g.order).toBe(3);
    expect(g.size).toBe(3);
    expect(g.type).toBe('undirected');
    expect(g.getEdgeAttribute(g.edges('a', 'b')[0], 'weight')).toBe(2);
  });

  it('reads a headerless ;-separated list with decimal commas, directed on request', () => {
    const g = parseNetworkFile('a;b;2,5\r\nb;c\r\n', 'ties.csv', { directed: true });
    expect(g.type).toBe('directed');
    expect(g.getEdgeAttribute(g.edges('a', 'b')[0], 'weight')).toBe(2.5);
    expect(g.hasEdge('c', 'b')).toBe(false);
    expect(g.getEdgeAttributes(g.edges('b', 'c')[0])).toEqual({});
  });

  it('keeps extra columns and finds columns by name', () => {
    const g = parseNetworkFile('soort;van;naar\nfamilie;x;y\n', 'ties.csv');
    expect(g.hasEdge('x', 'y')).toBe(true);
    expect(g.getEdgeAttribute(g.edges('x', 'y')[0], 'soort')).toBe('familie');
  });

  it('keeps parallel edges', () => {
    const g = parseNetworkFile('a,b\na,b\n', 'x.csv');
    expect(g.size).toBe(2);
  });

  it('names the line of a bad row', () => {
    const text = 'source,target\na,b\nb,c\n\nc,d\nd,e\ne\n';
    expect(() => parseNetworkFile(text, 'x.csv')).toThrow('line 7: missing target');
    expect(() => parseNetworkFile('a,b,1\nb,c,veel\n', 'x.csv')).toThrow('line 2: weight "veel" is not a number');
  });

  it('reads GEXF', () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph mode="static" defaultedgetype="undirected">
    <nodes><node id="a" label="A"/><node id="b" label="B"/><node id="c" label="C"/></nodes>
    <edges><edge id="0" source="a" target="b" weight="2"/><edge id="1" source="b" target="c"/></edges>
  </graph>
</gexf>`;
    const g = parseNetworkFile(gexf, 'net.gexf');
    expect(g.order).toBe(3);
    expect(g.size).toBe(2);
    expect(g.getEdgeAttribute(g.edges('a', 'b')[0], 'weight')).toBe(2);
  });

  it('reads GraphML (detected from the content)', () => {
    const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="G" edgedefault="directed">
    <node id="a"/><node id="b"/><node id="c"/>
    <edge source="a" target="b"><data key="w">1.5</data></edge>
    <edge source="b" target="c"/>
  </graph>
</graphml>`;
    const g = parseNetworkFile(graphml, 'upload');
    expect(g.order).toBe(3);
    expect(g.getEdgeAttribute(g.edges('a', 'b')[0], 'weight')).toBe(1.5);
    expect(g.hasDirectedEdge('a', 'b')).toBe(true);
  });

  it('trims fields, unquotes quoted ones, and skips blank, white and comment lines, indented or not', () => {
    const text = 'van ; naar\r\n "Jan, de Vries" ;\t"Piet ""P"" Jansen"\r\n   \r\n\t# ingesprongen commentaar\r\n\r\n#\r\nPiet ""P"" Jansen;  Anna  \r\n';
    const g = parseNetworkFile(text, 'ties.csv');
    expect(g.nodes()).toEqual(['Jan, de Vries', 'Piet "P" Jansen', 'Piet ""P"" Jansen', 'Anna']);
    expect(g.size).toBe(2);
  });

  it('reads a CSV edge list into the same index as the graph it parses to', () => {
    const cases: Array<[string, { directed?: boolean; weight?: string | null }]> = [
      ['source,target,weight\na,b,2\nb,c,0.5\n\n# comment\nc,a,1\na,b,1\nd,d,3\n', {}],
      ['source,target,weight\na,b,2\nb,c,0.5\nc,a,1\n', { weight: null }],
      ['a;b;2,5\r\nb;c\r\nc;b;1\r\n', { directed: true }],
      ['van;naar;uren\nx;y;3\ny;z;\nz;x;4\n', { weight: 'uren' }],
    ];
    for (const [text, options] of cases) {
      const graph = parseNetworkFile(text, 'ties.csv', { directed: options.directed });
      expect(parseCsvToCsr(text, options)).toEqual(buildCsr(graph, options));
    }
    expect(() => parseCsvToCsr('soort;van;naar\nfamilie;x;y\n', { weight: 'soort' })).toThrow('non-numeric soort "familie"');
    expect(() => parseCsvToCsr('a,b\nb\n')).toThrow('line 2: missing target');
  });
});
