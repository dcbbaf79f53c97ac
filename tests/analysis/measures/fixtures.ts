import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';

export type Values = Record<string, number | null>;

export interface Fixture {
  name: string;
  directed: boolean;
  weighted: boolean;
  multi: boolean;
  nodes: string[];
  edges: Array<[string, string] | [string, string, number]>;
  membership: Record<string, number>;
  networkx: {
    degree: Values;
    betweenness: Values;
    betweennessRaw: Values;
    closeness: Values;
    harmonic: Values;
    pagerank: Values | { error: string };
    eigenvector: Values | { error: string };
    articulationPoints: string[];
    bridges: [string, string][];
    components: string[][];
    constraint?: Values;
    effectiveSize?: Values;
  };
  igraph: { betweenness: Values; modularity: number | null | { error: string }; constraint: Values };
}

const DIR = fileURLToPath(new URL('../../fixtures/measures/', import.meta.url));

export function loadFixtures(): Fixture[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(DIR + f, 'utf8')) as Fixture);
}

export function fixtureGraph(f: Fixture): Graph {
  const g = new Graph({ type: f.directed ? 'directed' : 'undirected', multi: f.multi });
  for (const v of f.nodes) g.addNode(v);
  for (const e of f.edges) g.addEdge(e[0], e[1], e.length === 3 ? { weight: e[2] } : {});
  return g;
}
