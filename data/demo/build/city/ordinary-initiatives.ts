/**
 * The initiatives every wijk has, from the templates, and the pilots'
 * initiatives with the schulden offers; with their trekkers, deelnemers and
 * vrijwilligers.
 */
import { DEMO_START, TODAY, toDay, toIso } from '../calendar.ts';
import { CLOSED_GROUP_BUURT } from '../holes/closed-group.ts';
import { HEALTHY_WIJK } from '../holes/healthy-wijk.ts';
import { CLUSTER_BUURT } from '../holes/isolated-cluster.ts';
import { INTRODUCTION_BUURT } from '../holes/missed-chances.ts';
import type { NetworkBuilder } from '../network-builder.ts';
import { WIJKEN, WIJK_BY_KEY } from './geography.ts';
import { INITIATIVE_TEMPLATES } from './initiative-templates.ts';
import { addInitiative, type InitiativeSpec } from './initiatives.ts';

interface Turnout {
  trekkers?: number;
  deelnemers?: number;
  vrijwilligers?: number;
}

/**
 * Trekkers, deelnemers and vrijwilligers drawn from the buurt (mostly) and
 * the wijk; a sleutelfiguur is trekker half the time. The overloaded
 * volunteers (hole 5) get their initiatives in their own step.
 */
function populate(network: NetworkBuilder, overloaded: string[], initiative: string, wijk: string, buurt: string, turnout: Turnout = {}) {
  const rng = network.rng;
  const recordedBy = network.recorderIn(wijk);
  const local = network.availableResidents(buurt);
  const wide = network.availableResidentsOfWijk(wijk).filter((p) => !local.includes(p));
  const sleutelfiguren = network.sleutelfigurenOf.get(wijk)!.filter((s) => !overloaded.includes(s));
  const trekkerCount = turnout.trekkers ?? rng.int(1, 2);
  const trekkers = sleutelfiguren.length && rng.chance(0.5) ? [rng.pick(sleutelfiguren)] : [];
  for (const p of rng.sample(local, trekkerCount - trekkers.length)) trekkers.push(p);
  for (const p of trekkers) network.joinInitiative('TREKKER_VAN', p, initiative, { source: 'sneeuwbal', recordedBy });
  const deelnemerCount = turnout.deelnemers ?? rng.int(4, 13);
  for (let k = 0; k < deelnemerCount; k++) {
    const p = rng.chance(0.85) || !wide.length ? rng.pick(local) : rng.pick(wide);
    if (!trekkers.includes(p)) network.joinInitiative('DEELNEMER_AAN', p, initiative, { recordedBy, ...(rng.chance(0.06) ? { endDate: toIso(rng.int(toDay('2025-06-01'), TODAY - 10)) } : {}) });
  }
  const vrijwilligerCount = turnout.vrijwilligers ?? rng.int(0, 3);
  for (const p of rng.sample(local, vrijwilligerCount)) if (!trekkers.includes(p)) network.joinInitiative('VRIJWILLIGER_BIJ', p, initiative, { recordedBy });
}

/** An initiative of the wijk's own, counted among its ordinary initiatives. */
function addWijkInitiative(network: NetworkBuilder, spec: InitiativeSpec): string {
  const id = addInitiative(network, spec);
  network.initiativesOfWijk.get(spec.wijk)!.push(id);
  return id;
}

function addPopulatedWijkInitiative(network: NetworkBuilder, overloaded: string[], spec: InitiativeSpec, turnout?: Turnout): string {
  const id = addWijkInitiative(network, spec);
  populate(network, overloaded, id, spec.wijk, spec.buurt, turnout);
  return id;
}

/** Buurten of the sealed planted groups (holes 4, 9a, 10): no ordinary initiatives there. */
const SEALED_BUURTEN = [CLUSTER_BUURT, CLOSED_GROUP_BUURT, INTRODUCTION_BUURT];

/** At most this many ordinary initiatives stop during the history. */
const MAX_STOPPED = 5;

