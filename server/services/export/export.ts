/**
 * Writing the network out as GEXF (Gephi), GraphML (yEd, Cytoscape, igraph)
 * or JSON (graphology's serialized form, as GET /api/graph returns it).
 *
 * Attributes map one to one onto the model: every node carries `kind` and the
 * fields of its kind, every edge carries `type` (the tie type) and the tie
 * fields. Lists (a person's `roles`) are written as one string joined by `|`,
 * which Gephi and yEd show and filter as text; the importers split it again.
 * Node keys and edge keys are the model's ids, so a file can come back in.
 */
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { NODE_PROPERTIES, TIE_PROPERTIES, type NetworkData, type SerializedNetwork } from '../../model/index.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPE: Record<ExportFormat, string> = {
  gexf: 'application/gexf+xml; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Joins list values for the XML formats. */
export const LIST_SEPARATOR = '|';

export function exportNetwork(network: NetworkData, format: ExportFormat): string {
  if (format === 'json') return JSON.stringify(toSerialized(network));
  if (format === 'gexf') return toGexf(network);
  return toGraphml(network);
}

export function toSerialized(network: NetworkData): SerializedNetwork {
  return {
    attributes: { version: 1, at: new Date().toISOString() },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: network.nodes.map(({ id, ...attributes }) => ({ key: id, attributes })),
    edges: network.ties.map(({ id, from, to, ...attributes }) => ({ key: id, source: from, target: to, attributes })),
  };
}

function flat(record: Record<string, unknown>): Record<string, string | number | boolean> {
  const result: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null || value === '') continue;
    result[key] = Array.isArray(value) ? value.join(LIST_SEPARATOR) : (value as string | number | boolean);
  }
  return result;
}

function toGexf(network: NetworkData): string {
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const { id, ...attributes } of network.nodes) graph.addNode(id, flat(attributes));
  for (const { id, from, to, ...attributes } of network.ties) graph.addEdgeWithKey(id, from, to, flat(attributes));
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => ({ label: String(attributes.name ?? ''), attributes }),
    formatEdge: (_key, attributes) => ({ label: String(attributes.type ?? ''), attributes }),
  });
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const INTEGER_TIE_FIELDS = new Set(['strength', 'trust', 'count']);

/** GraphML with one `<key>` per model property (`kind` and `type` included). */
function toGraphml(network: NetworkData): string {
  const nodeKeys = ['kind', ...NODE_PROPERTIES];
  const edgeKeys = ['type', ...TIE_PROPERTIES];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((name) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="string"/>`),
    ...edgeKeys.map((name) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${INTEGER_TIE_FIELDS.has(name) ? 'int' : 'string'}"/>`),
    '  <graph id="wijknetwerk" edgedefault="directed">',
  ];
  for (const { id, ...attributes } of network.nodes) {
    lines.push(`    <node id="${xml(id)}">`);
    for (const [name, value] of Object.entries(flat(attributes))) if (nodeKeys.includes(name)) lines.push(`      <data key="n_${name}">${xml(String(value))}</data>`);
    lines.push('    </node>');
  }
  for (const { id, from, to, ...attributes } of network.ties) {
    lines.push(`    <edge id="${xml(id)}" source="${xml(from)}" target="${xml(to)}">`);
    for (const [name, value] of Object.entries(flat(attributes))) if (edgeKeys.includes(name)) lines.push(`      <data key="e_${name}">${xml(String(value))}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
