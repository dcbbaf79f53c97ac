/** Residents planted for a hole: random picks of the other steps never touch them. */
import { DEMO_START } from '../calendar.ts';
import type { NetworkBuilder, PersonSpec, TieProps } from '../network-builder.ts';

export function addReservedResident(network: NetworkBuilder, buurt: string, spec: PersonSpec, residence: TieProps): string {
  const person = network.addPerson(spec);
  network.reservedPersons.add(person);
  network.addResidence(person, buurt, { startDate: DEMO_START, ...residence });
  return person;
}
