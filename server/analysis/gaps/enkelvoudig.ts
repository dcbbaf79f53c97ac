/**
 * Enkelvoudig: single points of failure. A person or organisation is one when
 * taking it away cuts the network (an articulation point of the social graph)
 * in a way that matters, or when a wijkteam reaches every initiative it is
 * linked to through that one member. Bridges (the only tie between two groups)
 * are reported too.
 *
 * Each finding states its frame, and the frame is checked before it speaks:
 * - a wijkteam's link ("Enige verbinding wijkteam–initiatieven"): the node is
 *   a member or a direct partner of the team, and the initiatives it alone
 *   links are the team's own (in the area the team works in, `servesArea`);
 * - an informal group's only door ("Enige verbinding met de formele
 *   wereld"): removing the node leaves a group without any formal node;
 * - else a team's own link that runs through the node further away.
 * A resident's professional reach (one professional as the only door of a
 * resident or a small group) is isolatie's frame.
 *
 * Severity:
 * - hoog: the only link between a wijkteam and one or more of its own
 *   initiatives, or between an informal group (with an initiative, or at
 *   least `minSplitOff` nodes) and the formal world, runs through this one
 *   person/organisation;
 * - middel: removing it splits off a group of at least `minSplitOff` nodes;
 * - laag: a bridge tie with at least `minSplitOff` nodes on each side.
 * A cut point that only leaves single residents, or small groups of residents
 * only (`isSmallResidentPiece`), behind is not reported here (that is
 * isolatie).
 */
import type { Finding } from '../../model/index.ts';
import { servesArea } from '../placement.ts';
import { byRank, nameOf } from '../projection.ts';
import { bridgeKey, splitsOffSomething } from '../what-if/cut-sides.ts';
import type { Piece } from '../what-if/pieces.ts';
import { type AnalysisContext, count, finding, membersNl, names, subjectKey } from './context.ts';
import { isSmallResidentPiece } from './isolatie.ts';

export interface EnkelvoudigOptions {
  /** Smallest group that counts as "a group" split off. Default 3. */
  minSplitOff: number;
}

export const ENKELVOUDIG_DEFAULTS: EnkelvoudigOptions = { minSplitOff: 3 };

