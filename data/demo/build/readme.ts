/** Renders data/demo/README.md from the built demo, so the documented ids always match the data. */
import type { NetworkData } from '../../../server/model/index.ts';
import { daysBetween } from '../../../server/model/period.ts';
import type { DemoHoles } from '../../../server/services/demo/load-demo.ts';
import { DEMO_START } from './calendar.ts';
import { SUCCESSOR } from './holes/departure.ts';

export function renderDemoReadme(data: NetworkData, h: DemoHoles): string {
  const name = new Map(data.nodes.map((n) => [n.id, n.name] as const));
  const who = (id: string) => `\`${id}\` (${name.get(id) ?? '?'})`;
  const list = (ids: readonly string[]) => ids.map(who).join(', ');
  const codes = (ids: readonly string[]) => ids.map((id) => `\`${id}\``).join(', ');
  /** A date of the files, with where it lies from the demo's today (which is the day the demo is loaded). */
  const when = (date: string) => `${date} (${daysBetween(date, h.today)} days before today)`;
  const byKind: Record<string, number> = {};
  for (const n of data.nodes) byKind[n.kind] = (byKind[n.kind] ?? 0) + 1;
  const byType: Record<string, number> = {};
  for (const t of data.ties) byType[t.type] = (byType[t.type] ?? 0) + 1;

  return `# Demo: the sociale basis of Haarlem

A seeded, deterministic demo network of Haarlem's neighbourhoods, for trying out
Wijknetwerk and for the analysis tests.

- \`nodes.json\` and \`ties.json\`: the network. Each node is \`{id, kind, name, ...fields}\`; each tie is \`{id, type, from, to, ...fields}\`. Both are valid against the model in \`server/model\`.
- \`holes.json\`: a machine-readable copy of the planted holes below, with the exact ids.
- \`build/\`: the builder, which generates all four files. Run \`npm run demo:build\` (that is \`npx tsx data/demo/build/index.ts\`). The output is committed, so a fresh clone needs no build step. \`build/demo-network.ts\` lists the steps in order; \`build/city/\` builds the ordinary city and \`build/holes/\` has one module per planted hole below. \`readDemoNetwork()\` in \`server/services/demo/load-demo.ts\` loads and validates the files, and moves their dates to the day they are loaded (see *Time*); \`readDemoHoles()\` gives the holes with their dates moved the same way.

## What is real, and what is invented

- **Geography.** The stadsdelen, the wijk names and most buurt names follow Haarlem's own division. The gemeentecode 0392 is real. The codes \`WK0392xx\` and \`BU0392xxxx\` are CBS-like, numbered in list order, and **approximate**: they are not the official CBS codes. Some buurt boundaries are simplified.
- **Organisations and places.** These are named in the source documents: DOCK, Haarlem Effect, Zorgbalans, Kennemerhart, RIBW K/AM, MEE/De Wering, CJG, the gemeente teams (MO, W&I, SMSR), Elan Wonen, Pré Wonen, Ymere, Humanitas, Leger des Heils, KBO/PCOB, BUUV, Geloven in de stad, Stem in de stad, Fonds Urgente Noden, the Participatieraad, De Horizon, De Wijkfabriek, the Broederhuis, De Hamelink, Kindervreugd and "Stop de schulden". Their working areas, themes and mutual ties are **plausible, not factual**. Schools, wijkraden, shops, churches' names and most buurthuizen are invented.
- **Persons.** All persons are fictitious: random combinations of common Dutch and multicultural first and last names. No real private person is meant.
- **Time.** The files hold the demo as of its build day, **${h.today}**, and every date on this page is as in the files. Loading the demo (on the server's first start, and in the tests) moves every date by the days from the build day to the day it is loaded: the start and end dates of nodes and ties, last contacts, consent dates, recording times, and the quarter of each referral. So the demo's "today" is the day it is loaded, and the holes below are what a new user sees in any year: a date "N days before today" here is N days before the day of loading. The analyses measure from the real today. Its history runs for two years up to today (${DEMO_START} to ${h.today} in the files). Most ties start in the first inventory; others start later. Some residents joined later, a few moved away, a few initiatives stopped, and some ties ended.

## Size

${data.nodes.length} nodes and ${data.ties.length} ties.

| kind | count |
| --- | --- |
${Object.entries(byKind)
  .map(([k, v]) => `| ${k} | ${v} |`)
  .join('\n')}

| tie type | count |
| --- | --- |
${Object.entries(byType)
  .map(([k, v]) => `| ${k} | ${v} |`)
  .join('\n')}

## History (for monitoring)

- ${data.ties.filter((t) => t.endDate).length} ties have an \`endDate\`.
- ${data.nodes.filter((n) => n.kind === 'persoon' && n.endDate).length} persons left. Most moved away; one is the planted departure, hole 2b.
- These initiatives stopped: ${data.nodes
    .filter((n) => n.kind === 'initiatief' && n.endDate)
    .map((n) => `\`${n.id}\` on ${when(String(n.endDate))}`)
    .join(', ')}.
