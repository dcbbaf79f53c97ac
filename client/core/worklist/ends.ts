/**
 * The two ends a finding suggests, for "stel voor" and "band toevoegen": the
 * nodes of the finding that can be an end (persons, organisations,
 * initiatives, wijkteams), and which two to start with. For a kans to
 * introduce two initiatives: their trekkers when both have one (people meet
 * people), else the initiatives; for a dubbeling: the two organisations;
 * otherwise the node the finding is first about.
 */
import { introducible, type WorkItem } from '../../../server/model/wire/findings.ts';
import { runtime } from '../app/state.ts';

export interface Ends {
  choices: string[];
  from?: string;
  to?: string;
}

export function endsOf(item: Pick<WorkItem, 'id' | 'analysis' | 'nodes'>): Ends {
  const choices = item.nodes.filter(introducible);
  if (item.id.startsWith('kansen:introductie:')) {
    const [a, b] = choices;
    const trekkerOf = (initiative: string | undefined) => choices.find((id) => id.startsWith('per_') && !!initiative && runtime.catalog.hasNode(id) && runtime.catalog.hasNode(initiative) && runtime.catalog.areNeighbors(id, initiative));
    const [ta, tb] = [trekkerOf(a), trekkerOf(b)];
    return ta && tb ? { choices, from: ta, to: tb } : { choices, from: a, to: b };
  }
  if (item.analysis === 'dubbeling') return { choices, from: choices[0], to: choices[1] };
  return { choices, from: choices[0] };
}
