/**
 * The comparison's colours (new, gone, new sleutelfiguur) are told apart from
 * every colour a node kind or tie group has, and from each other, with normal
 * sight and with each of the three kinds of colour blindness (simulated with
 * the Machado, Oliveira and Fernandes 2009 matrices at full severity, distance
 * as CIE76 ΔE in Lab). The palettes are read through the model's lists, so a
 * new kind or tie group is checked too.
 */
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, TIE_TYPES } from '../../server/model/index.ts';
import { HIGHLIGHT, NODE_COLORS, NODE_STYLE_ORDER, TIE_GROUP_COLORS, TIE_GROUP_OF, TIE_GROUP_ORDER } from '../../client/core/appearance/index.ts';
import { DIFF_COLORS } from '../../client/core/history/diff-styles.ts';

type Matrix = readonly [readonly [number, number, number], readonly [number, number, number], readonly [number, number, number]];

const VISIONS: Record<string, Matrix> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

/** Apart enough to be told from each other on a small dot or a thin line. */
const FROM_PALETTE = 20;
const FROM_EACH_OTHER = 40;

const linear = (channel: number) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);

function lab(hex: string, vision: Matrix): [number, number, number] {
  const rgb = [1, 3, 5].map((at) => linear(parseInt(hex.slice(at, at + 2), 16) / 255));
  const [r, g, b] = vision.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0]! + row[1] * rgb[1]! + row[2] * rgb[2]!))) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** The smallest distance between two colours over the four ways of seeing. */
function distance(a: string, b: string): number {
  return Math.min(...Object.values(VISIONS).map((vision) => Math.hypot(...lab(a, vision).map((value, index) => value - lab(b, vision)[index]!))));
}

// Every kind's colour, persons split as the map draws them, every tie type's group, and the faded grey of what a highlight puts aside.
const palette: [string, string][] = [
  ...NODE_STYLE_ORDER.map((style) => [`knoop ${style}`, NODE_COLORS[style]] as [string, string]),
  ...TIE_GROUP_ORDER.map((group) => [`band ${group}`, TIE_GROUP_COLORS[group]] as [string, string]),
  ['vervaagd', HIGHLIGHT.faded],
  ['vervaagde band', HIGHLIGHT.fadedEdge],
];

function tooClose(color: string, others: [string, string][]): [string, number][] {
  return others.map(([label, other]) => [label, +distance(color, other).toFixed(1)] as [string, number]).filter(([, apart]) => apart < FROM_PALETTE);
}

describe('the comparison colours', () => {
  it('the palettes cover every node kind and tie type of the model', () => {
    for (const kind of NODE_KINDS) if (kind !== 'persoon') expect(NODE_STYLE_ORDER).toContain(kind);
    for (const type of TIE_TYPES) expect(TIE_GROUP_ORDER).toContain(TIE_GROUP_OF[type]);
  });

  for (const [name, color] of Object.entries(DIFF_COLORS)) {
    it(`${name} (${color}) is apart from every kind and tie colour, also colour-blind`, () => {
      expect(tooClose(color, palette)).toEqual([]);
    });
  }

  it('new and gone, shown together, are far apart from each other, also colour-blind', () => {
    expect(distance(DIFF_COLORS.added, DIFF_COLORS.removed)).toBeGreaterThanOrEqual(FROM_EACH_OTHER);
  });

  it('a new sleutelfiguur is told from new and gone', () => {
    expect(tooClose(DIFF_COLORS.gained, [['nieuw', DIFF_COLORS.added], ['verdwenen', DIFF_COLORS.removed]])).toEqual([]);
  });

  it('the check does catch a clash: the old green of "new" on organisatie, the old red on initiatief', () => {
    expect(tooClose('#1a9850', palette).map(([label]) => label)).toContain('knoop organisatie');
    expect(tooClose('#d73027', palette).map(([label]) => label)).toContain('knoop initiatief');
  });
});
