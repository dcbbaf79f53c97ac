/**
 * The client's rooms: one API client (client/core/api) that alone talks to
 * the server, the server's model as the only server code the client shares,
 * panels below views, and no import cycles. Read from the source files, like
 * server-layers.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CLIENT = join(ROOT, 'client');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Relative specifiers a file imports or re-exports, including `import type` and dynamic imports. */
function importsOf(source: string): string[] {
  const out: string[] = [];
  const patterns = [/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]/g, /(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g, /\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) out.push(match[1]!);
  return out;
}

const rel = (path: string) => relative(ROOT, path).split('\\').join('/');
const files = sourceFiles(CLIENT);
const sources = new Map(files.map((file) => [rel(file), readFileSync(file, 'utf8')]));
const graph = new Map<string, string[]>(files.map((file) => [rel(file), importsOf(sources.get(rel(file))!).map((specifier) => rel(resolve(dirname(file), specifier)))]));

function importsInto(from: (file: string) => boolean, to: (target: string) => boolean): string[] {
  const out: string[] = [];
  for (const [file, targets] of graph) if (from(file)) for (const target of targets) if (to(target)) out.push(`${file} → ${target}`);
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

/** Files whose code (comments left out) matches. */
function filesMatching(pattern: RegExp): string[] {
  const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1');
  return [...sources].filter(([, source]) => pattern.test(withoutComments(source))).map(([file]) => file);
}

describe('client boundaries', () => {
  it('finds the client files and their imports', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('client/views/map/App.tsx')).toContain('client/panels/TopBar.tsx');
  });

  it('imports no server code but the model', () => {
    expect(importsInto(() => true, (target) => target.startsWith('server/') && !target.startsWith('server/model/'))).toEqual([]);
  });

  it('talks to the server only through the API client in client/core/api', () => {
    expect(filesMatching(/\bfetch\s*\(/).filter((file) => !file.startsWith('client/core/api/'))).toEqual([]);
  });

  it('has one ApiError class', () => {
    expect(filesMatching(/\bclass\s+ApiError\b/)).toEqual(['client/core/api/http.ts']);
  });

  it('panels do not import views', () => {
    expect(importsInto((file) => file.startsWith('client/panels/'), (target) => target.startsWith('client/views/'))).toEqual([]);
  });

  it('has one folder per screen under client/views, each page loading its own main.tsx there', () => {
    const pages = readdirSync(CLIENT).filter((name) => name.endsWith('.html'));
    const entries = pages.map((page) => readFileSync(join(CLIENT, page), 'utf8').match(/<script type="module" src="\.\/([^"]+)"/)?.[1]);
    expect(entries).toEqual(pages.map((page) => `views/${page === 'index.html' ? 'map' : page.replace('.html', '')}/main.tsx`));
    const rooms = readdirSync(CLIENT, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(rooms.sort()).toEqual(['core', 'graph', 'i18n', 'panels', 'views']);
  });

  it('has no import cycles', () => {
    expect(cycles().map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
