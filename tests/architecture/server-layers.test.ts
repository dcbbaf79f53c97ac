/**
 * The server's layers: api → services → store, analysis as pure functions
 * over a graph, model shared by all. Read from the source files, so a wrong
 * import fails here before review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SERVER = join(ROOT, 'server');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Relative specifiers a file imports or re-exports, including `import type` and dynamic imports. */
function importsOf(source: string): string[] {
  const out: string[] = [];
  const patterns = [/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]/g, /(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g, /\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) out.push(match[1]!);
  return out;
}

const files = sourceFiles(SERVER);
const rel = (path: string) => relative(ROOT, path).split('\\').join('/');
const graph = new Map<string, string[]>(
  files.map((file) => [rel(file), importsOf(readFileSync(file, 'utf8')).map((specifier) => rel(resolve(dirname(file), specifier)))]),
);
const under = (path: string, room: string) => path.startsWith(`server/${room}/`);

function violations(from: string, to: string[]): string[] {
  const out: string[] = [];
  for (const [file, targets] of graph) if (under(file, from)) for (const target of targets) if (to.some((room) => under(target, room))) out.push(`${file} → ${target}`);
  return out;
}

/** Every import cycle, each once, as the list of files around it. */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (state.get(target) === 'open') found.push(stack.slice(stack.indexOf(target)));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return found;
}

describe('server layers', () => {
  it('finds the server files and their imports', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('server/api/app.ts')).toContain('server/api/graph/index.ts');
  });

  it('routes reach the store and the analyses only through services', () => {
    expect(violations('api', ['store', 'analysis'])).toEqual([]);
  });

  it('routes do not call the graph store on the services', () => {
    const calls = files.filter((file) => under(rel(file), 'api')).flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return /\.store\b|\{[^}]*\bstore\b[^}]*\}\s*[:=]\s*services|\{[^}]*\bstore\b[^}]*\}\s*:\s*AppServices/.test(source) ? [rel(file)] : [];
    });
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
    expect(cycles().map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