/** Three or more initiatives per wijk, six in the healthy wijk and in the wijken of the overloaded volunteers. */
export function addOrdinaryInitiatives(network: NetworkBuilder, overloaded: string[]) {
  const rng = network.rng;
  const sealed = new Set(SEALED_BUURTEN.map((name) => network.buurtId(name)));
  let stoppedCount = 0;
  for (const wijk of WIJKEN) {
    const buurten = network.buurtenOfWijk.get(wijk.key)!.filter((b) => !sealed.has(b));
    const count = wijk.key === HEALTHY_WIJK || overloaded.some((p) => network.wijkOfResident(p) === wijk.key) ? 6 : Math.max(3, Math.round(wijk.residents / 16));
    rng.sample(INITIATIVE_TEMPLATES, count).forEach((template, i) => {
      const buurt = buurten[i % buurten.length];
      const name = template.name.replace('{w}', wijk.name).replace('{b}', network.node(buurt).name);
      const late = rng.chance(0.15);
      const stops = !late && wijk.key !== HEALTHY_WIJK && stoppedCount < MAX_STOPPED && rng.chance(0.06);
      if (stops) stoppedCount++;
      addPopulatedWijkInitiative(network, overloaded, {
        name,
        wijk: wijk.key,
        buurt,
        themes: template.themes,
        doel: template.doel,
        placeTypes: template.placeTypes,
        description: template.description,
        start: late ? toIso(rng.int(toDay('2025-02-01'), toDay('2026-08-01'))) : DEMO_START,
        end: stops ? toIso(rng.int(toDay('2025-12-01'), toDay('2026-06-30'))) : undefined,
      });
    });
  }
}

export interface PilotInitiatives {
  /** The pilot of Noord-Noord (hole 2). */
  stopDeSchulden: string;
  /** The pilot of Oost 1 (hole 2b). */
  wijkfabriek: string;
  /** Stop de schulden and the five Weg met geldstress inlopen. */
  schuldenOffers: string[];
}

/** [wijk, buurt] of the Weg met geldstress inlopen; none in the wijken of hole 6. */
const GELDSTRESS_INLOPEN: [string, string][] = [
  ['schalkwijk_midden', 'Schalkwijk-Centrum'],
  ['rozenprieel', 'Rozenprieel-Zuid'],
  ['slachthuisbuurt', 'Rustenburg'],
  ['frans_hals', 'Frans Halsbuurt'],
  ['meerwijk', 'Meerwijk-Noord'],
];

/** The pilots' initiatives, with the turnout of their first season. */
const PILOTS: (Omit<InitiativeSpec, 'buurt'> & { buurtName: string; turnout: Turnout })[] = [
  { name: 'Stop de schulden', wijk: 'delftwijk', buurtName: 'Delftwijk-Noord', themes: ['schulden', 'armoede'], doel: 'financiele_situatie', place: 'plk_de_horizon', description: 'Workshop en terugkomochtenden: onder begeleiding van een vrijwilliger zelf aan de slag met je schulden.', turnout: { deelnemers: 8, vrijwilligers: 4 } },
  { name: 'De Wijkfabriek', wijk: 'slachthuisbuurt', buurtName: 'Slachthuisbuurt-Noord', themes: ['eenzaamheid', 'armoede'], doel: 'inzet_voor_elkaar', place: 'plk_de_wijkfabriek', description: 'Gangmakers maken het kleine collectieve in de wijk zichtbaar en verbinden bestaande initiatieven.', turnout: { trekkers: 3, deelnemers: 10 } },
];

export function addPilotInitiatives(network: NetworkBuilder, overloaded: string[]): PilotInitiatives {
  const rng = network.rng;
  const [stopDeSchulden, wijkfabriek] = PILOTS.map(({ buurtName, turnout, ...spec }) =>
    addPopulatedWijkInitiative(network, overloaded, { ...spec, buurt: network.buurtId(buurtName) }, turnout),
  );
  const schuldenOffers = [stopDeSchulden];
  for (const [wijk, buurtName] of GELDSTRESS_INLOPEN) {
    const buurt = network.buurtId(buurtName);
    const id = addWijkInitiative(network, {
      name: `Weg met geldstress ${WIJK_BY_KEY.get(wijk)!.name}`,
      wijk,
      buurt,
      themes: ['schulden', 'armoede'],
      doel: 'financiele_situatie',
      placeTypes: ['buurtcentrum', 'bibliotheek'],
      description: 'Inloop voor vragen over geld, post en schulden.',
    });
    // drawn once the initiative exists, as the order of random draws is part of the demo
    populate(network, overloaded, id, wijk, buurt, { deelnemers: rng.int(5, 9), vrijwilligers: 2 });
    schuldenOffers.push(id);
  }
  return { stopDeSchulden, wijkfabriek, schuldenOffers };
}
