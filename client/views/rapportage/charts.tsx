/** Small inline SVG charts for print: horizontal bars and a Driehoek. */
import { nl } from '../../i18n/nl.ts';

export function Bars({ items, max, unit = '', width = 300 }: { items: { label: string; value: number; accent?: boolean }[]; max?: number; unit?: string; width?: number }) {
  const top = max ?? Math.max(1, ...items.map((item) => item.value));
  const row = 18;
  const labelWidth = 150;
  const barWidth = width - labelWidth - 36;
  return (
    <svg className="chart" width={width} height={items.length * row + 4} role="img" aria-label={nl.rapportage.barChart}>
      {items.map((item, index) => {
        const w = Math.max(item.value > 0 ? 2 : 0, (item.value / top) * barWidth);
        return (
          <g key={item.label} transform={`translate(0, ${index * row + 2})`}>
            <text x={labelWidth - 6} y={12} textAnchor="end" fontSize="10" fill="#33424d">
              {item.label.length > 26 ? `${item.label.slice(0, 25)}…` : item.label}
            </text>
            <rect x={labelWidth} y={3} width={barWidth} height={11} fill="#eef2f4" rx="2" />
            <rect x={labelWidth} y={3} width={w} height={11} fill={item.accent ? '#c0482f' : '#2a7a98'} rx="2" />
            <text x={labelWidth + w + 4} y={12} fontSize="10" fill="#33424d">
              {item.value}
              {unit}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function Driehoek({ gebiedsverbinders, wijkteams, opbouwwerkers }: { gebiedsverbinders: number; wijkteams: number; opbouwwerkers: number }) {
  const corner = (x: number, y: number, label: string, count: number, anchor: 'start' | 'middle' | 'end') => (
    <g>
      <circle cx={x} cy={y} r={15} fill={count > 0 ? '#2f8a5b' : '#c0482f'} />
      <text x={x} y={y + 4} textAnchor="middle" fontSize="12" fontWeight="700" fill="#fff">
        {count}
      </text>
      <text x={x} y={y + (y < 50 ? -21 : 31)} textAnchor={anchor} fontSize="10" fill="#33424d">
        {label}
      </text>
    </g>
  );
  return (
    <svg className="chart" width={230} height={150} role="img" aria-label={nl.rapportage.driehoek.title}>
      <polygon points="115,35 35,115 195,115" fill="#f3f7f9" stroke={gebiedsverbinders && wijkteams && opbouwwerkers ? '#2f8a5b' : '#c0482f'} strokeWidth="2" strokeDasharray={gebiedsverbinders && wijkteams && opbouwwerkers ? '' : '5 4'} />
      {corner(115, 35, nl.rapportage.driehoek.gebiedsverbinder, gebiedsverbinders, 'middle')}
      {corner(35, 115, nl.rapportage.driehoek.wijkteam, wijkteams, 'start')}
      {corner(195, 115, nl.rapportage.driehoek.opbouwwerk, opbouwwerkers, 'end')}
    </svg>
  );
}
