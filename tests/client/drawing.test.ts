/** The chunks a large map is drawn in: every node and tie once, a tie never before its ends, each chunk bounded, the first spread over the whole network. */
import { describe, expect, it } from 'vitest';
import { CHUNK, FIRST_CHUNK, chunks } from '../../client/core/app/drawing.ts';
import type { RenderItems } from '../../client/core/graph/render.ts';
import { mulberry32 } from '../../server/analysis/measures/random.ts';

function items(count: number, ties: number): RenderItems {
  const random = mulberry32(5);
  const nodes = Array.from({ length: count }, (_, index) => ({ id: `n${index}`, attributes: { x: index, y: 0 } }));
  const edges = Array.from({ length: ties }, (_, index) => ({ id: `e${index}`, source: `n${Math.floor(random() * count)}`, target: `n${Math.floor(random() * count)}`, attributes: {} }));
  return { nodes, edges };
}

describe('drawing in chunks', () => {
  it('draws every node and tie once, a tie no earlier than its ends, and no chunk larger than CHUNK', () => {
    const all = items(5 * FIRST_CHUNK + 123, 100_000);
    const parts = chunks(all);
    expect(parts[0]!.nodes).toHaveLength(FIRST_CHUNK);
    expect(parts[0]!.edges).toHaveLength(0);
    for (const part of parts) expect(part.nodes.length + part.edges.length).toBeLessThanOrEqual(CHUNK);
    expect(parts.flatMap((part) => part.nodes.map((node) => node.id)).sort()).toEqual(all.nodes.map((node) => node.id).sort());
    expect(parts.flatMap((part) => part.edges.map((edge) => edge.id)).sort()).toEqual(all.edges.map((edge) => edge.id).sort());
    const chunkOf = new Map(parts.flatMap((part, index) => part.nodes.map((node) => [node.id, index] as const)));
    parts.forEach((part, index) => {
      for (const edge of part.edges) expect(Math.max(chunkOf.get(edge.source)!, chunkOf.get(edge.target)!)).toBeLessThanOrEqual(index);
    });
  });

  it('starts with a sample of the whole network, not its first rows', () => {
    const all = items(20 * FIRST_CHUNK, 0);
    const first = chunks(all)[0]!.nodes.map((node) => node.attributes.x as number);
    expect(Math.min(...first)).toBe(0);
    expect(Math.max(...first)).toBeGreaterThan(all.nodes.length - 25);
  });
});
