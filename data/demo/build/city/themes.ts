/** The demo's themes: the seven maatschappelijke doelen and nine concrete themes. */
import type { NetworkBuilder } from '../network-builder.ts';

export const THEMES = {
  // the seven maatschappelijke doelen
  sociale_verbondenheid: { name: 'Sociale verbondenheid', category: 'doel' },
  inzet_voor_elkaar: { name: 'Inzet voor elkaar en de buurt', category: 'doel' },
  redzaamheid: { name: 'Redzaamheid', category: 'doel' },
  financiele_situatie: { name: 'Financiële situatie', category: 'doel' },
  gezondheid: { name: 'Gezondheid', category: 'doel' },
  jeugd: { name: 'Jeugd groeit gezond en veilig op', category: 'doel' },
  waardevol_werk: { name: 'Waardevol werk', category: 'doel' },
  // concrete themes
  eenzaamheid: { name: 'Eenzaamheid', category: 'thema' },
  armoede: { name: 'Armoede', category: 'thema' },
  schulden: { name: 'Schulden', category: 'thema' },
  taal_digitaal: { name: 'Taal en digitale vaardigheid', category: 'thema' },
  ouderen: { name: 'Ouderen', category: 'thema' },
  mantelzorg: { name: 'Mantelzorg', category: 'thema' },
  nieuwkomers: { name: 'Nieuwkomers', category: 'thema' },
  veiligheid: { name: 'Veiligheid', category: 'thema' },
  opvoeding: { name: 'Opvoeding', category: 'thema' },
} as const;

export type ThemeKey = keyof typeof THEMES;

export const THEME_KEYS = Object.keys(THEMES) as ThemeKey[];

export const themeId = (key: ThemeKey): string => `thm_${key}`;

export function addThemes(network: NetworkBuilder) {
  for (const key of THEME_KEYS) network.addNode('thema', themeId(key), THEMES[key].name, { category: THEMES[key].category });
}
