/**
 * What the overview draws: one bubble per wijk, its area following the number
 * of people there and its colour the chosen figure, and a line per pair of
 * wijken as thick as the ties between them. The wijken of one stadsdeel sit
 * together on a small circle, the stadsdelen on a ring: the same picture for
 * the same figures, and a wijk is always found where it was.
 */
import Graph from 'graphology';
import type { CityOverview, OverviewMeasure } from '../../../server/model/wire/overview.ts';
import { concernRampColor, rampColor } from '../appearance/index.ts';

/** Figures where more is worse are coloured from sand to red; the others from light to dark blue. */
const CONCERN: Record<OverviewMeasure, boolean> = { findings: true, isolatedShare: true, residents: false, averageDegree: false, density: false };
const NO_VALUE = '#d5dae1';
const MIN_BUBBLE = 8;
const MAX_BUBBLE = 26;
const MIN_LINE = 0.6;
const MAX_LINE = 9;

export interface OverviewScene {
  /** The colour's range over the wijken shown. */
  domain: { min: number; max: number };
  colorAt: (t: number) => string;
  /** The smallest and the largest bubble, for the legend. */
  sizes: { persons: number; size: number }[];
  /** The thinnest and the thickest line, for the legend. */
  lines: { ties: number; size: number }[];
  /** The wijken of each stadsdeel, for the labels of the groups. */
  groups: { stadsdeel: string; wijken: string[] }[];
}

/** sqrt maps a count onto an area, so a wijk with four times the people has twice the radius. */
function sqrtScale(min: number, max: number, lo: number, hi: number): (value: number) => number {
  const [a, b] = [Math.sqrt(Math.max(0, min)), Math.sqrt(Math.max(0, max))];
  return (value) => (b === a ? (lo + hi) / 2 : lo + ((Math.sqrt(Math.max(0, value)) - a) / (b - a)) * (hi - lo));
}

function extent(values: number[]): { min: number; max: number } {
  return values.length ? { min: Math.min(...values), max: Math.max(...values) } : { min: 0, max: 0 };
}

/** Where a wijk's name goes: away from the centre of its stadsdeel's circle, so the names of one circle do not cross it. */
export type LabelSide = 'right' | 'left' | 'above' | 'below';

function sideOf(angle: number, alone: boolean): LabelSide {
  if (alone) return 'below';
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  if (cos > 0.55) return 'right';
  if (cos < -0.55) return 'left';
  // The renderer's y runs up.
  return sin > 0 ? 'above' : 'below';
}

/** Positions: each stadsdeel's wijken on a circle around its centre, the centres on a ring. */
function positions(groups: { wijken: string[] }[]): Map<string, { x: number; y: number; side: LabelSide }> {
  const spacing = 2;
  const radiusOf = (n: number) => (n <= 1 ? 0 : spacing / (2 * Math.sin(Math.PI / n)));
  const largest = Math.max(0, ...groups.map((group) => radiusOf(group.wijken.length)));
  const chord = 2 * largest + 1.3 * spacing;
  const ring = groups.length <= 1 ? 0 : chord / (2 * Math.sin(Math.PI / groups.length));
  const out = new Map<string, { x: number; y: number; side: LabelSide }>();
  groups.forEach((group, g) => {
    const angle = (2 * Math.PI * g) / groups.length - Math.PI / 2;
    // A ring a little wider than high, as the map is.
    const [cx, cy] = [1.3 * ring * Math.cos(angle), ring * Math.sin(angle)];
    const r = radiusOf(group.wijken.length);
    group.wijken.forEach((id, i) => {
      // Start each small circle on the side facing the ring's centre, so neighbouring stadsdelen face each other.
      const a = angle + Math.PI + (2 * Math.PI * i) / group.wijken.length;
      out.set(id, { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a), side: sideOf(a, group.wijken.length === 1) });
    });
  });
  return out;
}

/** An empty graph for the overview's renderer; `buildScene` fills it. */
export function createSceneGraph(): Graph {
  return new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
}

/** Fills `graph` (cleared first, so its renderer keeps it) with the overview's bubbles and lines. */
export function buildScene(data: CityOverview, measure: OverviewMeasure, graph: Graph): OverviewScene {
  const byStadsdeel = new Map<string, string[]>();
  for (const wijk of data.wijken) {
    const key = wijk.stadsdeel ?? '';
    byStadsdeel.set(key, [...(byStadsdeel.get(key) ?? []), wijk.id]);
  }
  const groups = [...byStadsdeel].map(([stadsdeel, wijken]) => ({ stadsdeel, wijken }));
  const place = positions(groups);

  const persons = extent(data.wijken.map((wijk) => wijk.persons));
  const size = sqrtScale(persons.min, persons.max, MIN_BUBBLE, MAX_BUBBLE);
  const domain = extent(data.wijken.map((wijk) => wijk[measure]).filter((value): value is number => value !== null));
  const colorAt = CONCERN[measure] ? concernRampColor : rampColor;
  const color = (value: number | null) => (value === null ? NO_VALUE : colorAt(domain.max === domain.min ? 0.5 : (value - domain.min) / (domain.max - domain.min)));
  const ties = extent(data.lines.map((line) => line.ties));
  const lineSize = sqrtScale(ties.min, ties.max, MIN_LINE, MAX_LINE);

  graph.clear();
  for (const wijk of data.wijken) {
    const { x, y, side } = place.get(wijk.id)!;
    const value = wijk[measure];
    graph.addNode(wijk.id, { x, y, labelSide: side, size: size(wijk.persons), color: color(value), label: wijk.name, forceLabel: true, own: wijk.own === true, value });
  }
  for (const line of data.lines) {
    const strength = ties.max === ties.min ? 1 : (line.ties - ties.min) / (ties.max - ties.min);
    graph.addEdgeWithKey(`${line.from}|${line.to}`, line.from, line.to, { size: lineSize(line.ties), color: `rgba(72, 96, 128, ${(0.22 + 0.56 * strength).toFixed(2)})`, ties: line.ties });
  }
  return {
    domain,
    colorAt,
    sizes: data.wijken.length ? [persons.min, persons.max].map((n) => ({ persons: n, size: size(n) })) : [],
    lines: data.lines.length ? [ties.min, ties.max].map((n) => ({ ties: n, size: lineSize(n) })) : [],
    groups: groups.filter((group) => group.stadsdeel),
  };
}
