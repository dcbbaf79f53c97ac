/**
 * The analyses give exactly the findings pinned in tests/fixtures/findings/reference.json
 * (written from the code before the one-pass rewrite of the single point of
 * failure and the coverage index): every finding, every word, in the same order,
 * and the what-if answers. The generated network's sleutelfiguren were pinned
 * again when its sampled betweenness took linear scaling (44 of the top 50
 * stayed); the demo's betweenness is exact, and its findings did not move.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASES, type CaseResult } from '../fixtures/findings/cases.ts';

const reference = JSON.parse(readFileSync(new URL('../fixtures/findings/reference.json', import.meta.url), 'utf8')) as Record<string, CaseResult>;

describe('the findings stay the same', () => {
  for (const [name, run] of Object.entries(CASES)) {
    it(name, { timeout: 120_000 }, () => {
      const result = run();
      expect(reference[name]!.gaps.length).toBeGreaterThan(0);
      expect(result.gaps).toEqual(reference[name]!.gaps);
      expect(result.sleutelfiguren).toEqual(reference[name]!.sleutelfiguren);
      expect(result.whatIf).toEqual(reference[name]!.whatIf);
    });
  }
});