- ${data.ties.filter((t) => (t.startDate ?? '') > '2025-06-01').length} ties started after ${when('2025-06-01')}.

## Conventions the holes rely on

${h.conventions.map((c) => `- ${c}`).join('\n')}
- A tie carries \`startDate\`, sometimes \`endDate\`, and provenance: \`source\`, \`recordedBy\` (usually the id of the professional who recorded it) and \`recordedAt\`. Personal ties also carry \`consentBasis\`. KENT ties carry \`strength\`, \`trust\` and \`lastContact\`. VERWIJST_NAAR ties carry \`count\` and \`period\` (one tie per quarter, e.g. \`2026-Q2\`).

## Planted holes

Each hole sits in a named place. The demo tests (\`tests/demo/demo-data.test.ts\`) assert every one of them.

### 0. A healthy wijk: ${who(h.healthy.wijk)}

Parkwijk is the control: an analysis should find **no holes here**.
- The Driehoek is complete. Wijkteam ${who(h.healthy.wijkteam)} works here.
  - Opbouwwerkers: ${list(h.healthy.opbouwwerkers)}.
  - Gebiedsverbinder: ${list(h.healthy.gebiedsverbinders)}.
- Sleutelfiguren: ${list(h.healthy.sleutelfiguren)}.
- Every theme (all 7 doelen and all 9 concrete themes) has an offer.
- The team has direct referrals (VERWIJST_NAAR) to initiatives, and three members support initiatives: ${list(h.healthy.linkingMembers)}. No link depends on one person.
- No isolated residents, no stale ties, no faded (ended) KENT ties of its residents, no duplication.

### 1. A wijk without an opbouwwerker: ${who(h.noOpbouwwerker.wijk)}

- No person with the role \`opbouwwerker\` is ACTIEF_IN Spaarndammerwijk, so the Driehoek is incomplete there.
- The other two legs are present: wijkteam ${who(h.noOpbouwwerker.wijkteam)} and gebiedsverbinder ${list(h.noOpbouwwerker.gebiedsverbinders)}.
- Every other wijk has at least one opbouwwerker.
- **1b.** ${who(h.noSleutelfiguur.wijk)} has **no sleutelfiguur**: no resident with that role lives in its buurten. Every other wijk has one.

### 2. A wijkteam linked to the initiatives through one person: ${who(h.singlePersonLink.wijkteam)}

This is the pilots' story from Noord-Noord.
- ${who(h.singlePersonLink.person)} is an enthusiastic wijkteamlid (WERKT_BIJ \`org_haarlem_effect\`). She is the team's only link to the collective activities. She ONDERSTEUNT ${list(h.singlePersonLink.initiatives)}.
- The other members, ${codes(h.singlePersonLink.otherMembers)}, have no tie to any initiative.
- The team has no VERWIJST_NAAR to any initiative, only to organisations.
- Take the subgraph of wijkteams, persons and initiatives, with the ties LID_VAN, VERWIJST_NAAR, TREKKER_VAN, DEELNEMER_AAN, VRIJWILLIGER_BIJ and ONDERSTEUNT. Leave out KENT and organisations. Removing Ilse disconnects \`wt_noord_noord\` from every initiative.

### 2b. The departure (monitoring): ${who(h.departure.person)} left ${who(h.departure.wijkteam)} on ${when(h.departure.date)}

- Marloes (WERKT_BIJ \`org_mee_de_wering\`) was the only link between SWT Oost 1 and the collective activities: ${list(h.departure.initiatives)}.
- Her person node has \`endDate\` ${h.departure.date}. So do all her ties: ${codes(h.departure.endedTies)}.
- Her successor, ${who(h.departure.successor)}, joined on ${when(SUCCESSOR.start)} without those ties.
- Before ${h.departure.date}, Oost 1 shows the same single-person link as hole 2. After it, the team is not linked to any initiative, and its referrals go only to organisations.

### 3. Duplication: ${codes(h.duplication.organisations)} in ${who(h.duplication.wijk)}

- Both organisations WERKT_IN Schalkwijk-Midden and RICHT_ZICH_OP ${who(h.duplication.theme)}.
- There is no tie of any type between them.
- Every other pair of organisations that shares a wijk and a theme has a tie.

### 4. An isolated cluster of initiatives in ${who(h.isolatedCluster.buurt)}

- Initiatives: ${list(h.isolatedCluster.initiatives)}.
- Their ${h.isolatedCluster.persons.length} residents: ${codes(h.isolatedCluster.persons)}.
- Social ties connect the residents to each other and to the three initiatives, and to nothing else. No wijkteam, organisation or professional has a tie to them. Among social ties they form a component of their own.

### 5. Overload

- **Overloaded volunteers:** ${list(h.overloadedVolunteers.persons)}. Each has the roles bewoner, sleutelfiguur, vrijwilliger and mantelzorger. Each is trekker of 3 initiatives, vrijwilliger at 2 more and at BUUV and Humanitas, and knows over 40 people. A typical resident knows about 4.
- **Eenzame opbouwwerker:** ${who(h.lonelyOpbouwwerker.person)} is the only opbouwwerker in ${who(h.lonelyOpbouwwerker.wijk)}. She ONDERSTEUNT all of its initiatives, ${codes(h.lonelyOpbouwwerker.initiatives)}, and knows about 50 residents, many more than any other opbouwwerker. Every other covered wijk has two opbouwwerkers.
  - Being the only one, she has no peers in her wijk to be compared with; she is flagged because she passes the absolute limit of 40 contacts (\`docs/analysis.md\`). An opbouwwerker alone in a wijk with an ordinary load is not flagged.

### 6. A theme with no offer: ${who(h.themeGap.theme)} in ${list(h.themeGap.wijken)}

- No organisation WERKT_IN these wijken and no initiative WERKT_IN their buurten with RICHT_ZICH_OP \`thm_schulden\`.
- Every other wijk has a schulden offer, at least Humanitas.

### 7. Stale ties: no contact for over a year

- These ${h.staleTies.length} KENT ties, all in Haarlemmerhout, Vijfhoek/Raaks/Doelen and Bosch en Vaart, have \`lastContact\` before ${when(h.staleBefore)}, more than the twelve months the analysis allows: ${codes(h.staleTies)}.
- No other tie has a \`lastContact\` before ${h.staleBefore}.
- The analysis folds them into one finding per person, with the list inside: 15 findings, all laag, since each is an old acquaintance between residents (no sleutelfiguur's only tie to the formal world, no bridge).

### 8. Isolated residents

- No social tie at all (only WOONT_IN): ${list(h.isolatedResidents.noTies)}.
- Only one tie, to one professional:
${h.isolatedResidents.onlyOneProfessional.map((x) => `  - ${who(x.person)}, through \`${x.tie}\` to ${who(x.professional)}`).join('\n')}
- Every other active resident has at least two social ties today.
- No pair or household of residents (up to four) is tied only to each other, or reaches the network only through one professional: isolatie reports exactly the residents above.

