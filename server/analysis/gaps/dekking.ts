/**
 * Dekking (coverage): for each wijk × thema, is there an offer; and for each
 * wijk, is the Driehoek complete.
 *
 * An offer for thema T in wijk W is an initiative or organisation that richt
 * zich op T and werkt in W or one of its buurten, or takes place at a plek
 * that ligt in W (or its buurten). With `includeAbove` (default true) an
 * organisation or initiative working in the stadsdeel above W also counts
 * for W; city-wide work (level `stad`) only when `includeCity` is true
 * (default false), so that one city-wide organisation does not hide the
 * holes of every wijk.
 *
 * The Driehoek of W: a gebiedsverbinder, a wijkteam and an opbouwwerker who
 * work in or are active in W, its buurten or its stadsdeel, and at least one
 * sleutelfiguur who lives or is active in W or its buurten.
 *
 * Findings: a missing gebiedsverbinder, wijkteam or opbouwwerker is hoog; a
 * missing sleutelfiguur is middel; a thema (category `thema`) without an
 * offer is middel, a maatschappelijk doel without an offer is laag.
 */
import type { Finding } from '../../model/index.ts';
import type { Projection } from '../projection.ts';
import { type AnalysisContext, finding } from './context.ts';

export interface DekkingOptions {
  includeAbove: boolean;
  includeCity: boolean;
}

export const DEKKING_DEFAULTS: DekkingOptions = { includeAbove: true, includeCity: false };

export const DRIEHOEK_ROLES = ['gebiedsverbinder', 'wijkteam', 'opbouwwerker', 'sleutelfiguur'] as const;
export type DriehoekRole = (typeof DRIEHOEK_ROLES)[number];

export interface CoverageMatrix {
  wijken: { id: string; name: string }[];
  themes: { id: string; name: string; category?: string }[];
  /** wijkId → themeId → ids of the offers (initiatives, organisations). */
  cells: Record<string, Record<string, string[]>>;
  driehoek: Record<string, Record<DriehoekRole, string[]>>;
}

/** Wijken of the projection's scope: every wijk, or those in/around the scoped gebieden. */
export function wijkenInScope(projection: Projection): string[] {
  const all = projection.areas.wijken();
  if (!projection.gebieden.length) return all;
  const keep = new Set<string>();
  for (const gebied of projection.gebieden) {
    const up = projection.areas.wijkOf(gebied);
    if (up) keep.add(up);
    for (const area of projection.areas.descendants(gebied)) if (projection.areas.level.get(area) === 'wijk') keep.add(area);
  }
  return all.filter((id) => keep.has(id));
}

function areasFor(projection: Projection, wijk: string, above: boolean, city: boolean): Set<string> {
  const areas = projection.areas.descendants(wijk);
  if (above) for (const area of projection.areas.ancestors(wijk).slice(1)) if (city || projection.areas.level.get(area) !== 'stad') areas.add(area);
  return areas;
}

/** Area → the wijken (of `wijken`) whose set of areas holds it. */
function wijkenByArea(wijken: readonly string[], areasOf: (wijk: string) => Set<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const wijk of wijken) for (const area of areasOf(wijk)) out.get(area)?.push(wijk) ?? out.set(area, [wijk]);
  return out;
}

