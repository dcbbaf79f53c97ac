/**
 * Framing things that reach beyond their point by a fixed number of pixels
 * (a disc and its label keep their size on screen when the map zooms): the
 * largest zoom at which all of them fit in a free part of the map, and where
 * to look so that they sit in its middle.
 */
import type { Box } from './index.ts';

/** One thing to frame: its point in pixels from the map's centre at the camera's ratio 1, and how far it reaches on each side, in pixels at any zoom. */
export interface Extent {
  x: number;
  y: number;
  left: number;
  right: number;
  up: number;
  down: number;
}

export interface Fit {
  /** Zoom over the camera's ratio 1 (the camera's ratio is its inverse). */
  scale: number;
  /** Where the map's centre should look, in pixels from the centre at ratio 1. */
  shift: { x: number; y: number };
}

/** How wide the extents are on one axis at a zoom, and where they start. */
function span(items: readonly Extent[], scale: number, axis: 'x' | 'y'): { low: number; high: number } {
  let low = Infinity;
  let high = -Infinity;
  for (const item of items) {
    const at = item[axis] * scale;
    low = Math.min(low, at - (axis === 'x' ? item.left : item.up));
    high = Math.max(high, at + (axis === 'x' ? item.right : item.down));
  }
  return { low, high };
}

/**
 * The fit of `items` in `free` on a map of `width` × `height`, with the zoom
 * kept between `minScale` and `maxScale`; null when there is nothing to frame.
 */
export function fitExtents(items: readonly Extent[], free: Box, width: number, height: number, minScale: number, maxScale: number): Fit | null {
  if (!items.length) return null;
  const fits = (scale: number) => {
    const x = span(items, scale, 'x');
    const y = span(items, scale, 'y');
    return x.high - x.low <= free.right - free.left && y.high - y.low <= free.bottom - free.top;
  };
  let low = minScale;
  let high = maxScale;
  if (fits(high)) low = high;
  else for (let i = 0; i < 40; i++) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  const scale = low;
  const x = span(items, scale, 'x');
  const y = span(items, scale, 'y');
  // The middle of what is framed goes to the middle of the free part.
  const dx = (x.low + x.high) / 2 - ((free.left + free.right) / 2 - width / 2);
  const dy = (y.low + y.high) / 2 - ((free.top + free.bottom) / 2 - height / 2);
  return { scale, shift: { x: dx / scale, y: dy / scale } };
}