### 9. Missed chances

- **Introduction:** ${list(h.introduction.initiatives)}.
  - Both WERKT_IN ${who(h.introduction.buurt)} and RICHT_ZICH_OP ${who(h.introduction.theme)}.
  - They have never met: no person is tied to both, and their trekkers do not know each other.
  - Every other pair of active initiatives that shares a buurt and a theme shares at least one active person.
- **Collectiviseren:** ${h.collectiviseren.persons.length} residents of ${who(h.collectiviseren.buurt)}, ${codes(h.collectiviseren.persons)}.
  - Each takes part in a different ${who(h.collectiviseren.theme)} activity elsewhere: ${codes(h.collectiviseren.initiatives)}.
  - They share no activity and do not know each other. There is no schulden offer in their wijk (see hole 6).
  - The shared need is read from their taking part (DEELNEMER_AAN). Residents who only volunteer somewhere on a theme are no collectiviseren chance, so this is the demo's only one.

### 10. A tight, closed group in ${who(h.closedGroup.buurt)}

- ${h.closedGroup.persons.length} residents, ${codes(h.closedGroup.persons)}, all know each other (density 1, strength 4–5).
- They play cards together in ${who(h.closedGroup.initiative)}, which nobody else joins or supports.
- Only ${h.closedGroup.outsideTies.length} ties lead outside the group: ${codes(h.closedGroup.outsideTies)}.
`;
}
