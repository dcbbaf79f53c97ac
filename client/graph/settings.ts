/** Sigma settings of the map: readable labels through the label grid, priority by size (zIndex). */
import type { Settings } from 'sigma/settings';
import { sizeSettings } from '../core/app/drawing.ts';
import { drawNodeLabel } from './labels.ts';

export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export function mapSettings(order: number): Partial<Settings> {
  return {
    renderEdgeLabels: false,
    labelFont: FONT_STACK,
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1f2933' },
    defaultDrawNodeLabel: drawNodeLabel,
    labelDensity: 0.55,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    zIndex: true,
    stagePadding: 36,
    minCameraRatio: 0.03,
    maxCameraRatio: 4,
    ...sizeSettings(order),
    defaultEdgeColor: '#d5dae1',
    defaultNodeColor: '#9aa5b1',
    enableEdgeEvents: false,
  };
}

