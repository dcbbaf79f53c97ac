/** The work list in the gaps panel: filters, states, and the actions on a finding. */
import type { ContactKind } from '../../server/model/wire/contacts.ts';
import type { IntroductionStatus, WorkStatus } from '../../server/model/wire/findings.ts';
import { count } from './count.ts';

/** The work list's filters: a status, the account's own, or all. */
type WorkFilter = WorkStatus | 'mij' | 'alle';

export const worklist = {
  filtersLabel: 'Welke bevindingen',
  filters: { open: 'Open', mij: 'Aan mij', afgehandeld: 'Afgehandeld', 'niet-van-toepassing': 'N.v.t.', alle: 'Alle' } satisfies Record<WorkFilter, string>,
  /** The filters' names in full, for their tooltips and screen readers. */
  filterTitles: { open: 'Open', mij: 'Aan mij toegewezen', afgehandeld: 'Afgehandeld', 'niet-van-toepassing': 'Niet van toepassing', alle: 'Alle bevindingen' } satisfies Record<WorkFilter, string>,
  /** The line above the list: how many the filter holds, in words. */
  summary: {
    open: (n: number) => count(n, 'open bevinding', 'open bevindingen'),
    mij: (n: number) => `${count(n, 'bevinding', 'bevindingen')} aan u toegewezen`,
    afgehandeld: (n: number) => count(n, 'afgehandelde bevinding', 'afgehandelde bevindingen'),
    'niet-van-toepassing': (n: number) => `${count(n, 'bevinding', 'bevindingen')} niet van toepassing`,
    alle: (n: number) => count(n, 'bevinding', 'bevindingen'),
  } satisfies Record<WorkFilter, (n: number) => string>,
  reopenedCount: (n: number) => `, waarvan ${n} opnieuw open`,
  empty: {
    open: 'Geen open bevindingen in deze selectie.',
    mij: 'Er is hier niets aan u toegewezen.',
    afgehandeld: 'Nog niets afgehandeld in deze selectie.',
    'niet-van-toepassing': 'Niets gemarkeerd als niet van toepassing in deze selectie.',
    alle: 'Geen gaten gevonden in deze selectie.',
  } satisfies Record<WorkFilter, string>,
  pastDay: (date: string) => `De bevindingen van ${date}. De werklijst geldt voor vandaag: kies geen peildatum om af te handelen.`,
  refreshing: 'Bijwerken…',
  gone: 'Deze bevinding is er niet meer: wat ze zei, geldt niet meer.',
  status: { open: 'Open', afgehandeld: 'Afgehandeld', 'niet-van-toepassing': 'Niet van toepassing' } satisfies Record<WorkStatus, string>,
  markedBy: (status: string, name: string, date: string) => `${status} door ${name}, ${date}`,
  reason: (reason: string) => `Reden: ${reason}`,
  reopened: (status: string, name: string, date: string) => `Opnieuw open: er is iets veranderd sinds ${name} dit op ${date} als ${status.toLowerCase()} markeerde.`,
  assignedTo: (name: string, byName: string, date: string) => `Toegewezen aan ${name} door ${byName}, ${date}`,
  actions: {
    label: 'Wat doet u met deze bevinding?',
    done: 'Afgehandeld',
    notApplicable: 'Niet van toepassing',
    reopen: 'Weer open zetten',
    assign: 'Toewijzen',
    propose: 'Stel voor',
    addTie: 'Band toevoegen',
    contact: 'Contact vastleggen',
    cancel: 'Annuleren',
    save: 'Opslaan',
  },
  marked: { open: 'Weer open gezet', afgehandeld: 'Gemarkeerd als afgehandeld', 'niet-van-toepassing': 'Gemarkeerd als niet van toepassing' } satisfies Record<WorkStatus, string>,
  notApplicable: {
    title: 'Waarom is dit niet van toepassing?',
    presets: ['Klopt niet met de praktijk', 'Bewust zo: past bij deze wijk', 'Wordt elders al opgepakt', 'Buiten ons werkveld'],
    other: 'Anders, namelijk',
    hint: 'Noem geen namen of persoonlijke omstandigheden.',
  },
  assign: {
    title: 'Toewijzen aan een collega in dit gebied',
    nobody: 'Niemand',
    loading: 'Collega’s laden…',
    none: 'Er werkt hier geen andere gebiedsverbinder of opbouwwerker.',
  },
  assigned: (name: string) => `Toegewezen aan ${name}`,
  unassigned: 'Toewijzing ingetrokken',
  introduction: {
    listLabel: 'Introducties',
    title: 'Wie stelt u aan elkaar voor?',
    from: 'Wie',
    to: 'Aan wie',
    submit: 'Voorstel vastleggen',
    proposedToast: 'Voorstel vastgelegd',
    tieToast: 'De introductie is een band geworden',
    status: { voorgesteld: 'voorgesteld', gedaan: 'gedaan', afgewezen: 'afgewezen' } satisfies Record<IntroductionStatus, string>,
    line: (from: string, to: string, status: string, name: string, date: string) => `${from} en ${to}: ${status} (${name}, ${date})`,
    done: 'Gedaan',
    declined: 'Afgewezen',
    makeTie: 'Maak er een band van',
    isTie: 'Is een band geworden',
  },
  tie: {
    from: 'Vanaf',
  },
  contact: {
    title: 'Contactmoment vastleggen',
    tie: 'Met wie (band)',
    date: 'Datum',
    kind: 'Soort contact',
    submit: 'Vastleggen',
    recorded: 'Contactmoment vastgelegd',
    kinds: {
      ontmoeting: 'Ontmoeting',
      verwijzing: 'Verwijzing',
      activiteit: 'Activiteit',
      telefoon: 'Telefoon',
      overleg: 'Overleg',
      huisbezoek: 'Huisbezoek',
      overig: 'Overig',
    } satisfies Record<ContactKind, string>,
  },
  /** The rapportage's "tellen en vertellen": what the work list found and what the team did with it. */
  tellen: {
    title: 'Tellen en vertellen: gevonden en gedaan',
    hint: (peildatum: string) => `Gevonden: de bevindingen van de werklijst in de wijk op ${peildatum}. Gedaan: wat het team er deze periode mee deed.`,
    kind: 'Soort bevinding',
    found: 'Gevonden',
    done: 'Afgehandeld',
    notApplicable: 'Niet van toepassing',
    total: 'Totaal',
    none: 'Geen bevindingen en nog niets gedaan in deze periode.',
    introductions: (proposed: number, done: number, declined: number, ties: number) =>
      `${count(proposed, 'introductie', 'introducties')} voorgesteld, ${done} gedaan, ${declined} afgewezen; ${count(ties, 'werd een band', 'werden een band')}.`,
  },
};
