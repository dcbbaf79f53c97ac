/** Sneeuwbal interview, team inventory and duplicates: the pilots' ways of mapping a wijk. */
import { useEffect, useRef, useState } from 'react';
import type { NodeKind } from '../../../server/model/index.ts';
import type { DuplicateCandidate as Candidate, InventoryView, MergeRecord, Suggestion, TodoItem } from '../../../server/model/wire/intake.ts';
import { invoerApi } from '../../core/api/invoer.ts';
import { count } from '../../i18n/count.ts';

interface Option { id: string; name: string; kind?: string }
interface Gebied extends Option { level?: string; parentId?: string }
/** A person in the interview; `consent` only counts for someone new to the network (an existing person keeps their basis). */
interface Contact { name: string; id?: string; strength: number; lastContact: string; consent: boolean }
interface Works { type: string; nodeId: string; themeId: string }

/** Every node of a kind (the API pages by at most 1000). */
async function listNodes<T extends Option = Option>(kind: NodeKind): Promise<T[]> {
  const all: T[] = [];
  for (;;) {
    const page = await invoerApi.nodes<T>(kind, all.length);
    all.push(...page.items);
    if (!page.items.length || all.length >= page.total) return all;
  }
}

/** A name field that proposes existing people in the gebied, to avoid duplicates. */
function PersonField({ gebiedId, value, onChange, label, placeholder }: { gebiedId: string; value: Contact; onChange: (next: Contact) => void; label: string; placeholder?: string }) {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [dismissed, setDismissed] = useState('');
  useEffect(() => {
    if (value.id || value.name.trim().length < 3 || value.name === dismissed) return setSuggestions([]);
    let current = true;
    const timer = setTimeout(() => {
      void invoerApi.suggest(value.name.trim(), gebiedId || undefined).then(
        (found) => current && setSuggestions(found),
        () => current && setSuggestions([]),
      );
    }, 250);
    return () => ((current = false), clearTimeout(timer));
  }, [value.name, value.id, gebiedId, dismissed]);
  return (
    <div className="person-field">
      <input aria-label={label} placeholder={placeholder ?? 'Voor- en achternaam'} autoComplete="off" value={value.name} onChange={(event) => onChange({ ...value, name: event.target.value, id: undefined })} />
      {value.id && <span className="known" data-testid="existing-person">✓ bestaande persoon uit het netwerk</span>}
      {suggestions.length > 0 && (
        <div className="suggestions" role="group" aria-label={`Bestaande personen voor ${label}`}>
          <p>Staat deze persoon al in het netwerk{gebiedId ? ' van dit gebied' : ''}?</p>
          {suggestions.map((suggestion) => (
            <button type="button" key={suggestion.id} onClick={() => (onChange({ ...value, name: suggestion.name, id: suggestion.id }), setSuggestions([]))}>
              Bedoelt u {suggestion.name}?{suggestion.roles?.length ? <small>{suggestion.roles.join(', ')}</small> : null}
            </button>
          ))}
          <button type="button" className="link" onClick={() => setDismissed(value.name)}>
            Nee, het is een nieuwe persoon
          </button>
        </div>
      )}
    </div>
  );
}

const emptyContact = (): Contact => ({ name: '', strength: 3, lastContact: '', consent: false });
const emptyWorks = (): Works => ({ type: '', nodeId: '', themeId: '' });
/** Without a tick, a new person is recorded without a legal basis ('geen'): only counted, not shown, until they are asked themselves. */
const personRef = (contact: Contact) => (contact.id ? { id: contact.id } : { name: contact.name.trim(), consentBasis: contact.consent ? 'toestemming' : 'geen' });
const STRENGTH = ['vluchtig', 'af en toe', 'regelmatig', 'goed', 'heel nauw'];
/** The relations a person can have with an organisation or initiative; the first is the default. */
const RELATIONS: Record<string, [string, string][]> = {
  organisatie: [['WERKT_BIJ', 'werkt bij'], ['VRIJWILLIGER_BIJ', 'vrijwilliger bij']],
  initiatief: [['ONDERSTEUNT', 'ondersteunt'], ['TREKKER_VAN', 'trekker van'], ['DEELNEMER_AAN', 'deelnemer aan'], ['VRIJWILLIGER_BIJ', 'vrijwilliger bij']],
};
const RESIDENT_ROLES = new Set(['bewoner', 'sleutelfiguur', 'vrijwilliger', 'mantelzorger']);
const NO_CONSENT = 'Zonder vinkje wordt deze persoon vastgelegd zonder grondslag: anderen zien alleen aantallen, geen naam, tot de persoon zelf toestemming geeft.';
const MENTIONED = 'Wie nieuw wordt genoemd, komt er zonder grondslag in, tenzij die persoon zelf toestemming gaf.';
const STEPS = ['Geïnterviewde', 'Wie kent u?', 'Samenwerking', 'Nog te spreken'];

