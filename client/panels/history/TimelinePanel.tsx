/**
 * Timeline slider: the map's date ("zoals het netwerk was op…"), in month
 * steps over the network's date range, with play/pause. Controlled: the map
 * owns the date (`value`), this panel asks for changes (`onChange`).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatDateNl } from '../../i18n/format.ts';
import { nl } from '../../i18n/nl.ts';

const t = nl.history.timeline;

export interface TimelinePanelProps {
  /** The shown date (YYYY-MM-DD); undefined = today. */
  value: string | undefined;
  onChange: (date: string | undefined) => void;
  /** First and last day of the network's history (GET /api/history/range). */
  min: string;
  max: string;
  /** Milliseconds per month step while playing; default 900. */
  stepMs?: number;
  /** Controlled play state (optional). */
  playing?: boolean;
  onPlayingChange?: (playing: boolean) => void;
}

/** First day of every month from min to max, and max itself last. */
export function monthSteps(min: string, max: string): string[] {
  const steps: string[] = [];
  const date = new Date(`${min.slice(0, 7)}-01T00:00:00Z`);
  for (let guard = 0; guard < 1200; guard++) {
    const iso = date.toISOString().slice(0, 10);
    if (iso > max) break;
    steps.push(iso < min ? min : iso);
    date.setUTCMonth(date.getUTCMonth() + 1);
  }
  if (steps.at(-1) !== max) steps.push(max);
  return steps;
}

export function TimelinePanel({ value, onChange, min, max, stepMs = 900, playing: playingProp, onPlayingChange }: TimelinePanelProps) {
  const steps = useMemo(() => monthSteps(min, max), [min, max]);
  const [playingState, setPlayingState] = useState(false);
  const playing = playingProp ?? playingState;
  const setPlaying = (next: boolean) => (onPlayingChange ? onPlayingChange(next) : setPlayingState(next));
  const current = value ?? max;
  const index = Math.max(0, steps.findIndex((step) => step >= current) === -1 ? steps.length - 1 : steps.findIndex((step) => step >= current));
  const indexRef = useRef(index);
  indexRef.current = index;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = indexRef.current + 1;
      if (next >= steps.length) {
        setPlaying(false);
        return;
      }
      onChange(next === steps.length - 1 && !value ? undefined : steps[next]);
    }, stepMs);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, steps, stepMs]);

  const play = () => {
    if (!playing && index >= steps.length - 1) onChange(steps[0]);
    setPlaying(!playing);
  };

  return (
    <section className="panel-section history-timeline" aria-labelledby="timeline-title" data-testid="timeline">
      <h2 id="timeline-title" className="panel-title">
        {t.title}
      </h2>
      <div style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
        <button type="button" className="button" onClick={play} aria-pressed={playing} data-testid="timeline-play">
          {playing ? t.pause : t.play}
        </button>
        <input
          type="range"
          min={0}
          max={steps.length - 1}
          step={1}
          value={index}
          aria-label={t.slider}
          aria-valuetext={formatDateNl(steps[index]!)}
          data-testid="timeline-slider"
          style={{ flex: 1 }}
          onChange={(event) => {
            setPlaying(false);
            const next = Number(event.target.value);
            onChange(next === steps.length - 1 ? undefined : steps[next]);
          }}
        />
      </div>
      <p className="muted" aria-live="polite" data-testid="timeline-date">
        {value ? t.at(formatDateNl(value)) : t.now(formatDateNl(max))}
        {value && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => (setPlaying(false), onChange(undefined))}>
              {t.toNow}
            </button>
          </>
        )}
      </p>
    </section>
  );
}
