/** A seeded shuffle, so that tests can feed the same network in other orders, the same on every run. */
import { mulberry32 } from '../../server/analysis/measures/random.ts';

export function shuffled<T>(list: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
