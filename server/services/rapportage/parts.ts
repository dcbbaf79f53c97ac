/**
 * The parts of the netwerkrapportage, each from the one source the map uses
 * for the same thing: the gaps and sleutelfiguren from the analyses of the
 * wijk (as the Gaten and Sleutelfiguren panels show them with the wijk as
 * filter), the Driehoek and theme coverage from the coverage analysis, the
 * key figures and their change from the history (as the timeline counts
 * them). Each part turns one answer into its fields of the wire format.
 */
import { GAP_ANALYSES, type Finding } from '../../model/index.ts';
import type { PeriodChange } from '../../model/wire/history.ts';
import type { DriehoekStatus, RapportageGaten, ThemaDekking, WijkSleutelfiguur } from '../../model/wire/rapportage.ts';
import type { SleutelfiguurScore } from '../../model/index.ts';
import type { CoverageResult } from '../analysis-worker.ts';
import type { Viewer } from '../privacy/policy.ts';

/** The key figures the rapportage compares with the previous period, with their Dutch labels. */
const CHANGE_FIGURES = [
  ['persons', 'Personen'],
  ['ties', 'Banden'],
  ['organisations', 'Organisaties'],
  ['initiatives', 'Initiatieven'],
  ['components', 'Losse delen'],
] as const satisfies readonly (readonly [keyof PeriodChange['current'], string])[];

/** The findings per kind, in the Gaten panel's order (kinds as the model lists them, each most severe first). */
export function gatenPerKind(findings: readonly Finding[]): RapportageGaten[] {
  return GAP_ANALYSES.map((analysis) => ({ analysis, findings: findings.filter((finding) => finding.analysis === analysis) })).filter((group) => group.findings.length > 0);
}

/** The Driehoek of one wijk from the coverage matrix. */
export function driehoekOf(coverage: CoverageResult, wijk: string): DriehoekStatus {
  const legs = coverage.driehoek[wijk];
  if (!legs) return { gebiedsverbinders: 0, wijkteams: 0, opbouwwerkers: 0, sleutelfiguren: 0, compleet: false };
  return {
    gebiedsverbinders: legs.gebiedsverbinder.length,
    wijkteams: legs.wijkteam.length,
    opbouwwerkers: legs.opbouwwerker.length,
    sleutelfiguren: legs.sleutelfiguur.length,
    compleet: legs.gebiedsverbinder.length > 0 && legs.wijkteam.length > 0 && legs.opbouwwerker.length > 0,
  };
}

/** The offer per theme in one wijk from the coverage matrix, with the names of the organisations and initiatives. */
export function dekkingOf(coverage: CoverageResult, wijk: string, viewer: Viewer): ThemaDekking[] {
  const row = coverage.cells[wijk] ?? {};
  return coverage.themes.map((theme) => {
    const offers = row[theme.id] ?? [];
    const named = (prefix: string) => offers.filter((id) => id.startsWith(prefix)).map((id) => viewer.label(id));
    return { thema: theme.name, categorie: theme.category === 'doel' ? 'doel' : 'thema', organisaties: named('org_'), initiatieven: named('ini_'), aantal: offers.length };
  });
}

/** The sleutelfiguren as the panel ranks them, with their direct contacts and whether they are known as sleutelfiguur. */
export function sleutelfigurenOf(items: readonly SleutelfiguurScore[], roles: (id: string) => readonly string[]): WijkSleutelfiguur[] {
  return items.map((item) => ({ id: item.id, persoon: item.name, contacten: item.facts.degree, score: item.score, uitleg: item.explanation, sleutelfiguur: roles(item.id).includes('sleutelfiguur') }));
}

/** The change of the key figures since the previous period, and the sentence that says against what. */
export function veranderingOf(change: PeriodChange): { verandering: { label: string; nu: number; toen: number }[]; veranderingMelding: string } {
  return {
    verandering: CHANGE_FIGURES.map(([key, label]) => ({ label, nu: change.current[key], toen: change.previous[key] })),
    veranderingMelding: `Vergeleken met ${change.previousPeriod} (peildatum ${change.previousDate})${change.partial ? '; deze periode loopt nog' : ''}.`,
  };
}
