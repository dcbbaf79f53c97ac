/**
 * Name search over the loaded network: accent- and case-insensitive, prefix
 * matches of a word first, then substring matches, ties broken by degree.
 */
import type Graph from 'graphology';

export interface SearchHit {
  id: string;
  name: string;
  kind: string;
  detail: string;
}

export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

export function buildSearchIndex(graph: Graph, describe: (attributes: Record<string, unknown>) => string): SearchIndex {
  const entries: { id: string; name: string; key: string; kind: string; degree: number; detail: string }[] = [];
  graph.forEachNode((id, attributes) => {
    const name = String(attributes.name ?? id);
    entries.push({ id, name, key: normalize(name), kind: String(attributes.kind), degree: graph.degree(id), detail: describe(attributes) });
  });
  return {
    search(query, limit = 8) {
      const q = normalize(query.trim());
      if (!q) return [];
      const scored: { entry: (typeof entries)[number]; rank: number }[] = [];
      for (const entry of entries) {
        const at = entry.key.indexOf(q);
        if (at < 0) continue;
        const wordStart = at === 0 || entry.key[at - 1] === ' ';
        scored.push({ entry, rank: at === 0 ? 0 : wordStart ? 1 : 2 });
      }
      scored.sort((a, b) => a.rank - b.rank || b.entry.degree - a.entry.degree || a.entry.name.localeCompare(b.entry.name, 'nl'));
      return scored.slice(0, limit).map(({ entry }) => ({ id: entry.id, name: entry.name, kind: entry.kind, detail: entry.detail }));
    },
  };
}
