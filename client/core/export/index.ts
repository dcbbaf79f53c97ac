/**
 * Exports of what is on screen: a high-resolution PNG with the legend drawn
 * in, and GEXF / GraphML of the current selection (positions and colours
 * included, so Gephi opens the same picture).
 */
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import Sigma from 'sigma';

export interface LegendEntry {
  label: string;
  color: string;
  shape: 'dot' | 'line';
}

export interface LegendSection {
  title: string;
  note?: string;
  entries: LegendEntry[];
}

/**
 * Renders sigma's layers at `scale`× into one canvas, on white, with the
 * legend and a title. A temporary renderer is used because an on-screen
 * WebGL canvas cannot be read back reliably.
 */
export async function renderPng(sigma: Sigma, legend: LegendSection[], title: string, scale = 2): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const holder = document.createElement('div');
  Object.assign(holder.style, { position: 'absolute', left: '-10000px', top: '0', width: `${width}px`, height: `${height}px` });
  document.body.appendChild(holder);
  const descriptor = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => scale });
  let renderer: Sigma | undefined;
  try {
    renderer = new Sigma(sigma.getGraph(), holder, sigma.getSettings());
    renderer.getCamera().setState(sigma.getCamera().getState());
    renderer.refresh();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    const layers = renderer.getCanvases();
    for (const id of ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']) {
      const layer = layers[id];
      if (layer) context.drawImage(layer, 0, 0, canvas.width, canvas.height);
    }
    context.scale(scale, scale);
    drawTitle(context, title);
    drawLegend(context, legend, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'));
  } finally {
    renderer?.kill();
    holder.remove();
    if (descriptor) Object.defineProperty(window, 'devicePixelRatio', descriptor);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

function drawTitle(context: CanvasRenderingContext2D, title: string): void {
  context.fillStyle = '#1f2933';
  context.font = `600 15px ${FONT}`;
  context.textBaseline = 'top';
  context.fillText(title, 16, 14);
}

function drawLegend(context: CanvasRenderingContext2D, sections: LegendSection[], height: number): void {
  const lineHeight = 17;
  const rows = sections.reduce((sum, section) => sum + section.entries.length + 1, 0);
  const boxHeight = rows * lineHeight + 16 + (sections.length - 1) * 6;
  const boxWidth = 190;
  const x = 14;
  const y = height - boxHeight - 14;
  context.fillStyle = 'rgba(255,255,255,0.94)';
  context.strokeStyle = '#d9dee4';
  context.lineWidth = 1;
  context.beginPath();
  context.roundRect(x, y, boxWidth, boxHeight, 8);
  context.fill();
  context.stroke();
  context.textBaseline = 'middle';
  let cy = y + 8 + lineHeight / 2;
  for (const section of sections) {
    context.fillStyle = '#52606d';
    context.font = `600 11px ${FONT}`;
    context.fillText(section.title.toUpperCase(), x + 10, cy);
    cy += lineHeight;
    for (const entry of section.entries) {
      context.fillStyle = entry.color;
      context.strokeStyle = entry.color;
      if (entry.shape === 'dot') {
        context.beginPath();
        context.arc(x + 16, cy, 5, 0, Math.PI * 2);
        context.fill();
      } else {
        context.lineWidth = 3;
        context.beginPath();
        context.moveTo(x + 9, cy);
        context.lineTo(x + 23, cy);
        context.stroke();
      }
      context.fillStyle = '#1f2933';
      context.font = `12px ${FONT}`;
      context.fillText(entry.label, x + 30, cy);
      cy += lineHeight;
    }
    cy += 6;
  }
}

type Flat = Record<string, string | number | boolean>;

function flatten(attributes: Record<string, unknown>): Flat {
  const out: Flat = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) out[key] = value.join(',');
    else if (typeof value === 'object') out[key] = JSON.stringify(value);
    else out[key] = value as string | number | boolean;
  }
  return out;
}

/**
 * A plain copy of the shown part of the data graph, with display attributes
 * (label, x, y, size, color) taken from the render graph.
 */
export function exportGraph(data: Graph, render: Graph): Graph {
  const out = new Graph({ type: 'directed', multi: true });
  render.forEachNode((id, display) => {
    if (!data.hasNode(id)) return;
    out.addNode(id, { ...flatten(data.getNodeAttributes(id)), label: data.getNodeAttribute(id, 'name'), x: display.x, y: display.y, size: display.size, color: display.color });
  });
  render.forEachEdge((id, display, source, target) => {
    if (!data.hasEdge(id)) return;
    out.addEdgeWithKey(id, source, target, { ...flatten(data.getEdgeAttributes(id)), color: display.color, thickness: display.size });
  });
  return out;
}

export function toGexf(graph: Graph): string {
  return writeGexf(graph, {
    formatNode: (_key, attributes) => {
      const { label, x, y, size, color, ...rest } = attributes;
      return { label: String(label ?? ''), viz: { x: Number(x), y: Number(y), size: Number(size), color: String(color) }, attributes: rest };
    },
    formatEdge: (_key, attributes) => {
      const { color, thickness, ...rest } = attributes;
      return { viz: { color: String(color), thickness: Number(thickness) }, weight: typeof rest.strength === 'number' ? rest.strength : 1, attributes: rest };
    },
  });
}

const escapeXml = (value: string) => value.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** GraphML writer (graphology-graphml only parses): keys are declared per attribute and typed. */
export function toGraphml(graph: Graph): string {
  const keys = new Map<string, { for: 'node' | 'edge'; name: string; type: string }>();
  const typeOf = (value: unknown) => (typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string');
  const declare = (scope: 'node' | 'edge', attributes: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(attributes)) {
      const id = `${scope[0]}_${name}`;
      if (!keys.has(id)) keys.set(id, { for: scope, name, type: typeOf(value) });
      else if (keys.get(id)!.type !== typeOf(value)) keys.get(id)!.type = 'string';
    }
  };
  graph.forEachNode((_id, attributes) => declare('node', attributes));
  graph.forEachEdge((_id, attributes) => declare('edge', attributes));
  const data = (scope: 'node' | 'edge', attributes: Record<string, unknown>) =>
    Object.entries(attributes)
      .map(([name, value]) => `      <data key="${escapeXml(`${scope[0]}_${name}`)}">${escapeXml(String(value))}</data>`)
      .join('\n');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...keys].map(([id, key]) => `  <key id="${escapeXml(id)}" for="${key.for}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`),
    '  <graph edgedefault="directed">',
  ];
  graph.forEachNode((id, attributes) => lines.push(`    <node id="${escapeXml(id)}">`, data('node', attributes), '    </node>'));
  graph.forEachEdge((id, attributes, source, target) =>
    lines.push(`    <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`, data('edge', attributes), '    </edge>'),
  );
  lines.push('  </graph>', '</graphml>');
  return lines.filter((line) => line !== '').join('\n');
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
