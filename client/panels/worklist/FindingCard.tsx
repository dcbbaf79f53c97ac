/** One finding on the work list: the finding (a click highlights it), its state, its introductions, and what can be done with it. */
import { kindOfNodeId, type NodeKind } from '../../../server/model/index.ts';
import { suggestsIntroduction, type WorkItem } from '../../../server/model/wire/findings.ts';
import { updateView } from '../../core/app/loading.ts';
import { app } from '../../core/app/state.ts';
import { useStore } from '../../core/store/index.ts';
import { useMayEdit } from '../../core/session/rights.ts';
import { markFinding } from '../../core/worklist/actions.ts';
import { endsOf } from '../../core/worklist/ends.ts';
import { formatDateLong } from '../../i18n/format.ts';
import { nl } from '../../i18n/nl.ts';
import { useApiSubmit } from '../Form.tsx';
import { AssignForm } from './AssignForm.tsx';
import { ContactForm } from './ContactForm.tsx';
import { Introductions } from './Introductions.tsx';
import { NotApplicableForm } from './NotApplicableForm.tsx';
import type { OpenAction } from './open-action.ts';
import { ProposeForm } from './ProposeForm.tsx';
import { TieForm } from './TieForm.tsx';

const t = nl.worklist;

export function FindingCard({ item, gone, current, active, open, setOpen }: { item: WorkItem; gone: boolean; current: boolean; active: boolean; open: OpenAction | null; setOpen: (open: OpenAction | null) => void }) {
  const { work } = item;
  // A button's refusal is about no field of a form: the whole sentence shows beside it.
  const { busy, message: error, run } = useApiSubmit([]);
  const may = useMayEdit();
  const close = () => setOpen(null);
  const act = (action: OpenAction['action']) => setOpen(open?.action === action ? null : { id: item.id, action });
  const mark = (status: 'afgehandeld' | 'open') =>
    run(async () => {
      await markFinding(item.id, { status });
      close();
    });
  const ends = endsOf(item);
  const keyFigure = useKeyFigureAmong(item.analysis === 'overbelasting' ? item.nodes : []);
  // The server says who may mark, assign and propose here; a tie also needs the map's edit rights from its first end.
  const canAct = work.mayAct && current && !gone;
  const mayAddTie = !!ends.from && may({ action: 'addTie', from: ends.from, kind: kindOfNodeId(ends.from) as NodeKind });
  return (
    <li className={`work-item status-${work.status}${gone ? ' is-gone' : ''}`} data-work={item.id} data-status={work.status}>
      <button className={`finding${active ? ' is-active' : ''}`} aria-pressed={active} data-finding={item.id} onClick={() => updateView({ finding: active ? undefined : item.id, whatIf: undefined })}>
        <span className={`badge severity-${item.severity}`}>{nl.severities[item.severity]}</span>
        <span className="finding-title">{item.title}</span>
        <span className="finding-text">{item.explanation}</span>
        <span className="finding-meta">{nl.analysis.involved(item.nodes.length, item.ties.length)}</span>
      </button>
      {keyFigure && (
        <p className="work-line">
          <button className="link-button key-figure-link" onClick={() => updateView({ panel: 'sleutelfiguren', selected: keyFigure.id })}>
            {nl.sleutelfiguren.alsoKeyFigure(keyFigure.name, keyFigure.rank)}
          </button>
        </p>
      )}
      {gone && <p className="work-line muted">{t.gone}</p>}
      {work.mark && (
        <p className="work-line" data-testid="work-mark">
          <span className={`work-status status-${work.mark.status}`}>{t.markedBy(t.status[work.mark.status], work.mark.byName, formatDateLong(work.mark.at))}</span>
          {work.mark.reason && <span className="muted"> · {t.reason(work.mark.reason)}</span>}
        </p>
      )}
      {work.reopened && (
        <p className="work-line work-reopened" data-testid="work-reopened">
          {t.reopened(t.status[work.reopened.status], work.reopened.byName, formatDateLong(work.reopened.at))}
        </p>
      )}
      {work.assignee && (
        <p className="work-line muted" data-testid="work-assignee">
          {t.assignedTo(work.assignee.name, work.assignee.byName, formatDateLong(work.assignee.at))}
        </p>
      )}
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
          {mayAddTie && (
            <button className="button" aria-expanded={open?.action === 'tie'} onClick={() => act('tie')} data-action="tie">
              {t.actions.addTie}
            </button>
          )}
          {item.analysis === 'verouderde-banden' && item.ties.length > 0 && (
            <button className="button" aria-expanded={open?.action === 'contact'} onClick={() => act('contact')} data-action="contact">
              {t.actions.contact}
            </button>
          )}
        </div>
      )}
      {error && (
        <p className="field-error work-line" role="alert">
          {error}
        </p>
      )}
      {canAct && open?.action === 'reason' && <NotApplicableForm id={item.id} onDone={close} />}
      {canAct && open?.action === 'assign' && <AssignForm item={item} onDone={close} />}
      {canAct && open?.action === 'propose' && <ProposeForm item={item} ends={ends} onDone={close} />}
      {canAct && mayAddTie && open?.action === 'tie' && <TieForm ends={ends} onDone={close} />}
      {canAct && item.analysis === 'verouderde-banden' && open?.action === 'contact' && <ContactForm item={item} onDone={close} />}
    </li>
  );
}

/** The first of these nodes on the same day's sleutelfiguren list, with its place (1 = first). */
function useKeyFigureAmong(nodes: readonly string[]): { id: string; name: string; rank: number } | null {
  const figures = useStore(app, (state) => state.sleutelfiguren);
  if (!nodes.length || figures.state !== 'ready') return null;
  const index = figures.data.items.findIndex((figure) => nodes.includes(figure.id));
  return index < 0 ? null : { id: figures.data.items[index]!.id, name: figures.data.items[index]!.name, rank: index + 1 };
}
