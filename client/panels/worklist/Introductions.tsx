/** The introductions recorded from a finding: who to whom, how it went, and the tie it can become. */
import { kindOfNodeId, type NodeKind } from '../../../server/model/index.ts';
import type { Introduction, IntroductionStatus, WorkItem } from '../../../server/model/wire/findings.ts';
import { introductionTie, setIntroductionStatus } from '../../core/worklist/actions.ts';
import { formatDateLong } from '../../i18n/format.ts';
import { nl } from '../../i18n/nl.ts';
import { useApiSubmit } from '../Form.tsx';
import { TieCreator } from '../TieCreator.tsx';
import type { OpenAction } from './open-action.ts';

const t = nl.worklist.introduction;

export function Introductions({ item, canAct, open, setOpen }: { item: WorkItem; canAct: boolean; open: OpenAction | null; setOpen: (open: OpenAction | null) => void }) {
  if (!item.introductions.length) return null;
  return (
    <ul className="introductions" aria-label={t.listLabel}>
      {item.introductions.map((introduction) => (
        <IntroductionLine
          key={introduction.id}
          item={item}
          introduction={introduction}
          canAct={canAct}
          tieOpen={open?.action === 'introduction-tie' && open.introduction === introduction.id}
          toggleTie={(on) => setOpen(on ? { id: item.id, action: 'introduction-tie', introduction: introduction.id } : null)}
        />
      ))}
    </ul>
  );
}

function IntroductionLine({ item, introduction, canAct, tieOpen, toggleTie }: { item: WorkItem; introduction: Introduction; canAct: boolean; tieOpen: boolean; toggleTie: (on: boolean) => void }) {
  const last = introduction.changed ?? introduction.proposed;
  // A button's refusal is about no field of a form: the whole sentence shows beside it.
  const { busy, message: error, run } = useApiSubmit([]);
  const set = (status: IntroductionStatus) => void run(() => setIntroductionStatus(item.id, introduction.id, status));
  const open = !introduction.tieId && introduction.status !== 'afgewezen';
  return (
    <li className={`introduction status-${introduction.status}`} data-introduction={introduction.id} data-status={introduction.status}>
      <span>{t.line(introduction.from.name, introduction.to.name, t.status[introduction.status], last.byName, formatDateLong(last.at))}</span>
      {introduction.tieId && <span className="muted small"> · {t.isTie}</span>}
      {canAct && open && (
        <span className="button-row wrap">
          {introduction.status !== 'gedaan' && (
            <button className="button" disabled={busy} onClick={() => set('gedaan')} data-action="gedaan">
              {t.done}
            </button>
          )}
          <button className="button" disabled={busy} onClick={() => set('afgewezen')} data-action="afgewezen">
            {t.declined}
          </button>
          <button className="button" aria-expanded={tieOpen} onClick={() => toggleTie(!tieOpen)} data-action="introduction-tie">
            {t.makeTie}
          </button>
        </span>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
      {canAct && open && tieOpen && (
        <TieCreator
          from={introduction.from.id}
          kind={kindOfNodeId(introduction.from.id) as NodeKind}
          to={{ id: introduction.to.id, name: introduction.to.name, kind: kindOfNodeId(introduction.to.id) as NodeKind }}
          lockTo
          create={(body) => introductionTie(item.id, introduction.id, body)}
          onDone={() => toggleTie(false)}
        />
      )}
    </li>
  );
}
