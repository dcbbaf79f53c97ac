/**
 * Hole 7 (data/demo/README.md): stale ties. Some KENT ties between residents
 * of Haarlemmerhout, Vijfhoek/Raaks/Doelen and Bosch en Vaart have had no
 * contact for over a year. Ordinary KENT ties get a lastContact after the
 * stale date, so these are the only stale ones.
 */
import { toDay, toIso } from '../calendar.ts';
import type { NetworkBuilder } from '../network-builder.ts';

const STALE_WIJKEN = ['haarlemmerhout', 'vijfhoek_raaks_doelen', 'bosch_en_vaart'];
const STALE_TIE_COUNT = 24;

/** Returns the ids of the stale ties, sorted. */
export function makeTiesStale(network: NetworkBuilder): string[] {
  const rng = network.rng;
  const residents = new Set(STALE_WIJKEN.flatMap((w) => network.buurtenOfWijk.get(w)!.flatMap((b) => network.residentsOfBuurt.get(b)!)));
  const candidates = network.ties.filter(
    (t) =>
      t.type === 'KENT' &&
      !t.endDate &&
      residents.has(t.from) &&
      residents.has(t.to) &&
      toDay(t.startDate!) <= toDay('2025-06-01') &&
      !network.reservedPersons.has(t.from) &&
      !network.reservedPersons.has(t.to),
  );
  const stale = rng.sample(candidates, STALE_TIE_COUNT).sort((x, y) => (x.id < y.id ? -1 : 1));
  for (const t of stale) t.lastContact = toIso(rng.int(toDay(t.startDate!), toDay('2025-10-15')));
  return stale.map((t) => t.id);
}
