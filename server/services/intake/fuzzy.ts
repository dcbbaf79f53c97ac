/**
 * Fuzzy name matching for the intake and duplicate search: Jaro-Winkler and
 * normalised Levenshtein on normalised names (case, accents, punctuation and
 * word order of particles ignored: "Vries, Anneke de" ≈ "Anneke de Vries").
 */
import { normaliseName } from '../import/network-index.ts';

/** Normalised name with its words sorted, so that word order does not matter. */
export function nameKey(name: string): string {
  return normaliseName(name).split(' ').filter(Boolean).sort().join(' ');
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

export function levenshteinSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (!longest) return 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return 1 - previous[b.length]! / longest;
}

/** 0..1: the better of Jaro-Winkler and Levenshtein over the normalised names, in either word order. */
export function nameSimilarity(a: string, b: string): number {
  const [na, nb] = [normaliseName(a), normaliseName(b)];
  const [ka, kb] = [nameKey(a), nameKey(b)];
  return Math.max(jaroWinkler(na, nb), levenshteinSimilarity(na, nb), jaroWinkler(ka, kb), levenshteinSimilarity(ka, kb));
}
