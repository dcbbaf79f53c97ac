/**
 * Hole 1 (data/demo/README.md): a wijk without an opbouwwerker, so its
 * Driehoek is incomplete; and 1b, a wijk without a sleutelfiguur. The steps
 * that hand out opbouwwerkers and sleutelfiguren leave these wijken out.
 */
import type { DemoHoles } from '../../../../server/services/demo/load-demo.ts';
import { wijkId } from '../city/geography.ts';
import type { NetworkBuilder } from '../network-builder.ts';

export const NO_OPBOUWWERKER_WIJK = 'spaarndammerwijk';

export const NO_SLEUTELFIGUUR_WIJK = 'zuiderpolder';

export function noOpbouwwerkerManifest(network: NetworkBuilder): DemoHoles['noOpbouwwerker'] {
  return {
    wijk: wijkId(NO_OPBOUWWERKER_WIJK),
    wijkteam: network.wijkteamOf.get(NO_OPBOUWWERKER_WIJK)!,
    gebiedsverbinders: network.personsActiefIn(NO_OPBOUWWERKER_WIJK, 'gebiedsverbinder'),
  };
}

export function noSleutelfiguurManifest(): DemoHoles['noSleutelfiguur'] {
  return { wijk: wijkId(NO_SLEUTELFIGUUR_WIJK) };
}
