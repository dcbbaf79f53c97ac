/**
 * The history panels mounted on the map screen: the timeline drives the map's
 * `at` filter, the compare view uses the map's first gebied filter and colours
 * the map with the difference (composed over the map's own reducers).
 */
import { useEffect, useRef, useState } from 'react';
import { updateView } from '../core/app/loading.ts';
import { app, runtime } from '../core/app/state.ts';
import { useStore } from '../core/store/index.ts';
import type { HistoryRange } from '../../server/model/wire/history.ts';
import { historyApi } from '../core/api/history.ts';
import { ComparePanel } from './ComparePanel.tsx';
import type { DiffStyles } from './diff-styles.ts';
import { TimelinePanel } from './TimelinePanel.tsx';

type Reducer = ((key: string, data: Record<string, unknown>) => Record<string, unknown>) | null;

export function HistoryMount() {
  const at = useStore(app, (state) => state.view.filters.at);
  const gebied = useStore(app, (state) => state.view.filters.gebied[0]);
  const hovered = useStore(app, (state) => state.hovered);
  const selected = useStore(app, (state) => state.view.selected ?? null);
  const renderVersion = useStore(app, (state) => state.renderVersion);
  const [range, setRange] = useState<HistoryRange | null>(null);
  const [diff, setDiff] = useState<DiffStyles | null>(null);
  const bases = useRef<{ node: Reducer; edge: Reducer } | null>(null);

  useEffect(() => {
    historyApi.range().then(setRange, () => setRange(null));
  }, []);

  // After the map sets its reducers, add the diff colours on top.
  useEffect(() => {
    const timer = setTimeout(() => {
      const sigma = runtime.sigma;
      if (!sigma) return;
      if (!diff) {
        if (bases.current) sigma.setSetting('nodeReducer', bases.current.node as never), sigma.setSetting('edgeReducer', bases.current.edge as never);
        bases.current = null;
        return;
      }
      // The map's own reducers: what it set last (not our composition).
      if (!bases.current || !(sigma.getSetting('nodeReducer') as { composed?: true } | null)?.composed) {
        bases.current = { node: sigma.getSetting('nodeReducer') as Reducer, edge: sigma.getSetting('edgeReducer') as Reducer };
      }
      const baseNode = bases.current.node;
      const baseEdge = bases.current.edge;
      const nodeReducer = Object.assign(
        (node: string, data: Record<string, unknown>) => {
          const out = baseNode ? baseNode(node, data) : { ...data };
          const color = diff.nodeColors[node];
          return color ? { ...out, color, forceLabel: true, zIndex: 50 } : out;
        },
        { composed: true as const },
      );
      sigma.setSetting('nodeReducer', nodeReducer as never);
      sigma.setSetting('edgeReducer', ((edge: string, data: Record<string, unknown>) => {
        const out = baseEdge ? baseEdge(edge, data) : { ...data };
        const color = diff.edgeColors[edge];
        return color ? { ...out, color, size: Math.max(2, Number(out.size ?? 1)), zIndex: 50 } : out;
      }) as never);
    }, 0);
    return () => clearTimeout(timer);
  }, [diff, hovered, selected, renderVersion]);

  if (!range) return null;
  return (
    <>
      <TimelinePanel value={at} min={range.min} max={range.max} onChange={(date) => updateView({ filters: { ...app.get().view.filters, at: date } })} />
      <ComparePanel
        key={gebied ?? 'stad'}
        gebied={gebied}
        min={range.min}
        max={range.max}
        onDiff={(styles) => setDiff(styles)}
      />
    </>
  );
}
