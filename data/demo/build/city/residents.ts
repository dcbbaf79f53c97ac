/** The ordinary residents of every buurt, who they know, and the sleutelfiguren among them. */
import type { PersonRole } from '../../../../server/model/index.ts';
import { DEMO_START, toDay, toIso } from '../calendar.ts';
import { NO_SLEUTELFIGUUR_WIJK } from '../holes/no-opbouwwerker.ts';
import type { NetworkBuilder } from '../network-builder.ts';
import { WIJKEN } from './geography.ts';

/** Each wijk's residents, spread over its buurten in turn. Some came later, a few moved away. */
export function addResidents(network: NetworkBuilder) {
  const rng = network.rng;
  const lateStart = () => toIso(rng.int(toDay('2025-01-01'), toDay('2026-09-30')));
  const movedAway = () => toIso(rng.int(toDay('2025-12-01'), toDay('2026-09-30')));
  for (const wijk of WIJKEN) {
    const buurten = network.buurtenOfWijk.get(wijk.key)!;
    for (let i = 0; i < wijk.residents; i++) {
      const buurt = buurten[i % buurten.length];
      const roles: PersonRole[] = ['bewoner'];
      if (rng.chance(0.08)) roles.push('mantelzorger');
      const late = rng.chance(0.18);
      const moved = !late && rng.chance(0.025);
      const person = network.addPerson({ roles, start: late ? lateStart() : DEMO_START, end: moved ? movedAway() : undefined });
      network.addResidence(person, buurt, { startDate: network.startOf(person), source: rng.pick(['intake', 'sneeuwbal', 'inventarisatie'] as const), recordedBy: network.recorderIn(wijk.key) });
    }
  }
}

/** KENT among residents: preferential attachment within the buurt, some to other buurten of the wijk and the stadsdeel. */
export function residentsKnowEachOther(network: NetworkBuilder) {
  const rng = network.rng;
  for (const [buurt, residents] of network.residentsOfBuurt) {
    const recordedBy = network.recorderIn(network.wijkOfBuurt.get(buurt)!);
    // one entry per tie end, so well-known residents are picked more often
    const tieEnds: string[] = [];
    residents.forEach((person, i) => {
      if (i > 0) {
        const count = rng.weighted([1, 2, 3], [35, 45, 20]);
        for (let k = 0; k < count; k++) {
          const other = tieEnds.length && rng.chance(0.75) ? rng.pick(tieEnds) : residents[rng.int(0, i - 1)];
          if (network.addKent(person, other, { recordedBy })) tieEnds.push(person, other);
        }
      }
      tieEnds.push(person);
    });
  }
  for (const wijk of WIJKEN) {
    const recordedBy = network.recorderIn(wijk.key);
    const buurten = network.buurtenOfWijk.get(wijk.key)!;
    for (const buurt of buurten) {
      for (const person of network.residentsOfBuurt.get(buurt)!) {
        if (rng.chance(0.14) && buurten.length > 1) {
          const otherBuurt = rng.pick(buurten.filter((b) => b !== buurt));
          network.addKent(person, rng.pick(network.residentsOfBuurt.get(otherBuurt)!), { recordedBy });
        }
        if (rng.chance(0.05)) {
          const otherWijk = rng.pick(WIJKEN.filter((w) => w.stadsdeel === wijk.stadsdeel && w.key !== wijk.key));
          const otherBuurt = rng.pick(network.buurtenOfWijk.get(otherWijk.key)!);
          network.addKent(person, rng.pick(network.residentsOfBuurt.get(otherBuurt)!), { recordedBy });
        }
      }
    }
  }
}

/**
 * Two or three sleutelfiguren per wijk, with wide networks; none in the wijk
 * of hole 1b. The overloaded volunteers (hole 5) are sleutelfiguren of their
 * wijk already and get their networks in their own step.
 */
export function addSleutelfiguren(network: NetworkBuilder, overloaded: string[]) {
  const rng = network.rng;
  for (const wijk of WIJKEN) {
    const sleutelfiguren = overloaded.filter((p) => network.wijkOfResident(p) === wijk.key);
    if (wijk.key !== NO_SLEUTELFIGUUR_WIJK) {
      const candidates = network.availableResidentsOfWijk(wijk.key).filter((p) => network.node(p).startDate === DEMO_START && !overloaded.includes(p));
      for (const person of rng.sample(candidates, rng.int(2, 3))) {
        network.addRole(person, 'sleutelfiguur');
        sleutelfiguren.push(person);
      }
    }
    for (const sleutelfiguur of sleutelfiguren) {
      if (overloaded.includes(sleutelfiguur)) continue;
      for (const other of rng.sample(network.availableResidentsOfWijk(wijk.key), rng.int(8, 14))) {
        network.addKent(sleutelfiguur, other, { strength: rng.int(2, 5), source: 'sneeuwbal', recordedBy: network.recorderIn(wijk.key) });
      }
    }
    network.sleutelfigurenOf.set(wijk.key, sleutelfiguren);
  }
}
