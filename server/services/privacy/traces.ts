/**
 * The physical half of an erasure proof: which files under a directory still
 * hold any of the given texts, byte for byte. Letters are compared without
 * case (ASCII); other case forms are among the spellings searched.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function filesContaining(directory: string, texts: readonly string[]): string[] {
  const needles = [...new Set(texts.filter((text) => text.length >= 2).map((text) => lowerAscii(Buffer.from(text, 'utf8'))))];
  if (!needles.length) return [];
  return allFiles(directory).filter((file) => {
    const content = lowerAscii(readFileSync(file));
    return needles.some((needle) => content.includes(needle));
  }).map((file) => relative(directory, file));
}

function allFiles(directory: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(directory);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(directory, entry);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return [];
    return stat.isDirectory() ? allFiles(path) : stat.isFile() ? [path] : [];
  });
}

function lowerAscii(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  for (let index = 0; index < out.length; index++) {
    const byte = out[index]!;
    if (byte >= 65 && byte <= 90) out[index] = byte + 32;
  }
  return out;
}