export function enkelvoudig(ctx: AnalysisContext, options: Partial<EnkelvoudigOptions> = {}): Finding[] {
  const { minSplitOff } = { ...ENKELVOUDIG_DEFAULTS, ...options };
  const { projection } = ctx;
  const graph = projection.graph;
  const measures = ctx.structure();
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const { sides, bridgeSides, loss } = measures.cuts;
  const rank = byRank(projection);
  const ranked = (ids: readonly string[]) => [...ids].sort(rank);
  const largest = (pieces: Piece[]) => pieces.sort((a, b) => b.size - a.size || rank(a.first, b.first))[0]!;

  for (const id of measures.all.articulationPoints) {
    const kind = graph.getNodeAttribute(id, 'kind');
    if (kind !== 'persoon' && kind !== 'organisatie') continue;
    if (!splitsOffSomething(sides.get(id), minSplitOff)) continue;
    const impact = loss(id);
    const who = nameOf(projection, id);
    const wijk = graph.getNodeAttribute(id, 'wijk');
    const teamLinks = impact.wijkteamInitiatives;
    // The frame: a wijkteam's own link (this node is a member or a partner of the team), else an informal group's only door, else a team's link further away.
    const ownTeamLinks = teamLinks.filter(([team]) => graph.hasEdge(id, team));
    const cutOff = impact.informalCutOff.filter((piece) => !isSmallResidentPiece(piece)).filter((piece) => piece.size >= minSplitOff || piece.initiatives > 0);
    const bigSplits = impact.splitOff.filter((piece) => piece.size >= minSplitOff && !isSmallResidentPiece(piece));
    const frame = ownTeamLinks.length ? 'wijkteam' : cutOff.length ? 'formeel' : teamLinks.length ? 'wijkteam' : bigSplits.length ? 'groep' : undefined;
    if (frame === 'wijkteam') {
      const links = ownTeamLinks.length ? ownTeamLinks : teamLinks;
      const [team, inis] = links.sort((a, b) => b[1].length - a[1].length || rank(a[0], b[0]))[0]!;
      const more = links.length > 1 ? ` (en ${count(links.length - 1, 'ander wijkteam', 'andere wijkteams')})` : '';
      findings.push(
        finding(
          'enkelvoudig',
          id,
          'hoog',
          `Enige verbinding wijkteam–initiatieven: ${who}`,
          `De verbinding tussen ${nameOf(projection, team)}${more} en ${count(inis.length, 'initiatief', 'initiatieven')} (${names(projection, ranked(inis), 3)}) loopt alleen via ${who}; als ${who} vertrekt, valt die weg.`,
          [id, ...new Set(links.flatMap(([t, list]) => [t, ...list]))],
          impact.lostTies,
          wijk,
        ),
      );
    } else if (frame === 'formeel') {
      const piece = largest(cutOff).nodes();
      const lead = ranked(piece).find((n) => graph.getNodeAttribute(n, 'kind') === 'initiatief') ?? ranked(piece)[0]!;
      findings.push(
        finding(
          'enkelvoudig',
          id,
          'hoog',
          `Enige verbinding met de formele wereld: ${who}`,
          `De informele groep rond ${nameOf(projection, lead)} (${membersNl(projection, piece)}) is alleen via ${who} verbonden met wijkteam, organisaties en professionals; als ${who} vertrekt, valt die verbinding weg.`,
          [id, ...piece],
          impact.lostTies,
          wijk,
        ),
      );
    } else if (frame === 'groep') {
      const piece = largest(bigSplits).nodes();
      findings.push(
        finding(
          'enkelvoudig',
          id,
          'middel',
          `Knooppunt zonder vervanging: ${who}`,
          `${who} is de enige verbinding met een groep van ${membersNl(projection, piece)} (${names(projection, ranked(piece), 3)}); als ${who} vertrekt, raakt die groep los van de rest.`,
          [id, ...piece],
          impact.lostTies,
          wijk,
        ),
      );
    } else continue;
    reported.add(id);
  }

  // A wijkteam that reaches all its initiatives through one member (and no referral of its own).
  graph.forEachNode((team, attributes) => {
    if (attributes.kind !== 'wijkteam') return;
    const carriers = new Map<string, string[]>();
    let direct = false;
    graph.forEachNeighbor(team, (member, memberAttributes) => {
      if (memberAttributes.kind === 'initiatief') direct = true;
      if (memberAttributes.kind !== 'persoon') return;
      const inis = graph.filterNeighbors(member, (n, a) => a.kind === 'initiatief' && servesArea(projection, team, n));
      if (inis.length) carriers.set(member, inis);
    });
    if (direct || carriers.size !== 1) return;
    const [[member, inis]] = [...carriers];
    if (reported.has(member)) return;
    const who = nameOf(projection, member);
    const ties = inis.flatMap((ini) => graph.getEdgeAttribute(member, ini, 'ties')).concat(graph.getEdgeAttribute(team, member, 'ties'));
    findings.push(
      finding(
        'enkelvoudig',
        `${team}:${member}`,
        'hoog',
        `Enige verbinding wijkteam–initiatieven: ${who}`,
        `De verbinding tussen ${attributes.name} en ${count(inis.length, 'initiatief', 'initiatieven')} (${names(projection, ranked(inis), 3)}) loopt alleen via ${who}; als ${who} vertrekt, valt die weg.`,
        [member, team, ...inis],
        ties,
        attributes.wijk ?? graph.getNodeAttribute(member, 'wijk'),
      ),
    );
    reported.add(member);
  });

  // Bridges between two real groups.
  for (const [a, b] of measures.all.bridges) {
    if (graph.degree(a) < 2 || graph.degree(b) < 2) continue;
    const [one, other] = bridgeSides.get(bridgeKey(a, b)) ?? [0, 0];
    const size = one + other;
    const smaller = Math.min(one, other);
    if (smaller < minSplitOff) continue;
    const tie = graph.getEdgeAttributes(a, b);
    findings.push(
      finding(
        'enkelvoudig',
        `brug:${subjectKey([a, b])}`,
        'laag',
        `Enige band tussen twee groepen: ${nameOf(projection, a)} – ${nameOf(projection, b)}`,
        `De band tussen ${nameOf(projection, a)} en ${nameOf(projection, b)} is de enige tussen twee groepen, een van ${smaller} en een van ${size - smaller}; valt die weg, dan staan de groepen los van elkaar.`,
        [a, b],
        tie.ties,
        graph.getNodeAttribute(a, 'wijk') ?? graph.getNodeAttribute(b, 'wijk'),
      ),
    );
  }
  return findings;
}
