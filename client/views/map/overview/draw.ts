/**
 * How sigma draws the overview: each wijk's name beside its bubble, away from
 * its stadsdeel's centre, on a light halo, a ring around the viewer's own wijken, and a ring around the
 * bubble under the pointer.
 */
import type { Settings } from 'sigma/settings';
import type { LabelSide } from '../../../core/overview/scene.ts';
import { FONT_STACK } from '../../../graph/settings.ts';

type LabelData = { x: number; y: number; size: number; label: string | null; own?: unknown; labelSide?: LabelSide };

const OWN_RING = '#1d3557';

function ring(context: CanvasRenderingContext2D, data: LabelData, color: string, width: number, gap: number): void {
  context.beginPath();
  context.arc(data.x, data.y, data.size + gap, 0, 2 * Math.PI);
  context.strokeStyle = color;
  context.lineWidth = width;
  context.stroke();
}

function drawName(context: CanvasRenderingContext2D, data: LabelData, weight: number): void {
  if (data.own) ring(context, data, OWN_RING, 2.5, 3);
  if (!data.label) return;
  context.font = `${weight} 12px ${FONT_STACK}`;
  const gap = data.size + (data.own ? 8 : 5);
  const side = data.labelSide ?? 'below';
  const [x, y] = { right: [data.x + gap, data.y], left: [data.x - gap, data.y], above: [data.x, data.y - gap], below: [data.x, data.y + gap] }[side];
  context.textAlign = side === 'right' ? 'left' : side === 'left' ? 'right' : 'center';
  context.textBaseline = side === 'above' ? 'bottom' : side === 'below' ? 'top' : 'middle';
  context.lineJoin = 'round';
  context.lineWidth = 4;
  context.strokeStyle = 'rgba(255, 255, 255, 0.92)';
  context.strokeText(data.label, x!, y!);
  context.fillStyle = '#1f2933';
  context.fillText(data.label, x!, y!);
  context.textAlign = 'start';
  context.textBaseline = 'alphabetic';
}

export function overviewSettings(): Partial<Settings> {
  return {
    labelFont: FONT_STACK,
    labelRenderedSizeThreshold: 0,
    zIndex: true,
    stagePadding: 40,
    minCameraRatio: 0.15,
    maxCameraRatio: 3,
    enableEdgeEvents: false,
    defaultEdgeType: 'line',
    defaultDrawNodeLabel: (context, data) => drawName(context, data as LabelData, 500),
    defaultDrawNodeHover: (context, data) => {
      ring(context, data as LabelData, '#2c6e9b', 3, 4);
      drawName(context, data as LabelData, 700);
    },
  };
}
