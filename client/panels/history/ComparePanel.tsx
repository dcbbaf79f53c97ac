/**
 * Compare the network (of a gebied) on two dates: new and ended ties, who
 * joined and left, sleutelfiguren gained and lost, gaps opened and closed, key
 * figures before and after, and trend sparklines from the snapshots. The
 * comparison is part of the view (`view.compare`, in the link); the app loads
 * it and the map shows it (client/core/app/compare.ts).
 */
import { useEffect, useState } from 'react';
import type { NodeKind, TieType } from '../../../server/model/index.ts';
import type { CompareResult, KeyFigures } from '../../../server/model/wire/compare.ts';
import type { Snapshot } from '../../../server/model/wire/history.ts';
import { historyApi } from '../../core/api/history.ts';
import { updateView } from '../../core/app/loading.ts';
import { app } from '../../core/app/state.ts';
import { DIFF_COLORS } from '../../core/history/diff-styles.ts';
import { useStore } from '../../core/store/index.ts';
import { formatDateNl, formatNumber } from '../../i18n/format.ts';
import { nl } from '../../i18n/nl.ts';
import { Sparkline } from './Sparkline.tsx';

export interface ComparePanelProps {
  /** Gebied id (wijk, stadsdeel…); undefined = the whole network (no analyses, quicker). */
  gebied?: string;
  /** Date bounds of the pickers (GET /api/history/range). */
  min?: string;
  max?: string;
  /** Clicking a name: e.g. open the node on the map. */
  onSelectNode?: (id: string) => void;
}

const t = nl.history.compare;
const KEY_FIGURES = nl.history.keyFigures;
const TREND_FIGURES: (keyof KeyFigures)[] = ['persons', 'ties', 'initiatives', 'components', 'averageDegree'];

function yearBefore(date: string): string {
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}

