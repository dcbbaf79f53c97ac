/** A small inline SVG trend line, with the last value as text. */
import { formatNumber } from '../../i18n/format.ts';
import { nl } from '../../i18n/nl.ts';

export interface SparklineProps {
  values: number[];
  label: string;
  width?: number;
  height?: number;
  /** Values of the running (partial) period are drawn dashed at the end. */
  partialLast?: boolean;
}

export function Sparkline({ values, label, width = 120, height = 28, partialLast }: SparklineProps) {
  if (!values.length) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (i: number) => (values.length === 1 ? width / 2 : (i / (values.length - 1)) * (width - 4) + 2);
  const y = (v: number) => height - 3 - ((v - min) / span) * (height - 6);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  const solid = partialLast && points.length > 1 ? points.slice(0, -1) : points;
  const last = values[values.length - 1]!;
  return (
    <figure className="history-sparkline" data-testid="sparkline">
      <figcaption>
        {label}: <strong>{formatNumber(last)}</strong>
      </figcaption>
      <svg width={width} height={height} role="img" aria-label={nl.history.trends.sparkline(label, formatNumber(values[0]!), formatNumber(last))}>
        <polyline points={solid.join(' ')} fill="none" stroke="currentColor" strokeWidth="1.5" />
        {partialLast && points.length > 1 && <polyline points={points.slice(-2).join(' ')} fill="none" stroke="currentColor" strokeWidth="1.5" strokeDasharray="2 2" />}
        <circle cx={x(values.length - 1)} cy={y(last)} r="2" fill="currentColor" />
      </svg>
    </figure>
  );
}
