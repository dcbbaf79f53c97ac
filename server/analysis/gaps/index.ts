/**
 * The gap analyses ("gaten"), one module per analysis in `GAP_ANALYSES`. Each
 * is a pure function of an `AnalysisContext` and its options (module
 * DEFAULTS merged with what is passed).
 */
import { GAP_ANALYSES, type Finding, type GapAnalysis } from '../../model/index.ts';
import { type AnalysisContext, bySeverity } from './context.ts';
import { dekking, type DekkingOptions } from './dekking.ts';
import { dubbeling, type DubbelingOptions } from './dubbeling.ts';
import { enkelvoudig, type EnkelvoudigOptions } from './enkelvoudig.ts';
import { geslotenGroepen, type GeslotenGroepenOptions } from './gesloten-groepen.ts';
import { isolatie } from './isolatie.ts';
import { kansen, type KansenOptions } from './kansen.ts';
import { losseWerelden, type LosseWereldenOptions } from './losse-werelden.ts';
import { overbelasting, type OverbelastingOptions } from './overbelasting.ts';
import { verouderdeBanden, type VerouderdeBandenOptions } from './verouderde-banden.ts';

export * from './context.ts';
export { coverageMatrix, type CoverageMatrix } from './dekking.ts';
export { dekking, dubbeling, enkelvoudig, geslotenGroepen, isolatie, kansen, losseWerelden, overbelasting, verouderdeBanden };

export interface GapOptions {
  enkelvoudig?: Partial<EnkelvoudigOptions>;
  'losse-werelden'?: Partial<LosseWereldenOptions>;
  dekking?: Partial<DekkingOptions>;
  overbelasting?: Partial<OverbelastingOptions>;
  dubbeling?: Partial<DubbelingOptions>;
  kansen?: Partial<KansenOptions>;
  'gesloten-groepen'?: Partial<GeslotenGroepenOptions>;
  'verouderde-banden'?: Partial<VerouderdeBandenOptions>;
}

export const GAP_FUNCTIONS: Record<GapAnalysis, (ctx: AnalysisContext, options: GapOptions) => Finding[]> = {
  enkelvoudig: (ctx, o) => enkelvoudig(ctx, o.enkelvoudig),
  'losse-werelden': (ctx, o) => losseWerelden(ctx, o['losse-werelden']),
  dekking: (ctx, o) => dekking(ctx, o.dekking),
  isolatie: (ctx) => isolatie(ctx),
  overbelasting: (ctx, o) => overbelasting(ctx, o.overbelasting),
  dubbeling: (ctx, o) => dubbeling(ctx, o.dubbeling),
  kansen: (ctx, o) => kansen(ctx, o.kansen),
  'gesloten-groepen': (ctx, o) => geslotenGroepen(ctx, o['gesloten-groepen']),
  'verouderde-banden': (ctx, o) => verouderdeBanden(ctx, o['verouderde-banden']),
};

/** Runs the given analyses (default all), findings ordered hoog → laag. */
export function runGaps(ctx: AnalysisContext, analyses: readonly GapAnalysis[] = GAP_ANALYSES, options: GapOptions = {}): Finding[] {
  return analyses.flatMap((analysis) => GAP_FUNCTIONS[analysis](ctx, options)).sort(bySeverity);
}
