/**
 * The history panels mounted on the map screen: the timeline drives the map's
 * `at` filter, the compare view compares the map's first gebied filter and
 * puts the comparison in the view (see client/core/app/compare.ts).
 */
import { useEffect, useState } from 'react';
import { updateView } from '../../core/app/loading.ts';
import { app } from '../../core/app/state.ts';
import { useStore } from '../../core/store/index.ts';
import type { HistoryRange } from '../../../server/model/wire/history.ts';
import { historyApi } from '../../core/api/history.ts';
import { ComparePanel } from './ComparePanel.tsx';
import { TimelinePanel } from './TimelinePanel.tsx';

export function HistoryMount() {
  const at = useStore(app, (state) => state.view.filters.at);
  const gebied = useStore(app, (state) => state.view.filters.gebied[0]);
  const [range, setRange] = useState<HistoryRange | null>(null);
  // The history's requests (range, then the compare view's snapshots, costly on a large network) wait until the map is drawn, so as not to hold it up.
  const mapDrawn = useStore(app, (state) => state.status === 'ready' && !state.drawing);

  useEffect(() => {
    if (mapDrawn && !range) historyApi.range().then(setRange, () => setRange(null));
  }, [mapDrawn, range]);

  if (!range) return null;
  return (
    <>
      <TimelinePanel value={at} min={range.min} max={range.max} onChange={(date) => updateView({ filters: { ...app.get().view.filters, at: date } })} />
      <ComparePanel key={gebied ?? 'stad'} gebied={gebied} min={range.min} max={range.max} />
    </>
  );
}
