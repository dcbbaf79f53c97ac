/**
 * The gaps panel as a work list: the findings by kind, open first, with
 * filters (open, aan mij, afgehandeld, niet van toepassing, alle) and their
 * counts; a click highlights a finding on the map, and each can be worked
 * on in place (see `worklist/FindingCard.tsx`). The order holds while the
 * user works (`core/worklist/listing.ts`), so acting never moves the list.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { WorkList } from '../../server/model/wire/findings.ts';
import { ensureGaps, ensureSleutelfiguren } from '../core/app/analysis.ts';
import { updateView } from '../core/app/loading.ts';
import { app } from '../core/app/state.ts';
import { currentUser } from '../core/session/index.ts';
import { useStore } from '../core/store/index.ts';
import { WORK_FILTERS, countsOf, freshListing, keptListing, type Listing, type WorkFilter } from '../core/worklist/listing.ts';
import { formatDateLong } from '../i18n/format.ts';
import { nl } from '../i18n/nl.ts';
import { AnalysisState } from './Analysis.tsx';
import { FindingCard } from './worklist/FindingCard.tsx';
import type { OpenAction } from './worklist/open-action.ts';

const t = nl.worklist;

export function GapsPanel() {
  const gaps = useStore(app, (state) => state.gaps);
  const [me, setMe] = useState('');
  useEffect(() => {
    void currentUser.then((user) => setMe(user.username));
  }, []);
  useEffect(() => {
    void ensureGaps();
    // An overloaded person who is also a sleutelfiguur says so on the card.
    void ensureSleutelfiguren();
  }, [gaps.state]);
  return <AnalysisState value={gaps} retry={() => void ensureGaps(true)}>{(list) => <WorkListView list={list} me={me} />}</AnalysisState>;
}

function WorkListView({ list, me }: { list: WorkList; me: string }) {
  const selected = useStore(app, (state) => state.view.finding);
  const gebied = useStore(app, (state) => state.view.filters.gebied);
  const [filter, setFilter] = useState<WorkFilter>('open');
  const [open, setOpen] = useState<OpenAction | null>(null);
  const scope = JSON.stringify([gebied, list.at]);
  const kept = useRef<Listing | null>(null);
  const listing = useMemo(() => {
    const previous = kept.current;
    return (kept.current = previous && previous.filter === filter && previous.scope === scope ? keptListing(previous, list.findings, me) : freshListing(list.findings, filter, me, scope));
  }, [list, filter, scope, me]);
  const counts = countsOf(list.findings, me);
  const reopened = list.findings.filter((item) => item.work.reopened).length;

  if (!list.findings.length) return <div className="state-box">{nl.analysis.noFindings}</div>;
  return (
    <div className="findings" data-testid="gaps">
      <div className="work-filters segmented" role="group" aria-label={t.filtersLabel}>
        {WORK_FILTERS.map((option) => (
          <button key={option} className={filter === option ? 'is-on' : undefined} aria-pressed={filter === option} data-filter={option} title={t.filterTitles[option]} onClick={() => (setFilter(option), setOpen(null))}>
            {t.filters[option]} <span className="count">{counts[option]}</span>
          </button>
        ))}
      </div>
      <div className="panel-toolbar">
        <span className="muted small" data-testid="work-summary">
          {t.summary[filter](counts[filter])}
          {filter === 'open' && reopened > 0 && t.reopenedCount(reopened)}
        </span>
        {selected && (
          <button className="link-button" onClick={() => updateView({ finding: undefined })}>
            {nl.analysis.clearHighlight}
          </button>
        )}
      </div>
      {!list.current && <p className="state-box small">{t.pastDay(formatDateLong(list.at))}</p>}
      {!listing.groups.length && <div className="state-box">{t.empty[filter]}</div>}
      {listing.groups.map((group) => (
        <details key={group.analysis} className="finding-group" open>
          <summary>
            <span>{nl.gapAnalyses[group.analysis]}</span>
            <span className="count">{group.entries.filter((entry) => !entry.gone).length}</span>
          </summary>
          <ul>
            {group.entries.map(({ item, gone }) => (
              <FindingCard key={item.id} item={item} gone={gone} current={list.current} active={item.id === selected} open={open?.id === item.id ? open : null} setOpen={setOpen} />
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