/** Someone mentioned in the interview: consent only when they gave it themselves; an existing person keeps their basis. */
function ConsentCheck({ label, value, onChange }: { label: string; value: Contact; onChange: (next: Contact) => void }) {
  return (
    <div className="field consent">
      <span>Toestemming</span>
      {value.id ? (
        <span className="hint">al in het netwerk</span>
      ) : (
        <label className="check">
          <input type="checkbox" aria-label={label} checked={value.consent} onChange={(event) => onChange({ ...value, consent: event.target.checked })} /> zelf gegeven
        </label>
      )}
    </div>
  );
}

/** Wijken per stadsdeel, each followed by its buurten: the options of the gebied choice. */
function GebiedOptions({ gebieden }: { gebieden: Gebied[] }) {
  const byName = (a: Option, b: Option) => a.name.localeCompare(b.name, 'nl');
  const stadsdelen = gebieden.filter((gebied) => gebied.level === 'stadsdeel').sort(byName);
  const children = (parent: string, level: string) => gebieden.filter((gebied) => gebied.parentId === parent && gebied.level === level).sort(byName);
  return (
    <>
      {stadsdelen.map((stadsdeel) => (
        <optgroup key={stadsdeel.id} label={`Stadsdeel ${stadsdeel.name}`}>
          {children(stadsdeel.id, 'wijk').flatMap((wijk) => [
            <option key={wijk.id} value={wijk.id}>{wijk.name}</option>,
            ...children(wijk.id, 'buurt').map((buurt) => (
              <option key={buurt.id} value={buurt.id}>{`\u2003${buurt.name} (buurt)`}</option>
            )),
          ])}
        </optgroup>
      ))}
    </>
  );
}

