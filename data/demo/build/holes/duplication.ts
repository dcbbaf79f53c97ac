/**
 * Hole 3 (data/demo/README.md): duplication. Humanitas and Leger des Heils
 * both work on schulden in Schalkwijk-Midden without any tie between them;
 * the pass that lets such organisations work together skips this pair.
 */
import type { DemoHoles } from '../../../../server/services/demo/load-demo.ts';
import { wijkId } from '../city/geography.ts';
import { themeId } from '../city/themes.ts';

export const DUPLICATED_ORGANISATIONS: [string, string] = ['org_humanitas', 'org_leger_des_heils'];

export function duplicationManifest(): DemoHoles['duplication'] {
  return { wijk: wijkId('schalkwijk_midden'), theme: themeId('schulden'), organisations: DUPLICATED_ORGANISATIONS };
}
