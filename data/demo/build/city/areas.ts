/** The gebieden: Haarlem, its stadsdelen, wijken and buurten, with CBS-like codes. */
import { slug } from '../../../../server/services/demo/names.ts';
import type { NetworkBuilder } from '../network-builder.ts';
import { STADSDELEN, WIJKEN, wijkId } from './geography.ts';

export function addAreas(network: NetworkBuilder) {
  network.addNode('gebied', 'geb_haarlem', 'Haarlem', { level: 'stad', code: 'GM0392' });
  for (const stadsdeel of STADSDELEN) network.addNode('gebied', `geb_sd_${stadsdeel.key}`, `Stadsdeel ${stadsdeel.name}`, { level: 'stadsdeel', parentId: 'geb_haarlem' });
  WIJKEN.forEach((wijk, wijkIndex) => {
    const wijkCode = String(wijkIndex).padStart(2, '0');
    network.addNode('gebied', wijkId(wijk.key), wijk.name, { level: 'wijk', code: `WK0392${wijkCode}`, parentId: `geb_sd_${wijk.stadsdeel}` });
    const buurtIds: string[] = [];
    wijk.buurten.forEach((buurtName, buurtIndex) => {
      const id = `geb_bu_${slug(buurtName)}`;
      network.addNode('gebied', id, buurtName, { level: 'buurt', code: `BU0392${wijkCode}${String(buurtIndex).padStart(2, '0')}`, parentId: wijkId(wijk.key) });
      buurtIds.push(id);
      network.wijkOfBuurt.set(id, wijk.key);
      network.residentsOfBuurt.set(id, []);
    });
    network.buurtenOfWijk.set(wijk.key, buurtIds);
    network.placesOfWijk.set(wijk.key, []);
    network.initiativesOfWijk.set(wijk.key, []);
  });
}
