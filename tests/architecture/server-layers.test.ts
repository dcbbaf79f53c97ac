/**
 * The server's layers: api → services → store, analysis as pure functions
 * over a graph, model shared by all. Read from the source files, so a wrong
 * import fails here before review.
 */
import { describe, expect, it } from 'vitest';
import { cycles, importsInto, readSourceGraph } from './source-graph.ts';

const { sources, imports: graph } = readSourceGraph('server');
const under = (path: string, room: string) => path.startsWith(`server/${room}/`);
const violations = (from: string, to: string[]) => importsInto(graph, (file) => under(file, from), (target) => to.some((room) => under(target, room)));

describe('server layers', () => {
  it('finds the server files and their imports', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('server/api/app.ts')).toContain('server/api/graph/index.ts');
  });

  it('routes reach the store and the analyses only through services', () => {
    expect(violations('api', ['store', 'analysis'])).toEqual([]);
  });

  it('routes do not call the graph store on the services', () => {
    const calls = [...sources]
      .filter(([file, source]) => under(file, 'api') && /\.store\b|\{[^}]*\bstore\b[^}]*\}\s*[:=]\s*services|\{[^}]*\bstore\b[^}]*\}\s*:\s*AppServices/.test(source))
      .map(([file]) => file);
    expect(calls).toEqual([]);
  });

  it('analyses and services do not import routes', () => {
    expect(violations('analysis', ['api'])).toEqual([]);
    expect(violations('services', ['api'])).toEqual([]);
  });

  it('analyses are pure: no services, store or routes', () => {
    expect(violations('analysis', ['services', 'store', 'api'])).toEqual([]);
  });

  it('the model imports nothing of the server but itself', () => {
    expect(violations('model', ['api', 'services', 'store', 'analysis'])).toEqual([]);
  });

  it('the server does not import the demo builder or anything else under data/', () => {
    const out = [...graph].flatMap(([file, targets]) => targets.filter((target) => target.startsWith('data/')).map((target) => `${file} → ${target}`));
    expect(out).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(cycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('opens every Kùzu connection through the store’s connect, which runs a query on one thread', () => {
    const opened = [...sources].filter(([, source]) => source.includes('new kuzu.Connection(')).map(([file]) => file);
    expect(opened).toEqual(['server/store/kuzu/kuzu-store.ts']);
    const store = sources.get('server/store/kuzu/kuzu-store.ts')!;
    expect(store.match(/new kuzu\.Connection\(/g)).toHaveLength(1);
    expect(store).toMatch(/new kuzu\.Connection\(database, THREADS_PER_QUERY\)/);
    expect(store).toMatch(/const THREADS_PER_QUERY = 1;/);
  });
});
