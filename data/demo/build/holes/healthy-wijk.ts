/**
 * Hole 0 (data/demo/README.md): the control. Parkwijk is healthy and an
 * analysis should find no holes there. The other steps spare it: it gets six
 * initiatives, none of them stop, no KENT tie of its residents fades, and
 * three members of its wijkteam support initiatives.
 */
import { kindOfNodeId } from '../../../../server/model/index.ts';
import type { DemoHoles } from '../../../../server/services/demo/load-demo.ts';
import { TODAY, activeOnDay } from '../calendar.ts';
import { wijkId } from '../city/geography.ts';
import { THEME_KEYS, themeId } from '../city/themes.ts';
import type { NetworkBuilder } from '../network-builder.ts';

export const HEALTHY_WIJK = 'parkwijk';

export const HEALTHY_TEAM_LINKING_MEMBERS = 3;

/** Themes on offer in a wijk today: of initiatives in its buurten and organisations working there. */
function themesOnOffer(network: NetworkBuilder, wijk: string): Set<string> {
  const offered = new Set<string>();
  for (const [id, themes] of network.themesOf) {
    const here = kindOfNodeId(id) === 'organisatie' ? network.wijkenOfOrganisation.get(id)!.has(wijkId(wijk)) : network.wijkOfBuurt.get(network.buurtOfInitiative.get(id) ?? '') === wijk;
    if (here && activeOnDay(network.node(id), TODAY)) for (const theme of themes) offered.add(theme);
  }
  return offered;
}

export function checkHealthyWijkOffersEveryTheme(network: NetworkBuilder) {
  const offered = themesOnOffer(network, HEALTHY_WIJK);
  const missing = THEME_KEYS.filter((key) => !offered.has(themeId(key)));
  if (missing.length) throw new Error(`gezonde wijk mist thema's: ${missing.join(', ')}`);
}

/** `linkingMembers`: wijkteam id -> the members who support initiatives. */
export function healthyWijkManifest(network: NetworkBuilder, linkingMembers: Map<string, string[]>): DemoHoles['healthy'] {
  const wijkteam = network.wijkteamOf.get(HEALTHY_WIJK)!;
  return {
    wijk: wijkId(HEALTHY_WIJK),
    wijkteam,
    opbouwwerkers: network.personsActiefIn(HEALTHY_WIJK, 'opbouwwerker'),
    gebiedsverbinders: network.personsActiefIn(HEALTHY_WIJK, 'gebiedsverbinder'),
    sleutelfiguren: network.sleutelfigurenOf.get(HEALTHY_WIJK)!.slice().sort(),
    linkingMembers: linkingMembers.get(wijkteam)!.slice().sort(),
  };
}
