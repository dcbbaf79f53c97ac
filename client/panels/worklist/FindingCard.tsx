/** One finding on the work list: the finding (a click highlights it), its state, its introductions, and what can be done with it. */
import { useState } from 'react';
import { suggestsIntroduction, type WorkItem } from '../../../server/model/wire/findings.ts';
import { updateView } from '../../core/app/loading.ts';
import { toast } from '../../core/app/state.ts';
import { ApiError } from '../../core/api/index.ts';
import { markFinding } from '../../core/worklist/actions.ts';
import { endsOf } from '../../core/worklist/ends.ts';
import { formatDateNl } from '../../i18n/format.ts';
import { nl } from '../../i18n/nl.ts';
import { AssignForm } from './AssignForm.tsx';
import { ContactForm } from './ContactForm.tsx';
import { Introductions } from './Introductions.tsx';
import { NotApplicableForm } from './NotApplicableForm.tsx';
import type { OpenAction } from './open-action.ts';
import { ProposeForm } from './ProposeForm.tsx';
import { TieForm } from './TieForm.tsx';

const t = nl.worklist;

const day = (at: string) => formatDateNl(at.slice(0, 10));

export function FindingCard({ item, gone, current, active, open, setOpen }: { item: WorkItem; gone: boolean; current: boolean; active: boolean; open: OpenAction | null; setOpen: (open: OpenAction | null) => void }) {
  const { work } = item;
  const [busy, setBusy] = useState(false);
  const close = () => setOpen(null);
  const act = (action: OpenAction['action']) => setOpen(open?.action === action ? null : { id: item.id, action });
  const mark = async (status: 'afgehandeld' | 'open') => {
    setBusy(true);
    try {
      await markFinding(item.id, { status });
      close();
    } catch (error) {
      toast(error instanceof ApiError ? error.message : nl.errors.unknown, 'error');
    } finally {
      setBusy(false);
    }
  };
  const ends = endsOf(item);
  const canAct = work.mayAct && current && !gone;
  return (
    <li className={`work-item status-${work.status}${gone ? ' is-gone' : ''}`} data-work={item.id} data-status={work.status}>
      <button className={`finding${active ? ' is-active' : ''}`} aria-pressed={active} data-finding={item.id} onClick={() => updateView({ finding: active ? undefined : item.id, whatIf: undefined })}>
        <span className={`badge severity-${item.severity}`}>{nl.severities[item.severity]}</span>
        <span className="finding-title">{item.title}</span>
        <span className="finding-text">{item.explanation}</span>
        <span className="finding-meta">{nl.analysis.involved(item.nodes.length, item.ties.length)}</span>
      </button>
      {gone && <p className="work-line muted">{t.gone}</p>}
      {work.mark && (
        <p className="work-line" data-testid="work-mark">
          <span className={`work-status status-${work.mark.status}`}>{t.markedBy(t.status[work.mark.status], work.mark.byName, day(work.mark.at))}</span>
          {work.mark.reason && <span className="muted"> · {t.reason(work.mark.reason)}</span>}
        </p>
      )}
      {work.reopened && (
        <p className="work-line work-reopened" data-testid="work-reopened">
          {t.reopened(t.status[work.reopened.status], work.reopened.byName, day(work.reopened.at))}
        </p>
      )}
      {work.assignee && <p className="work-line muted">{t.assignedTo(work.assignee.name)}</p>}
      <Introductions item={item} canAct={canAct} open={open} setOpen={setOpen} />
      {canAct && (
        <div className="button-row wrap work-actions" role="group" aria-label={t.actions.label}>
          {work.status === 'open' ? (
            <>
              <button className="button" disabled={busy} onClick={() => void mark('afgehandeld')} data-action="afgehandeld">
                {t.actions.done}
              </button>
              <button className="button" aria-expanded={open?.action === 'reason'} onClick={() => act('reason')} data-action="niet-van-toepassing">
                {t.actions.notApplicable}
              </button>
            </>
          ) : (
            <button className="button" disabled={busy} onClick={() => void mark('open')} data-action="open">
              {t.actions.reopen}
            </button>
          )}
          <button className="button" aria-expanded={open?.action === 'assign'} onClick={() => act('assign')} data-action="assign">
            {t.actions.assign}
          </button>
          {suggestsIntroduction(item) && ends.choices.length >= 2 && (
            <button className="button" aria-expanded={open?.action === 'propose'} onClick={() => act('propose')} data-action="propose">
              {t.actions.propose}
            </button>
          )}
          {ends.from && (
            <button className="button" aria-expanded={open?.action === 'tie'} onClick={() => act('tie')} data-action="tie">
              {t.actions.addTie}
            </button>
          )}
          {item.ties.length > 0 && (
            <button className="button" aria-expanded={open?.action === 'contact'} onClick={() => act('contact')} data-action="contact">
              {t.actions.contact}
            </button>
          )}
        </div>
      )}
      {canAct && open?.action === 'reason' && <NotApplicableForm id={item.id} onDone={close} />}
      {canAct && open?.action === 'assign' && <AssignForm item={item} onDone={close} />}
      {canAct && open?.action === 'propose' && <ProposeForm item={item} ends={ends} onDone={close} />}
      {canAct && open?.action === 'tie' && <TieForm ends={ends} onDone={close} />}
      {canAct && open?.action === 'contact' && <ContactForm item={item} onDone={close} />}
    </li>
  );
}