export function coverageMatrix(projection: Projection, options: Partial<DekkingOptions> = {}): CoverageMatrix {
  const { includeAbove, includeCity } = { ...DEKKING_DEFAULTS, ...options };
  const wijken = wijkenInScope(projection);
  const themes = projection.network.nodes
    .filter((node) => node.kind === 'thema')
    .sort((a, b) => (a.category === b.category ? 0 : a.category === 'doel' ? -1 : 1) || a.name.localeCompare(b.name, 'nl'))
    .map((node) => ({ id: node.id, name: node.name, ...(typeof node.category === 'string' ? { category: node.category } : {}) }));
  const cells: CoverageMatrix['cells'] = {};
  const driehoek: CoverageMatrix['driehoek'] = {};
  for (const wijk of wijken) {
    cells[wijk] = Object.fromEntries(themes.map((theme) => [theme.id, []]));
    driehoek[wijk] = { gebiedsverbinder: [], wijkteam: [], opbouwwerker: [], sleutelfiguur: [] };
  }
  // Each node is placed once, through the wijken its areas count for, instead of testing every node against every wijk.
  const offerAreas = wijkenByArea(wijken, (wijk) => areasFor(projection, wijk, includeAbove, includeCity));
  const localAreas = wijkenByArea(wijken, (wijk) => projection.areas.descendants(wijk));
  const aroundAreas = wijkenByArea(wijken, (wijk) => areasFor(projection, wijk, true, false));
  const wijkenOf = (id: string, byArea: Map<string, string[]>) => new Set((projection.areasOf.get(id) ?? []).flatMap((area) => byArea.get(area) ?? []));
  for (const node of projection.network.nodes) {
    if ((node.kind === 'initiatief' || node.kind === 'organisatie') && projection.themesOf.has(node.id)) {
      for (const wijk of wijkenOf(node.id, offerAreas)) for (const theme of projection.themesOf.get(node.id)!) cells[wijk]![theme]?.push(node.id);
    } else if (node.kind === 'wijkteam') {
      for (const wijk of wijkenOf(node.id, aroundAreas)) driehoek[wijk]!.wijkteam.push(node.id);
    } else if (node.kind === 'persoon') {
      const roles = (node.roles as string[] | undefined) ?? [];
      for (const role of ['gebiedsverbinder', 'opbouwwerker'] as const) if (roles.includes(role)) for (const wijk of wijkenOf(node.id, aroundAreas)) driehoek[wijk]![role].push(node.id);
      if (roles.includes('sleutelfiguur')) for (const wijk of wijkenOf(node.id, localAreas)) driehoek[wijk]!.sleutelfiguur.push(node.id);
    }
  }
  for (const wijk of wijken) {
    for (const list of Object.values(cells[wijk]!)) list.sort();
    for (const list of Object.values(driehoek[wijk]!)) list.sort();
  }
  return { wijken: wijken.map((id) => ({ id, name: projection.areas.name.get(id)! })), themes, cells, driehoek };
}

const DRIEHOEK_TEXT: Record<DriehoekRole, string> = {
  gebiedsverbinder: 'geen gebiedsverbinder',
  wijkteam: 'geen sociaal wijkteam',
  opbouwwerker: 'geen opbouwwerker',
  sleutelfiguur: 'geen bekende sleutelfiguur',
};

export function dekking(ctx: AnalysisContext, options: Partial<DekkingOptions> = {}): Finding[] {
  const matrix = coverageMatrix(ctx.projection, options);
  const findings: Finding[] = [];
  for (const { id: wijk, name } of matrix.wijken) {
    const triangle = matrix.driehoek[wijk];
    for (const role of DRIEHOEK_ROLES) {
      if (triangle[role].length) continue;
      const others = DRIEHOEK_ROLES.filter((r) => r !== role && r !== 'sleutelfiguur' && triangle[r].length).length;
      findings.push(
        finding(
          'dekking',
          `driehoek:${wijk}:${role}`,
          role === 'sleutelfiguur' ? 'middel' : 'hoog',
          `${name}: ${DRIEHOEK_TEXT[role]}`,
          role === 'sleutelfiguur'
            ? `In ${name} is geen bewoner als sleutelfiguur bekend.`
            : `In ${name} is ${DRIEHOEK_TEXT[role]} actief, dus de Driehoek van gebiedsverbinder, wijkteam en opbouwwerk is niet compleet${others ? '' : ' (er is ook verder niemand van)'}.`,
          [wijk],
          [],
          wijk,
        ),
      );
    }
    for (const theme of matrix.themes) {
      if (matrix.cells[wijk][theme.id].length) continue;
      findings.push(
        finding(
          'dekking',
          `thema:${wijk}:${theme.id}`,
          theme.category === 'doel' ? 'laag' : 'middel',
          `${name}: geen aanbod voor ${theme.name}`,
          `In ${name} is geen initiatief of organisatie actief die zich richt op ${theme.name}.`,
          [wijk, theme.id],
          [],
          wijk,
        ),
      );
    }
  }
  return findings;
}
