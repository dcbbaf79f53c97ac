/** Sneeuwbal interview, team inventory and duplicates: the pilots' ways of mapping a wijk. */
import { useEffect, useRef, useState } from 'react';
import type { NodeKind, TieType } from '../../../server/model/index.ts';
import type { DuplicateCandidate as Candidate, InventoryView, MergeRecord, Suggestion, TodoItem } from '../../../server/model/wire/intake.ts';
import { invoerApi } from '../../core/api/invoer.ts';
import { nl } from '../../i18n/nl.ts';

const t = nl.invoer;

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
      <input aria-label={label} placeholder={placeholder ?? t.person.placeholder} autoComplete="off" value={value.name} onChange={(event) => onChange({ ...value, name: event.target.value, id: undefined })} />
      {value.id && <span className="known" data-testid="existing-person">{t.person.existing}</span>}
      {suggestions.length > 0 && (
        <div className="suggestions" role="group" aria-label={t.person.suggestionsLabel(label)}>
          <p>{t.person.alreadyIn(!!gebiedId)}</p>
          {suggestions.map((suggestion) => (
            <button type="button" key={suggestion.id} onClick={() => (onChange({ ...value, name: suggestion.name, id: suggestion.id }), setSuggestions([]))}>
              {t.person.didYouMean(suggestion.name)}{suggestion.roles?.length ? <small>{suggestion.roles.join(', ')}</small> : null}
            </button>
          ))}
          <button type="button" className="link" onClick={() => setDismissed(value.name)}>
            {t.person.newPerson}
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
/** The relations a person can have with an organisation or initiative; the first is the default. */
const RELATIONS: Record<string, TieType[]> = {
  organisatie: ['WERKT_BIJ', 'VRIJWILLIGER_BIJ'],
  initiatief: ['ONDERSTEUNT', 'TREKKER_VAN', 'DEELNEMER_AAN', 'VRIJWILLIGER_BIJ'],
};
const RESIDENT_ROLES = new Set(['bewoner', 'sleutelfiguur', 'vrijwilliger', 'mantelzorger']);

/** Someone mentioned in the interview: consent only when they gave it themselves; an existing person keeps their basis. */
function ConsentCheck({ label, value, onChange }: { label: string; value: Contact; onChange: (next: Contact) => void }) {
  return (
    <div className="field consent">
      <span>{t.consent.label}</span>
      {value.id ? (
        <span className="hint">{t.consent.alreadyIn}</span>
      ) : (
        <label className="check">
          <input type="checkbox" aria-label={label} checked={value.consent} onChange={(event) => onChange({ ...value, consent: event.target.checked })} /> {t.consent.self}
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
        <optgroup key={stadsdeel.id} label={t.gebied.stadsdeel(stadsdeel.name)}>
          {children(stadsdeel.id, 'wijk').flatMap((wijk) => [
            <option key={wijk.id} value={wijk.id}>{wijk.name}</option>,
            ...children(wijk.id, 'buurt').map((buurt) => (
              <option key={buurt.id} value={buurt.id}>{t.gebied.buurt(buurt.name)}</option>
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
        text: t.interview.saved(interviewee.name.trim(), result.createdNodes.length, result.createdTies.length, result.todo.length, spoken.length > 0),
      });
      moved.current = true;
      setStep(1);
      setInterviewee(emptyContact());
      setKnows([emptyContact()]);
      setWorks([emptyWorks()]);
      setNext([emptyContact()]);
      loadTodo();
    } catch (caught) {
      setMessage({ ok: false, text: t.interview.notSaved((caught as Error).message) });
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
        <h2 id="interview-titel">{t.interview.title}</h2>
        <p className="intro">{t.interview.intro}</p>
        <label className="field" style={{ maxWidth: '22rem' }}>
          <span>{t.interview.gebied}</span>
          <select aria-label={t.interview.gebiedLabel} value={gebiedId} onChange={(event) => setGebiedId(event.target.value)}>
            <option value="">{t.interview.chooseGebied}</option>
            <GebiedOptions gebieden={gebieden} />
          </select>
        </label>
        <ol className="stepper" aria-label={t.interview.stepsLabel}>
          {t.interview.steps.map((label, index) => (
            <li key={label} aria-current={step === index + 1 ? 'step' : undefined} className={step > index + 1 ? 'done' : undefined}>
              {label}
            </li>
          ))}
        </ol>
        <form onSubmit={submit} noValidate>
          {step === 1 && (
            <fieldset className="step" ref={stepRef}>
              <legend>{t.interview.step1.legend}</legend>
              <p className="hint">{t.interview.step1.hint}</p>
              <PersonField label={t.interview.step1.name} gebiedId={gebiedId} value={interviewee} onChange={setInterviewee} />
              <label className="check">
                <input type="checkbox" checked={interviewee.consent} onChange={(event) => setInterviewee({ ...interviewee, consent: event.target.checked })} /> {interviewee.id ? t.consent.givenNow : t.consent.givenToRecord}
              </label>
              {!interviewee.consent && <p className="hint" data-testid="no-consent">{interviewee.id ? t.consent.keepsBasis : t.consent.none}</p>}
            </fieldset>
          )}
          {step === 2 && (
            <fieldset className="step" ref={stepRef}>
              <legend>{t.interview.step2.legend}</legend>
              <p className="hint">{t.interview.step2.hint(interviewee.name.trim())} {t.consent.mentioned}</p>
              <div className="rows">
                {knows.map((contact, index) => (
                  <div className="entry" key={index}>
                    <div className="field">
                      <span>{t.interview.step2.name}</span>
                      <PersonField label={t.interview.step2.knows(index + 1)} gebiedId={gebiedId} value={contact} onChange={(value) => update(knows, setKnows, index, value)} />
                    </div>
                    <label className="field">
                      <span>{t.interview.step2.strength}</span>
                      <select aria-label={t.interview.step2.strengthLabel(index + 1)} value={contact.strength} onChange={(event) => update(knows, setKnows, index, { ...contact, strength: Number(event.target.value) })}>
                        {t.interview.strength.map((label, position) => <option key={label} value={position + 1}>{t.interview.strengthOption(position + 1, label)}</option>)}
                      </select>
                    </label>
                    <label className="field">
                      <span>{t.interview.step2.lastContact}</span>
                      <input aria-label={t.interview.step2.lastContactLabel(index + 1)} type="date" value={contact.lastContact} onChange={(event) => update(knows, setKnows, index, { ...contact, lastContact: event.target.value })} />
                    </label>
                    <ConsentCheck label={t.interview.step2.consentLabel(index + 1)} value={contact} onChange={(value) => update(knows, setKnows, index, value)} />
                    <button type="button" className="icon" aria-label={t.interview.step2.removeLabel(index + 1)} title={t.remove} onClick={() => remove(knows, setKnows, index, emptyContact)}>✕</button>
                  </div>
                ))}
              </div>
              <button type="button" onClick={() => setKnows([...knows, emptyContact()])}>{t.interview.step2.add}</button>
            </fieldset>
          )}
          {step === 3 && (
            <fieldset className="step" ref={stepRef}>
              <legend>{t.interview.step3.legend}</legend>
              <p className="hint">{t.interview.step3.hint}</p>
              <div className="rows">
                {works.map((entry, index) => {
                  const kind = targetKind(entry.nodeId);
                  const relations = RELATIONS[kind] ?? [];
                  return (
                    <div className="entry works" key={index}>
                      <label className="field">
                        <span>{t.interview.step3.relation}</span>
                        <select aria-label={t.interview.step3.relationLabel(index + 1)} value={entry.type || relations[0] || ''} disabled={!relations.length} onChange={(event) => update(works, setWorks, index, { ...entry, type: event.target.value })}>
                          {relations.length ? relations.map((type) => <option key={type} value={type}>{nl.tieTypes[type]}</option>) : <option value="">{nl.tieTypes.WERKT_SAMEN_MET}</option>}
                        </select>
                      </label>
                      <label className="field">
                        <span>{t.interview.step3.target}</span>
                        <select aria-label={t.interview.step3.targetLabel(index + 1)} value={entry.nodeId} onChange={(event) => update(works, setWorks, index, { ...entry, nodeId: event.target.value, type: '' })}>
                          <option value="">{t.interview.step3.choose}</option>
                          <optgroup label={t.interview.step3.organisations}>
                            {targets.filter((target) => target.kind === 'organisatie').map((target) => <option key={target.id} value={target.id}>{target.name}</option>)}
                          </optgroup>
                          <optgroup label={t.interview.step3.initiatives}>
                            {targets.filter((target) => target.kind === 'initiatief').map((target) => <option key={target.id} value={target.id}>{target.name}</option>)}
                          </optgroup>
                        </select>
                      </label>
                      <label className="field">
                        <span>{t.interview.step3.theme}</span>
                        <select aria-label={t.interview.step3.themeLabel(index + 1)} value={entry.themeId} onChange={(event) => update(works, setWorks, index, { ...entry, themeId: event.target.value })}>
                          <option value="">{t.interview.step3.noTheme}</option>
                          {themes.map((theme) => <option key={theme.id} value={theme.id}>{theme.name}</option>)}
                        </select>
                      </label>
                      <button type="button" className="icon" aria-label={t.interview.step3.removeLabel(index + 1)} title={t.remove} onClick={() => remove(works, setWorks, index, emptyWorks)}>✕</button>
                    </div>
                  );
                })}
              </div>
              <button type="button" onClick={() => setWorks([...works, emptyWorks()])}>{t.interview.step3.add}</button>
            </fieldset>
          )}
          {step === 4 && (
            <fieldset className="step" ref={stepRef}>
              <legend>{t.interview.step4.legend}</legend>
              <p className="hint">{t.interview.step4.hint(gebiedName)} {t.consent.mentioned}</p>
              <div className="rows">
                {next.map((contact, index) => (
                  <div className="entry next" key={index}>
                    <div className="field">
                      <span>{t.interview.step2.name}</span>
                      <PersonField label={t.interview.step4.nextLabel(index + 1)} gebiedId={gebiedId} value={contact} onChange={(value) => update(next, setNext, index, value)} />
                    </div>
                    <ConsentCheck label={t.interview.step4.consentLabel(index + 1)} value={contact} onChange={(value) => update(next, setNext, index, value)} />
                    <button type="button" className="icon" aria-label={t.interview.step4.removeLabel(index + 1)} title={t.remove} onClick={() => remove(next, setNext, index, emptyContact)}>✕</button>
                  </div>
                ))}
              </div>
              <button type="button" onClick={() => setNext([...next, emptyContact()])}>{t.interview.step4.add}</button>
              <p className="summary" data-testid="interview-summary">
                {t.interview.step4.summaryStart} <b>{interviewee.name.trim()}</b> {t.interview.step4.summaryRest(!!interviewee.id, gebiedName, filledKnows.length, filledWorks.length, filledNext.length)}
              </p>
            </fieldset>
          )}
          <div className="wizard-actions">
            {step > 1 && <button type="button" onClick={() => go(step - 1)}>{t.interview.previous}</button>}
            <span className="spacer" />
            {step === 1 && !canContinue && <span className="hint">{t.interview.nameFirst}</span>}
            {step < 4 && <button type="submit" className="primary" disabled={!canContinue}>{t.interview.next}</button>}
            {step === 4 && <button type="submit" className="primary" disabled={saving}>{saving ? t.interview.saving : t.interview.save}</button>}
          </div>
        </form>
        {message && <p role={message.ok ? 'status' : 'alert'} className={`notice ${message.ok ? 'ok' : 'error'}`}>{message.text}</p>}
      </section>
      <aside className="card" aria-labelledby="todo-titel">
        <h2 id="todo-titel">{t.todo.title}</h2>
        <p className="hint">{t.todo.where(gebiedName)} {t.todo.mentioned}</p>
        {todo.length === 0 ? (
          <p className="empty">{t.todo.empty}</p>
        ) : (
          <ul className="todo" data-testid="todo">
            {todo.map((item) => (
              <li key={item.id}>
                <span className="who">{item.name}</span>
                <span className="actions">
                  <button type="button" onClick={() => startWith(item)}>{t.todo.start}</button>
                  <button type="button" onClick={() => void invoerApi.markSpoken(item.id).then(loadTodo)}>{t.todo.tick}</button>
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
      <h2 id="inventaris-titel">{t.inventory.title}</h2>
      <p className="intro">{t.inventory.intro}</p>
      <div className="field-row">
        <label className="field">
          <span>{t.inventory.team}</span>
          <select aria-label={t.inventory.team} value={teamId} onChange={(event) => (setTeamId(event.target.value), setError(''))}>
            <option value="">{t.inventory.chooseTeam}</option>
            {teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
          </select>
        </label>
        {teamId && (
          <label className="field">
            <span>{t.inventory.member}</span>
            <select aria-label={t.inventory.member} value={memberId} onChange={(event) => setMemberId(event.target.value)}>
              <option value="">{t.inventory.chooseMember}</option>
              {people.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
            </select>
          </label>
        )}
      </div>
      {teamId && (
        <>
          <label className="field" style={{ marginTop: '0.8rem' }}>
            <span>{t.inventory.contacts}</span>
            <input type="search" aria-label={t.inventory.searchContacts} placeholder={t.inventory.searchPlaceholder} value={filter} onChange={(event) => setFilter(event.target.value)} />
            <select
              aria-label={t.inventory.contactsLabel}
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
            <button type="button" className="primary" disabled={!memberId || !chosen.length} onClick={() => void save()}>{t.inventory.save}</button>
            <span className="hint">{chosen.length ? t.inventory.chosen(chosen.length) : t.inventory.chooseHint}</span>
          </div>
        </>
      )}
      {error && <p role="alert" className="notice error">{error}</p>}
      {!teamId && <p className="empty">{t.inventory.chooseTeamFirst}</p>}
      {view && teamId && (
        <>
          <h3>{t.inventory.singlePoints(teamName)}</h3>
          {view.singlePoints.length ? (
            <ul className="plain-list" data-testid="single-points">
              {view.singlePoints.map((point) => <li key={point.id}>{t.inventory.onlyVia(point.name, point.member.name)}</li>)}
            </ul>
          ) : (
            <p className="empty">{t.inventory.noSinglePoints}</p>
          )}
          <h3>{t.inventory.allContacts}</h3>
          {view.contacts.length ? (
            <ul className="plain-list">
              {view.contacts.map((contact) => <li key={contact.id}>{contact.name}: {contact.members.map((member) => member.name).join(', ')}</li>)}
            </ul>
          ) : (
            <p className="empty">{t.inventory.noLists}</p>
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
      <h2 id="dubbel-titel">{t.duplicates.title}</h2>
      <p className="intro">{t.duplicates.intro}</p>
      {error && <p role="alert" className="notice error">{error}</p>}
      {candidates.length ? (
        <>
          <div className="table-wrap">
            <table data-testid="duplicates">
              <thead>
                <tr><th>{t.duplicates.columns.name}</th><th>{t.duplicates.columns.like}</th><th className="num">{t.duplicates.columns.score}</th><th className="num">{t.duplicates.columns.shared}</th><th><span className="visually-hidden">{t.duplicates.columns.action}</span></th></tr>
              </thead>
              <tbody>
                {candidates.slice(0, shown).map((candidate) => (
                  <tr key={`${candidate.a.id}-${candidate.b.id}`}>
                    <td>{candidate.a.name}</td>
                    <td>{candidate.b.name}</td>
                    <td className="num">{Math.round(candidate.score * 100)}%</td>
                    <td className="num">{candidate.sharedNeighbours}</td>
                    <td>
                      <button type="button" className="link" aria-label={t.duplicates.mergeLabel(candidate.b.name, candidate.a.name)} onClick={() => act(invoerApi.merge(candidate.a.id, candidate.b.id))}>{t.duplicates.merge}</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">
            {candidates.length > shown ? t.duplicates.firstOf(shown, candidates.length) : t.duplicates.pairs(candidates.length)}
            {candidates.length > shown && <button type="button" className="link" onClick={() => setShown(shown + 25)}>{t.duplicates.more}</button>}
          </p>
        </>
      ) : (
        <p className="empty">{t.duplicates.none}</p>
      )}
      <h3>{t.duplicates.merged}</h3>
      {merges.length ? (
        <ul className="plain-list">
          {merges.map((merge) => (
            <li key={merge.id}>
              {merge.dropped.name} → {merge.keepBefore.name}{' '}
              {merge.undone ? <span className="hint">{t.duplicates.undone}</span> : <button type="button" className="link" onClick={() => act(invoerApi.undoMerge(merge.id))}>{t.duplicates.undo}</button>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t.duplicates.noneMerged}</p>
      )}
    </section>
  );
}