export function ComparePanel({ gebied, min, max, onSelectNode }: ComparePanelProps) {
  const shown = useStore(app, (state) => state.view.compare);
  const comparison = useStore(app, (state) => state.comparison);
  const [to, setTo] = useState(shown?.to ?? max ?? new Date().toISOString().slice(0, 10));
  const [from, setFrom] = useState(shown?.from ?? yearBefore(shown?.to ?? max ?? new Date().toISOString().slice(0, 10)));
  const result: CompareResult | null = shown && comparison.state === 'ready' ? comparison.data : null;
  const busy = !!shown && comparison.state === 'loading';
  const error = shown && comparison.state === 'error' ? comparison.message : null;
  const [period, setPeriod] = useState<'month' | 'quarter'>('quarter');
  const [series, setSeries] = useState<Snapshot[] | null>(null);

  useEffect(() => {
    let stale = false;
    setSeries(null);
    historyApi
      .snapshots({ gebied, period })
      .then((body) => !stale && setSeries(body.items))
      .catch(() => !stale && setSeries([]));
    return () => {
      stale = true;
    };
  }, [gebied, period]);

  // A comparison opened from a link shows its own dates.
  useEffect(() => {
    if (!shown) return;
    setFrom(shown.from);
    setTo(shown.to);
  }, [shown?.from, shown?.to]);

  const run = () => updateView({ compare: gebied ? { from, to, gebied } : { from, to } });
  const clear = () => updateView({ compare: undefined });

  const name = (id: string, label: string) =>
    onSelectNode ? (
      <button type="button" className="link-button" onClick={() => onSelectNode(id)}>
        {label}
      </button>
    ) : (
      label
    );

  return (
    <section className="panel-section history-compare" aria-labelledby="compare-title" data-testid="compare">
      <h2 id="compare-title" className="panel-title">
        {t.title}
      </h2>
      <form
        style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'end' }}
        onSubmit={(event) => {
          event.preventDefault();
          run();
        }}
      >
        <label>
          {t.from} <input type="date" value={from} min={min} max={max} onChange={(e) => setFrom(e.target.value)} data-testid="compare-from" required />
        </label>
        <label>
          {t.to} <input type="date" value={to} min={min} max={max} onChange={(e) => setTo(e.target.value)} data-testid="compare-to" required />
        </label>
        <button type="submit" className="button primary" disabled={busy || !from || !to} data-testid="compare-run">
          {busy ? t.busy : t.run}
        </button>
        {shown && (
          <button type="button" className="button" onClick={clear} data-testid="compare-clear">
            {t.clear}
          </button>
        )}
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {result && (
        <div data-testid="compare-result" aria-live="polite">
          <p className="muted">
            {t.range(formatDateNl(result.from), formatDateNl(result.to))}{' '}
            <span style={{ color: DIFF_COLORS.added }}>{t.added}</span>, <span style={{ color: DIFF_COLORS.removed }}>{t.removed}</span>
            {result.sleutelfiguren && (
              <>
                , <span style={{ color: DIFF_COLORS.gained }}>{t.gained}</span>
              </>
            )}
            .
          </p>
          <table className="history-figures" data-testid="compare-figures">
            <caption>{t.keyFigures}</caption>
            <thead>
              <tr>
                <th scope="col">{t.figure}</th>
                <th scope="col">{formatDateNl(result.from)}</th>
                <th scope="col">{formatDateNl(result.to)}</th>
                <th scope="col">{t.change}</th>
              </tr>
            </thead>
            <tbody>
              {(Object.keys(KEY_FIGURES) as (keyof KeyFigures)[]).map((key) => (
                <tr key={key}>
                  <th scope="row">{KEY_FIGURES[key]}</th>
                  <td>{formatNumber(result.figures.before[key])}</td>
                  <td>{formatNumber(result.figures.after[key])}</td>
                  <td>{signed(result.figures.change[key])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ChangeList title={t.left(result.nodes.left.length)} testId="compare-left" items={result.nodes.left.map((n) => ({ key: n.id, content: <>{name(n.id, n.name)} <span className="muted">{[kindNl(n.kind), n.reason, n.endDate && t.since(formatDateNl(n.endDate))].filter(Boolean).join(', ')}</span></> }))} />
          <ChangeList title={t.joined(result.nodes.joined.length)} testId="compare-joined" items={result.nodes.joined.map((n) => ({ key: n.id, content: <>{name(n.id, n.name)} <span className="muted">{[kindNl(n.kind), n.reason].filter(Boolean).join(', ')}</span></> }))} />
          <ChangeList title={t.endedTies(result.ties.ended.length)} testId="compare-ended-ties" items={result.ties.ended.map((t) => ({ key: t.id, content: <>{t.fromName} – {t.toName} <span className="muted">{[tieNl(t.type), t.reason].filter(Boolean).join(', ')}</span></> }))} />
          <ChangeList title={t.newTies(result.ties.new.length)} testId="compare-new-ties" items={result.ties.new.map((t) => ({ key: t.id, content: <>{t.fromName} – {t.toName} <span className="muted">{tieNl(t.type)}</span></> }))} />
          {result.sleutelfiguren && (
            <>
              <ChangeList title={t.gainedFigures(result.sleutelfiguren.gained.length)} testId="compare-gained" items={result.sleutelfiguren.gained.map((f) => ({ key: f.id, content: <>{name(f.id, f.name)} <span className="muted">{f.explanation}</span></> }))} />
              <ChangeList title={t.lostFigures(result.sleutelfiguren.lost.length)} testId="compare-lost" items={result.sleutelfiguren.lost.map((f) => ({ key: f.id, content: <>{name(f.id, f.name)} <span className="muted">{f.explanation}</span></> }))} />
            </>
          )}
          {result.gaps ? (
            <>
              <ChangeList title={t.openedGaps(result.gaps.opened.length)} testId="compare-opened" items={result.gaps.opened.map((g) => ({ key: g.id, content: <><strong>{g.title}</strong> <span className="muted">{g.explanation}</span></> }))} />
              <ChangeList
                title={t.closedGaps(result.gaps.closed.length)}
                testId="compare-closed"
                items={result.gaps.closed.map((g) => ({
                  key: g.id,
                  content: (
                    <>
                      <strong>{g.title}</strong>
                      {g.departed?.length ? <span className="warning">{t.departed}</span> : null}
                    </>
                  ),
                }))}
              />
            </>
          ) : (
            <p className="muted">{t.chooseGebied}</p>
          )}
        </div>
      )}
      <div className="history-trends" data-testid="trends">
        <h3>
          {nl.history.trends.per}{' '}
          <select value={period} onChange={(e) => setPeriod(e.target.value as 'month' | 'quarter')} aria-label={nl.history.trends.period}>
            <option value="quarter">{nl.history.trends.quarter}</option>
            <option value="month">{nl.history.trends.month}</option>
          </select>
        </h3>
        {series === null ? (
          <p className="muted">{nl.history.trends.loading}</p>
        ) : series.length === 0 ? (
          <p className="muted">{nl.history.trends.none}</p>
        ) : (
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem' }}>
            {TREND_FIGURES.map((key) => (
              <Sparkline key={key} label={KEY_FIGURES[key]} values={series.map((s) => s.figures[key])} partialLast={!!series.at(-1)?.partial} />
            ))}
          </div>
        )}
      </div>
    </section>
  );
}

function ChangeList({ title, items, testId }: { title: string; items: { key: string; content: React.ReactNode }[]; testId: string }) {
  const [open, setOpen] = useState(false);
  const shown = open ? items : items.slice(0, 8);
  return (
    <details open={items.length > 0 && items.length <= 8} data-testid={testId}>
      <summary>{title}</summary>
      <ul>
        {shown.map((item) => (
          <li key={item.key}>{item.content}</li>
        ))}
      </ul>
      {items.length > shown.length && (
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          {t.showAll(items.length)}
        </button>
      )}
    </details>
  );
}

function signed(value: number): string {
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

/** A kind inside a sentence: persoon, organisatie… */
function kindNl(kind: string): string {
  return nl.kinds[kind as NodeKind]?.toLowerCase() ?? kind;
}

function tieNl(type: string): string {
  return nl.tieTypes[type as TieType] ?? type.toLowerCase().replace(/_/g, ' ');
}
