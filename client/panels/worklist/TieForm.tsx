/** "Band toevoegen" from a finding: the map's own tie form, from one of the finding's nodes, with the other end filled in where the finding names one. */
import { useId, useState } from 'react';
import { kindOfNodeId, type NodeKind } from '../../../server/model/index.ts';
import { displayName } from '../../core/app/loading.ts';
import type { Ends } from '../../core/worklist/ends.ts';
import { nl } from '../../i18n/nl.ts';
import { TieCreator } from '../TieCreator.tsx';

export function TieForm({ ends, onDone }: { ends: Ends; onDone: () => void }) {
  const id = useId();
  const [from, setFrom] = useState(ends.from!);
  const to = from === ends.from && ends.to ? { id: ends.to, name: displayName(ends.to), kind: kindOfNodeId(ends.to) as NodeKind } : undefined;
  return (
    <div className="work-form" data-testid="work-tie-form">
      {ends.choices.length > 1 && (
        <div className="field">
          <label htmlFor={id}>{nl.worklist.tie.from}</label>
          <select id={id} value={from} onChange={(event) => setFrom(event.target.value)}>
            {ends.choices.map((choice) => (
              <option key={choice} value={choice}>
                {displayName(choice)}
              </option>
            ))}
          </select>
        </div>
      )}
      <TieCreator key={from} from={from} kind={kindOfNodeId(from) as NodeKind} to={to} onDone={onDone} />
    </div>
  );
}