export function Interview() {
  const [gebieden, setGebieden] = useState<Gebied[]>([]);
  const [targets, setTargets] = useState<Option[]>([]);
  const [themes, setThemes] = useState<Option[]>([]);
  const [gebiedId, setGebiedId] = useState('');
  const [step, setStep] = useState(1);
  const [interviewee, setInterviewee] = useState<Contact>(emptyContact());
  const [knows, setKnows] = useState<Contact[]>([emptyContact()]);
  const [works, setWorks] = useState<Works[]>([emptyWorks()]);
  const [next, setNext] = useState<Contact[]>([emptyContact()]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [todo, setTodo] = useState<TodoItem[]>([]);
  const [saving, setSaving] = useState(false);
  const stepRef = useRef<HTMLFieldSetElement>(null);
  const moved = useRef(false);

  const loadTodo = () => void invoerApi.todo(gebiedId || undefined).then(setTodo, () => undefined);
  useEffect(() => {
    void listNodes<Gebied>('gebied').then(setGebieden, () => undefined);
    void Promise.all([listNodes('organisatie'), listNodes('initiatief')]).then(
      ([organisations, initiatives]) => setTargets([...organisations.map((node) => ({ ...node, kind: 'organisatie' })), ...initiatives.map((node) => ({ ...node, kind: 'initiatief' }))]),
      () => undefined,
    );
    void listNodes('thema').then(setThemes, () => undefined);
  }, []);
  useEffect(loadTodo, [gebiedId]);
  // After Volgende/Vorige the cursor goes to the first field of the new step.
  useEffect(() => {
    if (!moved.current) return;
    stepRef.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, [step]);
  const go = (to: number) => ((moved.current = true), setStep(to));

  const targetKind = (id: string) => targets.find((target) => target.id === id)?.kind ?? '';
  const gebiedName = gebieden.find((gebied) => gebied.id === gebiedId)?.name;
  const filledKnows = knows.filter((contact) => contact.name.trim());
  const filledWorks = works.filter((entry) => entry.nodeId);
  const filledNext = next.filter((contact) => contact.name.trim());
  const update = <T,>(list: T[], set: (next: T[]) => void, index: number, value: T) => set(list.map((old, position) => (position === index ? value : old)));
  const remove = <T,>(list: T[], set: (next: T[]) => void, index: number, empty: () => T) => set(list.length > 1 ? list.filter((_, position) => position !== index) : [empty()]);

  const startWith = (item: TodoItem) => {
    setInterviewee({ ...emptyContact(), name: item.name ?? '', ...(item.personId ? { id: item.personId } : {}) });
    setKnows([emptyContact()]);
    setWorks([emptyWorks()]);
    setNext([emptyContact()]);
    setMessage(null);
    go(1);
  };

  const save = async () => {
    setSaving(true);
    try {
      const result = await invoerApi.recordInterview({
          gebiedId: gebiedId || undefined,
          interviewee: interviewee.id ? { id: interviewee.id, ...(interviewee.consent ? { consentBasis: 'toestemming' } : {}) } : personRef(interviewee),
          knows: filledKnows.map((contact) => ({ person: personRef(contact), strength: contact.strength, ...(contact.lastContact ? { lastContact: contact.lastContact } : {}) })),
          worksWith: filledWorks.map((entry) => ({ nodeId: entry.nodeId, ...(entry.type ? { type: entry.type } : {}), ...(entry.themeId ? { themeId: entry.themeId } : {}) })),
          nextToTalk: filledNext.map((contact) => ({ person: personRef(contact) })),
      });
      // Whoever was on the list nog te spreken has now been spoken to.
      const spoken = todo.filter((item) => item.personId === result.intervieweeId);
      await Promise.all(spoken.map((item) => invoerApi.markSpoken(item.id)));
      setMessage({
        ok: true,
        text: `Gesprek met ${interviewee.name.trim()} opgeslagen: ${count(result.createdNodes.length, 'nieuwe persoon', 'nieuwe personen')}, ${count(result.createdTies.length, 'nieuwe band', 'nieuwe banden')}, ${count(result.todo.length, 'persoon', 'personen')} op de lijst nog te spreken${spoken.length ? `; ${interviewee.name.trim()} is van de lijst afgevinkt` : ''}.`,
      });
      moved.current = true;
      setStep(1);
      setInterviewee(emptyContact());
      setKnows([emptyContact()]);
      setWorks([emptyWorks()]);
      setNext([emptyContact()]);
      loadTodo();
    } catch (caught) {
      setMessage({ ok: false, text: `Niet opgeslagen: ${(caught as Error).message}` });
    } finally {
      setSaving(false);
    }
  };
  const canContinue = interviewee.name.trim().length > 0;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!canContinue) return;
    if (step < 4) go(step + 1);
    else void save();
  };

  return (
    <div className="two-col">
      <section className="card" aria-labelledby="interview-titel">
        <h2 id="interview-titel">Sneeuwbalgesprek</h2>
        <p className="intro">Vraag wie iemand kent, met wie hij of zij samenwerkt en met wie we nog moeten praten. Bestaande personen worden voorgesteld, zodat niemand dubbel in het netwerk komt.</p>
        <label className="field" style={{ maxWidth: '22rem' }}>
          <span>Gebied van het gesprek</span>
          <select aria-label="Gebied" value={gebiedId} onChange={(event) => setGebiedId(event.target.value)}>
            <option value="">(kies een wijk of buurt)</option>
            <GebiedOptions gebieden={gebieden} />
          </select>
        </label>
        <ol className="stepper" aria-label="Stappen">
          {STEPS.map((label, index) => (
            <li key={label} aria-current={step === index + 1 ? 'step' : undefined} className={step > index + 1 ? 'done' : undefined}>
              {label}
            </li>
          ))}
        </ol>
        <form onSubmit={submit} noValidate>
          {step === 1 && (
            <fieldset className="step" ref={stepRef}>
              <legend>Met wie spreekt u?</legend>
              <p className="hint">Stap 1 van 4. Kies een bestaande persoon als die wordt voorgesteld.</p>
              <PersonField label="Naam geïnterviewde" gebiedId={gebiedId} value={interviewee} onChange={setInterviewee} />
              <label className="check">
                <input type="checkbox" checked={interviewee.consent} onChange={(event) => setInterviewee({ ...interviewee, consent: event.target.checked })} /> {interviewee.id ? 'Toestemming gegeven in dit gesprek' : 'Toestemming gegeven om gegevens vast te leggen'}
              </label>
              {!interviewee.consent && <p className="hint" data-testid="no-consent">{interviewee.id ? 'Zonder vinkje blijft de grondslag die al is vastgelegd.' : NO_CONSENT}</p>}
            </fieldset>
          )}
          {step === 2 && (
            <fieldset className="step" ref={stepRef}>
              <legend>Wie kent u?</legend>
              <p className="hint">Stap 2 van 4. Hoe goed kent {interviewee.name.trim() || 'de geïnterviewde'} deze persoon, en wanneer was het laatste contact? {MENTIONED}</p>
              <div className="rows">
                {knows.map((contact, index) => (
                  <div className="entry" key={index}>
                    <div className="field">
                      <span>Naam</span>
                      <PersonField label={`Kent ${index + 1}`} gebiedId={gebiedId} value={contact} onChange={(value) => update(knows, setKnows, index, value)} />
                    </div>
                    <label className="field">
                      <span>Hoe goed</span>
                      <select aria-label={`Sterkte ${index + 1}`} value={contact.strength} onChange={(event) => update(knows, setKnows, index, { ...contact, strength: Number(event.target.value) })}>
                        {STRENGTH.map((label, position) => <option key={label} value={position + 1}>{`${position + 1} – ${label}`}</option>)}
                      </select>
                    </label>
                    <label className="field">
                      <span>Laatste contact</span>
                      <input aria-label={`Laatste contact ${index + 1}`} type="date" value={contact.lastContact} onChange={(event) => update(knows, setKnows, index, { ...contact, lastContact: event.target.value })} />
                    </label>
                    <ConsentCheck label={`Toestemming kent ${index + 1}`} value={contact} onChange={(value) => update(knows, setKnows, index, value)} />
                    <button type="button" className="icon" aria-label={`Verwijder kent ${index + 1}`} title="Verwijderen" onClick={() => remove(knows, setKnows, index, emptyContact)}>✕</button>
                  </div>
                ))}
              </div>
              <button type="button" onClick={() => setKnows([...knows, emptyContact()])}>+ Nog iemand</button>
            </fieldset>
          )}
          {step === 3 && (
            <fieldset className="step" ref={stepRef}>
              <legend>Met wie werkt u samen, en op welk thema?</legend>
              <p className="hint">Stap 3 van 4. Een organisatie of initiatief, en het thema waarop u samenwerkt.</p>
              <div className="rows">
                {works.map((entry, index) => {
                  const kind = targetKind(entry.nodeId);
                  const relations = RELATIONS[kind] ?? [];
                  return (
                    <div className="entry works" key={index}>
                      <label className="field">
                        <span>Relatie</span>
                        <select aria-label={`Relatie ${index + 1}`} value={entry.type || relations[0]?.[0] || ''} disabled={!relations.length} onChange={(event) => update(works, setWorks, index, { ...entry, type: event.target.value })}>
                          {relations.length ? relations.map(([type, label]) => <option key={type} value={type}>{label}</option>) : <option value="">werkt samen met</option>}
                        </select>
                      </label>
                      <label className="field">
                        <span>Organisatie of initiatief</span>
                        <select aria-label={`Samenwerking ${index + 1}`} value={entry.nodeId} onChange={(event) => update(works, setWorks, index, { ...entry, nodeId: event.target.value, type: '' })}>
                          <option value="">(kies)</option>
                          <optgroup label="Organisaties">
                            {targets.filter((target) => target.kind === 'organisatie').map((target) => <option key={target.id} value={target.id}>{target.name}</option>)}
                          </optgroup>
                          <optgroup label="Initiatieven">
                            {targets.filter((target) => target.kind === 'initiatief').map((target) => <option key={target.id} value={target.id}>{target.name}</option>)}
                          </optgroup>
                        </select>
                      </label>
                      <label className="field">
                        <span>Thema</span>
                        <select aria-label={`Thema ${index + 1}`} value={entry.themeId} onChange={(event) => update(works, setWorks, index, { ...entry, themeId: event.target.value })}>
                          <option value="">(geen thema)</option>
                          {themes.map((theme) => <option key={theme.id} value={theme.id}>{theme.name}</option>)}
                        </select>
                      </label>
                      <button type="button" className="icon" aria-label={`Verwijder samenwerking ${index + 1}`} title="Verwijderen" onClick={() => remove(works, setWorks, index, emptyWorks)}>✕</button>
                    </div>
                  );
                })}
              </div>
              <button type="button" onClick={() => setWorks([...works, emptyWorks()])}>+ Nog een samenwerking</button>
            </fieldset>
          )}
          {step === 4 && (
            <fieldset className="step" ref={stepRef}>
              <legend>Met wie moeten we nog praten?</legend>
              <p className="hint">Stap 4 van 4. Deze personen komen op de lijst nog te spreken{gebiedName ? ` voor ${gebiedName}` : ''}. {MENTIONED}</p>
              <div className="rows">
                {next.map((contact, index) => (
                  <div className="entry next" key={index}>
                    <div className="field">
                      <span>Naam</span>
                      <PersonField label={`Nog te spreken ${index + 1}`} gebiedId={gebiedId} value={contact} onChange={(value) => update(next, setNext, index, value)} />
                    </div>
                    <ConsentCheck label={`Toestemming nog te spreken ${index + 1}`} value={contact} onChange={(value) => update(next, setNext, index, value)} />
                    <button type="button" className="icon" aria-label={`Verwijder nog te spreken ${index + 1}`} title="Verwijderen" onClick={() => remove(next, setNext, index, emptyContact)}>✕</button>
                  </div>
                ))}
              </div>
              <button type="button" onClick={() => setNext([...next, emptyContact()])}>+ Nog iemand</button>
              <p className="summary" data-testid="interview-summary">
                Gesprek met <b>{interviewee.name.trim()}</b> {interviewee.id ? '(bestaand)' : '(nieuw)'}{gebiedName ? ` in ${gebiedName}` : ''}: {count(filledKnows.length, 'bekende', 'bekenden')}, {count(filledWorks.length, 'samenwerking', 'samenwerkingen')}, {count(filledNext.length, 'persoon', 'personen')} nog te spreken.
              </p>
            </fieldset>
          )}
          <div className="wizard-actions">
            {step > 1 && <button type="button" onClick={() => go(step - 1)}>Vorige</button>}
            <span className="spacer" />
            {step === 1 && !canContinue && <span className="hint">Vul eerst een naam in.</span>}
            {step < 4 && <button type="submit" className="primary" disabled={!canContinue}>Volgende</button>}
            {step === 4 && <button type="submit" className="primary" disabled={saving}>{saving ? 'Bezig met opslaan…' : 'Gesprek opslaan'}</button>}
          </div>
        </form>
        {message && <p role={message.ok ? 'status' : 'alert'} className={`notice ${message.ok ? 'ok' : 'error'}`}>{message.text}</p>}
      </section>
      <aside className="card" aria-labelledby="todo-titel">
        <h2 id="todo-titel">Nog te spreken</h2>
        <p className="hint">{gebiedName ? `In ${gebiedName}.` : 'In alle gebieden.'} Genoemd in eerdere gesprekken.</p>
        {todo.length === 0 ? (
          <p className="empty">Niemand op de lijst.</p>
        ) : (
          <ul className="todo" data-testid="todo">
            {todo.map((item) => (
              <li key={item.id}>
                <span className="who">{item.name}</span>
                <span className="actions">
                  <button type="button" onClick={() => startWith(item)}>Gesprek starten</button>
                  <button type="button" onClick={() => void invoerApi.markSpoken(item.id).then(loadTodo)}>Afvinken</button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </aside>
    </div>
  );
}

export function Inventory() {
  const [teams, setTeams] = useState<Option[]>([]);
  const [people, setPeople] = useState<Option[]>([]);
  const [contactsOptions, setContactOptions] = useState<Option[]>([]);
  const [teamId, setTeamId] = useState('');
  const [memberId, setMemberId] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [filter, setFilter] = useState('');
  const [view, setView] = useState<InventoryView | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void listNodes('wijkteam').then(setTeams, () => undefined);
    // Team members are professionals, not residents.
    void listNodes<Option & { roles?: string[] }>('persoon').then((persons) => setPeople(persons.filter((person) => person.roles?.some((role) => !RESIDENT_ROLES.has(role)))), () => undefined);
    void Promise.all([listNodes('organisatie'), listNodes('initiatief'), listNodes('persoon')]).then((lists) => setContactOptions(lists.flat().sort((a, b) => a.name.localeCompare(b.name, 'nl'))), () => undefined);
  }, []);
  useEffect(() => {
    if (teamId) void invoerApi.inventory(teamId).then(setView, (caught) => setError((caught as Error).message));
  }, [teamId]);
  const save = async () => {
    try {
      setView(await invoerApi.recordInventory(teamId, memberId, chosen));
      setChosen([]);
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  const teamName = teams.find((team) => team.id === teamId)?.name;
  return (
    <section className="card" aria-labelledby="inventaris-titel">
      <h2 id="inventaris-titel">Teaminventarisatie</h2>
      <p className="intro">Elk teamlid noemt de organisaties, initiatieven en personen waarmee hij of zij contact heeft. Samen laten de lijsten zien welke contacten aan één teamlid hangen.</p>
      <div className="field-row">
        <label className="field">
          <span>Wijkteam</span>
          <select aria-label="Wijkteam" value={teamId} onChange={(event) => (setTeamId(event.target.value), setError(''))}>
            <option value="">(kies wijkteam)</option>
            {teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
          </select>
        </label>
        {teamId && (
          <label className="field">
            <span>Teamlid</span>
            <select aria-label="Teamlid" value={memberId} onChange={(event) => setMemberId(event.target.value)}>
              <option value="">(kies teamlid)</option>
              {people.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
            </select>
          </label>
        )}
      </div>
      {teamId && (
        <>
          <label className="field" style={{ marginTop: '0.8rem' }}>
            <span>Contacten van dit teamlid (Ctrl of Shift voor meer tegelijk)</span>
            <input type="search" aria-label="Contacten zoeken" placeholder="Zoek op naam…" value={filter} onChange={(event) => setFilter(event.target.value)} />
            <select
              aria-label="Contacten"
              multiple
              size={8}
              value={chosen}
              onChange={(event) => {
                // Keep chosen contacts that the filter hides.
                const shown = new Set([...event.target.options].map((option) => option.value));
                setChosen([...chosen.filter((id) => !shown.has(id)), ...[...event.target.selectedOptions].map((option) => option.value)]);
              }}
            >
              {contactsOptions.filter((option) => chosen.includes(option.id) || option.name.toLowerCase().includes(filter.trim().toLowerCase())).map((option) => <option key={option.id} value={option.id}>{option.name}</option>)}
            </select>
          </label>
          <div className="import-actions">
            <button type="button" className="primary" disabled={!memberId || !chosen.length} onClick={() => void save()}>Lijst opslaan</button>
            <span className="hint">{chosen.length ? count(chosen.length, 'contact gekozen', 'contacten gekozen') : 'Kies een teamlid en zijn of haar contacten.'}</span>
          </div>
        </>
      )}
      {error && <p role="alert" className="notice error">{error}</p>}
      {!teamId && <p className="empty">Kies een wijkteam om de inventarisatie te zien of aan te vullen.</p>}
      {view && teamId && (
        <>
          <h3>Hangt aan één teamlid{teamName ? ` van ${teamName}` : ''}</h3>
          {view.singlePoints.length ? (
            <ul className="plain-list" data-testid="single-points">
              {view.singlePoints.map((point) => <li key={point.id}>{point.name} — alleen via {point.member.name}</li>)}
            </ul>
          ) : (
            <p className="empty">Geen contacten die aan één teamlid hangen.</p>
          )}
          <h3>Alle contacten</h3>
          {view.contacts.length ? (
            <ul className="plain-list">
              {view.contacts.map((contact) => <li key={contact.id}>{contact.name}: {contact.members.map((member) => member.name).join(', ')}</li>)}
            </ul>
          ) : (
            <p className="empty">Nog geen lijsten ingevuld voor dit team.</p>
          )}
        </>
      )}
    </section>
  );
}


export function Duplicates() {
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [merges, setMerges] = useState<MergeRecord[]>([]);
  const [shown, setShown] = useState(25);
  const [error, setError] = useState('');
  const load = () => {
    void invoerApi.mergeCandidates().then(setCandidates, (caught) => setError((caught as Error).message));
    void invoerApi.merges().then(setMerges, () => undefined);
  };
  useEffect(load, []);
  const act = (promise: Promise<unknown>) => void promise.then(load, (caught) => setError((caught as Error).message));
  return (
    <section className="card" aria-labelledby="dubbel-titel">
      <h2 id="dubbel-titel">Mogelijke dubbelen</h2>
      <p className="intro">Personen en organisaties met bijna dezelfde naam in hetzelfde gebied. Samenvoegen houdt alle banden; het is ongedaan te maken.</p>
      {error && <p role="alert" className="notice error">{error}</p>}
      {candidates.length ? (
        <>
          <div className="table-wrap">
            <table data-testid="duplicates">
              <thead>
                <tr><th>Naam</th><th>Lijkt op</th><th className="num">Gelijk</th><th className="num">Gedeelde contacten</th><th><span className="visually-hidden">Actie</span></th></tr>
              </thead>
              <tbody>
                {candidates.slice(0, shown).map((candidate) => (
                  <tr key={`${candidate.a.id}-${candidate.b.id}`}>
                    <td>{candidate.a.name}</td>
                    <td>{candidate.b.name}</td>
                    <td className="num">{Math.round(candidate.score * 100)}%</td>
                    <td className="num">{candidate.sharedNeighbours}</td>
                    <td>
                      <button type="button" className="link" aria-label={`${candidate.b.name} samenvoegen met ${candidate.a.name}`} onClick={() => act(invoerApi.merge(candidate.a.id, candidate.b.id))}>Samenvoegen</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">
            {candidates.length > shown ? `De eerste ${shown} van ${candidates.length} paren, de meest gelijke eerst. ` : `${count(candidates.length, 'paar', 'paren')}. `}
            {candidates.length > shown && <button type="button" className="link" onClick={() => setShown(shown + 25)}>Meer tonen</button>}
          </p>
        </>
      ) : (
        <p className="empty">Geen mogelijke dubbelen gevonden.</p>
      )}
      <h3>Samengevoegd</h3>
      {merges.length ? (
        <ul className="plain-list">
          {merges.map((merge) => (
            <li key={merge.id}>
              {merge.dropped.name} → {merge.keepBefore.name}{' '}
              {merge.undone ? <span className="hint">(ongedaan gemaakt)</span> : <button type="button" className="link" onClick={() => act(invoerApi.undoMerge(merge.id))}>Ongedaan maken</button>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">Nog niets samengevoegd.</p>
      )}
    </section>
  );
}
