/** What the legend shows, for the screen and for the PNG export. */
import { currentHighlight } from '../core/app/highlight.ts';
import type { AppState } from '../core/app/state.ts';
import { COMMUNITY_COLORS, HIGHLIGHT, NODE_COLORS, NODE_STYLE_ORDER, TIE_GROUP_COLORS, TIE_GROUP_ORDER, rampColor } from '../core/appearance/index.ts';
import type { LegendSection } from '../core/export/index.ts';
import { DIFF_COLORS } from '../core/history/diff-styles.ts';
import { formatDateNl } from '../i18n/format.ts';
import { nl } from '../i18n/nl.ts';

/** A node style in words: a kind, or for a person bewoner, sleutelfiguur or professional. */
export const styleLabel = (style: string): string => (nl.personStyles as Record<string, string>)[style] ?? nl.kinds[style as keyof typeof nl.kinds];

export function legendSections(state: AppState): LegendSection[] {
  const sections: LegendSection[] = [];
  const { colorBy, sizeBy } = state.view;
  const measures = state.measures.state === 'ready' ? state.measures.data : null;
  if (colorBy === 'community' && measures) {
    sections.push({
      title: nl.legend.communities(measures.communities.count),
      entries: COMMUNITY_COLORS.slice(0, Math.min(6, measures.communities.count)).map((color, index) => ({ label: `${nl.measures.community} ${index + 1}`, color, shape: 'dot' })),
    });
  } else if (colorBy !== 'kind' && measures) {
    sections.push({
      title: nl.measures[colorBy] ?? colorBy,
      entries: [
        { label: 'laag', color: rampColor(0.05), shape: 'dot' },
        { label: 'hoog', color: rampColor(1), shape: 'dot' },
      ],
    });
  } else {
    sections.push({ title: nl.legend.nodes, entries: NODE_STYLE_ORDER.map((style) => ({ label: styleLabel(style), color: NODE_COLORS[style], shape: 'dot' })) });
  }
  sections.push({ title: nl.legend.ties, entries: TIE_GROUP_ORDER.map((group) => ({ label: nl.tieGroups[group], color: TIE_GROUP_COLORS[group], shape: 'line' })) });
  const highlight = currentHighlight(state);
  if (highlight?.kind === 'finding') sections.push({ title: nl.legend.highlight, entries: [{ label: nl.legend.highlight, color: HIGHLIGHT.finding, shape: 'line' }] });
  if (highlight?.kind === 'whatif')
    sections.push({
      title: nl.panels.whatIf,
      entries: [
        { label: nl.legend.lost, color: HIGHLIGHT.lost, shape: 'line' },
        { label: nl.legend.splitOff, color: HIGHLIGHT.splitOff, shape: 'dot' },
      ],
    });
  if (state.view.compare && state.comparison.state === 'ready') {
    const { from, to, sleutelfiguren } = state.comparison.data;
    sections.push({
      title: nl.legend.compare(formatDateNl(from), formatDateNl(to)),
      entries: [
        { label: nl.legend.compareAdded, color: DIFF_COLORS.added, shape: 'line' },
        { label: nl.legend.compareRemoved, color: DIFF_COLORS.removed, shape: 'line' },
        ...(sleutelfiguren ? [{ label: nl.legend.compareGained, color: DIFF_COLORS.gained, shape: 'dot' as const }] : []),
      ],
    });
  }
  const sizeName = nl.measures[measures || sizeBy === 'degree' ? sizeBy : 'degree'] ?? sizeBy;
  sections[0]!.note = nl.legend.size(sizeName.toLowerCase());
  return sections;
}
