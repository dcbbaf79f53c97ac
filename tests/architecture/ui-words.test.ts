/**
 * One house for the UI's words: a screen's Dutch text lives in client/i18n
 * (`nl`), not inline in its JSX. This test reads the JSX of the screens and
 * panels below and fails on a text node with a letter in it (`<h2>Gaten</h2>`);
 * text from an expression (`<h2>{nl.panels.gaps}</h2>`) and symbols only
 * (`✕`, `→`, ` / `) pass.
 *
 * The Cypher console (client/views/console) is left out for now: its words
 * follow in a change of their own, and then it joins this list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseSync, Visitor } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CHECKED = ['client/views/beheer', 'client/views/invoer', 'client/views/rapportage', 'client/views/map/overview', 'client/panels'];

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Every JSX text node with a letter in it, as `line: text` (the file is parsed as TSX, so generics and comparisons are no text). */
function inlineWords(name: string, code: string): string[] {
  const { program, errors } = parseSync(name, code, { lang: 'tsx' });
  if (errors.length) throw new Error(`${name}: ${errors[0]!.message}`);
  const found: string[] = [];
  new Visitor({
    JSXText(node) {
      if (/\p{L}/u.test(node.value)) found.push(`${code.slice(0, node.start).split('\n').length}: ${node.value.trim()}`);
    },
  }).visit(program);
  return found;
}

const files = CHECKED.flatMap((dir) => tsxFiles(join(ROOT, dir)));

describe('UI words', () => {
  it('finds the screens and panels it checks', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.some((file) => file.includes('/views/console/'))).toBe(false);
  });

  it('has no Dutch text inline in the JSX of beheer, invoer, rapportage and the panels', () => {
    const inline = files.flatMap((file) => inlineWords(file, readFileSync(file, 'utf8')).map((hit) => `${relative(ROOT, file).split('\\').join('/')}:${hit}`));
    expect(inline).toEqual([]);
  });

  it('sees an inline word when there is one, and nothing in expressions, symbols or type parameters', () => {
    const probe = 'const a = <p title="x">Geen banden. {n} <b>→</b> {nl.detail.ties}</p>;\nfunction f<T>(x: T): Promise<T> { return x > 1 && x < 2; }';
    expect(inlineWords('probe.tsx', probe)).toEqual(['1: Geen banden.']);
  });
});
