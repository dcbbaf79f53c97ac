/**
 * The client's rooms: one API client (client/core/api) that alone talks to
 * the server, the server's model as the only server code the client shares,
 * panels below views, and no import cycles. Read from the source files, like
 * server-layers.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importsInto as importsIn, readSourceGraph, ROOT } from './source-graph.ts';

const CLIENT = join(ROOT, 'client');
const { sources, imports: graph } = readSourceGraph('client');
const importsInto = (from: (file: string) => boolean, to: (target: string) => boolean) => importsIn(graph, from, to);

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
    expect(cycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
