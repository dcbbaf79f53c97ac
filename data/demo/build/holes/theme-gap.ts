/**
 * Hole 6 (data/demo/README.md): a theme with no offer. Nobody offers schulden
 * in Ter Kleef and Zuiderpolder: the organisations with a schulden theme leave
 * these wijken out of their working area (city/organisations.ts), and no
 * schulden initiative is placed there.
 */
import type { DemoHoles } from '../../../../server/services/demo/load-demo.ts';
import { wijkId } from '../city/geography.ts';
import { themeId } from '../city/themes.ts';

export const THEME_GAP_WIJKEN = ['ter_kleef', 'zuiderpolder'];

const THEME_GAP_THEME = 'schulden';

export function themeGapManifest(): DemoHoles['themeGap'] {
  return { theme: themeId(THEME_GAP_THEME), wijken: THEME_GAP_WIJKEN.map(wijkId) };
}
