/**
 * The import graph of a source folder, read from the files themselves, for
 * the architecture tests of the server and the client.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

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

export interface SourceGraph {
  /** Source text by path from the project root. */
  sources: Map<string, string>;
  /** The files each file imports, by path from the project root. */
  imports: Map<string, string[]>;
}

/** Every .ts/.tsx file below `folder` (relative to the project root) and what it imports. */
export function readSourceGraph(folder: string): SourceGraph {
  const files = sourceFiles(join(ROOT, folder));
  const sources = new Map(files.map((file) => [rel(file), readFileSync(file, 'utf8')]));
  const imports = new Map(files.map((file) => [rel(file), importsOf(sources.get(rel(file))!).map((specifier) => rel(resolve(dirname(file), specifier)))]));
  return { sources, imports };
}

/** `file → target` for every import from a file that `from` accepts into a target that `to` accepts. */
export function importsInto(imports: Map<string, string[]>, from: (file: string) => boolean, to: (target: string) => boolean): string[] {
  const out: string[] = [];
  for (const [file, targets] of imports) if (from(file)) for (const target of targets) if (to(target)) out.push(`${file} → ${target}`);
  return out;
}

/** Every import cycle, each once, as the list of files around it. */
export function cycles(imports: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of imports.get(file) ?? []) {
      if (!imports.has(target)) continue;
      if (state.get(target) === 'open') found.push(stack.slice(stack.indexOf(target)));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...imports.keys()].sort()) if (!state.has(file)) visit(file);
  return found;
}
