/**
 * How nodes and ties look: colour per kind (persons split into bewoner,
 * sleutelfiguur and professional), colour per tie group, thickness by
 * strength, size by degree or by any measure, colour by community or measure.
 */
import { isProfessional, type NodeKind, type TieType } from '../../../server/model/index.ts';

export type PersonStyle = 'bewoner' | 'sleutelfiguur' | 'professional';
export type NodeStyle = Exclude<NodeKind, 'persoon'> | PersonStyle;

export const NODE_COLORS: Record<NodeStyle, string> = {
  bewoner: '#6f9fd8',
  sleutelfiguur: '#e0a526',
  professional: '#2f6d8f',
  organisatie: '#5c9a6b',
  wijkteam: '#8d6cc2',
  initiatief: '#dd6f4d',
  plek: '#a5826a',
  gebied: '#a3acb7',
  thema: '#cf6f9f',
};

export const NODE_STYLE_ORDER: NodeStyle[] = ['bewoner', 'sleutelfiguur', 'professional', 'organisatie', 'wijkteam', 'initiatief', 'plek', 'gebied', 'thema'];

export function personStyle(roles: readonly string[] | undefined): PersonStyle {
  if (roles?.includes('sleutelfiguur')) return 'sleutelfiguur';
  if (isProfessional(roles)) return 'professional';
  return 'bewoner';
}

export function nodeStyle(attributes: Record<string, unknown>): NodeStyle {
  const kind = attributes.kind as NodeKind;
  return kind === 'persoon' ? personStyle(attributes.roles as string[] | undefined) : kind;
}

export type TieGroup = 'sociaal' | 'formeel' | 'verwijzing' | 'context';

export const TIE_GROUP_OF: Record<TieType, TieGroup> = {
  KENT: 'sociaal',
  TREKKER_VAN: 'sociaal',
  DEELNEMER_AAN: 'sociaal',
  VRIJWILLIGER_BIJ: 'sociaal',
  WERKT_BIJ: 'formeel',
  LID_VAN: 'formeel',
  WERKT_SAMEN_MET: 'formeel',
  SUBSIDIEERT: 'formeel',
  OPDRACHTGEVER_VAN: 'formeel',
  LID_VAN_CONSORTIUM: 'formeel',
  ONDERSTEUNT: 'formeel',
  VERWIJST_NAAR: 'verwijzing',
  WOONT_IN: 'context',
  ACTIEF_IN: 'context',
  WERKT_IN: 'context',
  LIGT_IN: 'context',
  RICHT_ZICH_OP: 'context',
  VINDT_PLAATS_IN: 'context',
  BEHEERT: 'context',
  MOEDERORGANISATIE_VAN: 'context',
};

export const TIE_GROUP_COLORS: Record<TieGroup, string> = {
  sociaal: '#8fb3e0',
  formeel: '#94bf9f',
  verwijzing: '#e39a6d',
  context: '#d5dae1',
};

export const TIE_GROUP_ORDER: TieGroup[] = ['sociaal', 'formeel', 'verwijzing', 'context'];

export function tieColor(type: string): string {
  return TIE_GROUP_COLORS[TIE_GROUP_OF[type as TieType] ?? 'context'];
}

/** Thickness in pixels: strength 1–5 gives 0.8–3.2; ties without a strength are thin. */
export function tieSize(strength: unknown): number {
  return typeof strength === 'number' ? 0.2 + strength * 0.6 : 0.8;
}

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 16;

/** Maps values onto node sizes by square root, so area follows the value. */
export function sizeScale(values: Iterable<number>): (value: number) => number {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (!Number.isFinite(min) || max === min) return () => (MIN_NODE_SIZE + MAX_NODE_SIZE) / 3;
  const lo = Math.sqrt(Math.max(0, min));
  const hi = Math.sqrt(Math.max(0, max));
  return (value) => {
    if (!Number.isFinite(value)) return MIN_NODE_SIZE;
    const t = hi === lo ? 0.5 : (Math.sqrt(Math.max(0, value)) - lo) / (hi - lo);
    return MIN_NODE_SIZE + t * (MAX_NODE_SIZE - MIN_NODE_SIZE);
  };
}

/** Twelve calm, distinguishable colours for communities (Tableau-like). */
export const COMMUNITY_COLORS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#86bcb6', '#d37295', '#a0cbe8'];

export function communityColor(community: number): string {
  return COMMUNITY_COLORS[((community % COMMUNITY_COLORS.length) + COMMUNITY_COLORS.length) % COMMUNITY_COLORS.length]!;
}

type Rgb = readonly [number, number, number];

/** A sequential ramp through the given colours, evenly spaced (t in 0…1). */
function ramp(...stops: Rgb[]): (t: number) => string {
  return (t) => {
    const at = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
    const index = Math.min(stops.length - 2, Math.floor(at));
    const [from, to] = [stops[index]!, stops[index + 1]!];
    const mix = from.map((start, i) => Math.round(start + (to[i]! - start) * (at - index)));
    return `rgb(${mix[0]},${mix[1]},${mix[2]})`;
  };
}

/** A sequential blue ramp for colouring by a measure (t in 0…1). */
export const rampColor = ramp([222, 235, 247], [8, 69, 148]);

/** A sequential ramp from sand to deep red, for a figure where more is worse (gaps, isolation). */
export const concernRampColor = ramp([254, 240, 217], [244, 153, 84], [165, 38, 24]);

/** Colours used by highlights (findings, what-if, search). */
export const HIGHLIGHT = {
  faded: '#e7eaee',
  fadedEdge: '#eef0f3',
  focus: '#1d3557',
  lost: '#d1495b',
  splitOff: '#e76f51',
  removed: '#343a40',
  finding: '#c2410c',
};

/** Measures the map can size or colour by, in menu order. */
export const MEASURE_IDS = ['degree', 'betweenness', 'closeness', 'harmonic', 'pagerank', 'constraint', 'effectiveSize'] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];
