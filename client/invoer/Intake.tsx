/** Sneeuwbal interview, team inventory and duplicates: the pilots' ways of mapping a wijk. */
import { useEffect, useState } from 'react';
import { api } from './api.ts';

interface Option { id: string; name: string }
interface Suggestion extends Option { score: number }
interface Contact { name: string; id?: string; strength: number; lastContact: string }

async function listNodes(kind: string): Promise<Option[]> {
  return (await api<{ items: Option[] }>(`/api/nodes?kind=${kind}&limit=1000`)).items;
}

/** A name field that proposes existing people in the gebied, to avoid duplicates. */
function PersonField({ gebiedId, value, onChange, label }: { gebiedId: string; value: Contact; onChange: (next: Contact) => void; label: string }) {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  useEffect(() => {
    if (value.id || value.name.trim().length < 3) return setSuggestions([]);
    const timer = setTimeout(() => {
      void api<Suggestion[]>(`/api/intake/suggest?name=${encodeURIComponent(value.name)}${gebiedId ? `&gebied=${gebiedId}` : ''}`).then(setSuggestions, () => setSuggestions([]));
    }, 250);
    return () => clearTimeout(timer);
  }, [value.name, value.id, gebiedId]);
  return (
    <span>
      <input aria-label={label} value={value.name} onChange={(event) => onChange({ ...value, name: event.target.value, id: undefined })} />
      {value.id && <em> (bestaand)</em>}
      {suggestions.map((suggestion) => (
        <button type="button" key={suggestion.id} onClick={() => (onChange({ ...value, name: suggestion.name, id: suggestion.id }), setSuggestions([]))}>
          Bedoelt u {suggestion.name}?
        </button>
      ))}
    </span>
  );
}

const emptyContact = (): Contact => ({ name: '', strength: 3, lastContact: '' });
const personRef = (contact: Contact) => (contact.id ? { id: contact.id } : { name: contact.name.trim() });

export function Interview() {
  const [gebieden, setGebieden] = useState<Option[]>([]);
  const [targets, setTargets] = useState<Option[]>([]);
  const [themes, setThemes] = useState<Option[]>([]);
  const [gebiedId, setGebiedId] = useState('');
  const [step, setStep] = useState(1);
  const [interviewee, setInterviewee] = useState<Contact>(emptyContact());
  const [consent, setConsent] = useState(true);
  const [knows, setKnows] = useState<Contact[]>([emptyContact()]);
  const [works, setWorks] = useState<{ nodeId: string; themeId: string }[]>([{ nodeId: '', themeId: '' }]);
  const [next, setNext] = useState<Contact[]>([emptyContact()]);
  const [message, setMessage] = useState('');
  const [todo, setTodo] = useState<{ id: string; name: string; note?: string }[]>([]);

  const loadTodo = () => void api<typeof todo>(`/api/intake/todo${gebiedId ? `?gebied=${gebiedId}` : ''}`).then(setTodo, () => undefined);
  useEffect(() => {
    void listNodes('gebied').then(setGebieden, () => undefined);
    void Promise.all([listNodes('organisatie'), listNodes('initiatief')]).then(([organisations, initiatives]) => setTargets([...organisations, ...initiatives]), () => undefined);
    void listNodes('thema').then(setThemes, () => undefined);
  }, []);
  useEffect(loadTodo, [gebiedId]);

  const save = async () => {
    try {
      const result = await api<{ createdNodes: unknown[]; createdTies: unknown[] }>('/api/intake/interview', {
        method: 'POST',
        json: {
          gebiedId: gebiedId || undefined,
          interviewee: interviewee.id ? { id: interviewee.id } : { name: interviewee.name.trim(), consentBasis: consent ? 'toestemming' : 'gerechtvaardigd_belang' },
          knows: knows.filter((contact) => contact.name.trim()).map((contact) => ({ person: personRef(contact), strength: contact.strength, ...(contact.lastContact ? { lastContact: contact.lastContact } : {}) })),
          worksWith: works.filter((entry) => entry.nodeId).map((entry) => ({ nodeId: entry.nodeId, ...(entry.themeId ? { themeId: entry.themeId } : {}) })),
          nextToTalk: next.filter((contact) => contact.name.trim()).map((contact) => ({ person: personRef(contact) })),
        },
      });
      setMessage(`Opgeslagen: ${result.createdNodes.length} nieuwe personen, ${result.createdTies.length} nieuwe banden.`);
      setStep(1);
      setInterviewee(emptyContact());
      setKnows([emptyContact()]);
      setWorks([{ nodeId: '', themeId: '' }]);
      setNext([emptyContact()]);
      loadTodo();
    } catch (caught) {
      setMessage(`Niet opgeslagen: ${(caught as Error).message}`);
    }
  };

  return (
    <section aria-labelledby="interview-titel">
      <h2 id="interview-titel">Sneeuwbalgesprek</h2>
      <label>
        Gebied{' '}
        <select aria-label="Gebied" value={gebiedId} onChange={(event) => setGebiedId(event.target.value)}>
          <option value="">(kies)</option>
          {gebieden.map((gebied) => <option key={gebied.id} value={gebied.id}>{gebied.name}</option>)}
        </select>
      </label>
      <p>Stap {step} van 4</p>
      {step === 1 && (
        <fieldset>
          <legend>Met wie spreekt u?</legend>
          <PersonField label="Naam geïnterviewde" gebiedId={gebiedId} value={interviewee} onChange={setInterviewee} />
          {!interviewee.id && (
            <label>
              <input type="checkbox" checked={consent} onChange={(event) => setConsent(event.target.checked)} /> Toestemming gegeven om gegevens vast te leggen
            </label>
          )}
        </fieldset>
      )}
      {step === 2 && (
        <fieldset>
          <legend>Wie kent u?</legend>
          {knows.map((contact, index) => (
            <div key={index}>
              <PersonField label={`Kent ${index + 1}`} gebiedId={gebiedId} value={contact} onChange={(value) => setKnows(knows.map((old, position) => (position === index ? value : old)))} />
              <label> sterkte <input aria-label={`Sterkte ${index + 1}`} type="number" min={1} max={5} value={contact.strength} onChange={(event) => setKnows(knows.map((old, position) => (position === index ? { ...old, strength: Number(event.target.value) } : old)))} /></label>
              <label> laatste contact <input aria-label={`Laatste contact ${index + 1}`} type="date" value={contact.lastContact} onChange={(event) => setKnows(knows.map((old, position) => (position === index ? { ...old, lastContact: event.target.value } : old)))} /></label>
            </div>
          ))}
          <button type="button" onClick={() => setKnows([...knows, emptyContact()])}>Nog iemand</button>
        </fieldset>
      )}
      {step === 3 && (
        <fieldset>
          <legend>Met wie werkt u samen, en op welk thema?</legend>
          {works.map((entry, index) => (
            <div key={index}>
              <select aria-label={`Samenwerking ${index + 1}`} value={entry.nodeId} onChange={(event) => setWorks(works.map((old, position) => (position === index ? { ...old, nodeId: event.target.value } : old)))}>
                <option value="">(kies organisatie of initiatief)</option>
                {targets.map((target) => <option key={target.id} value={target.id}>{target.name}</option>)}
              </select>
              <select aria-label={`Thema ${index + 1}`} value={entry.themeId} onChange={(event) => setWorks(works.map((old, position) => (position === index ? { ...old, themeId: event.target.value } : old)))}>
                <option value="">(geen thema)</option>
                {themes.map((theme) => <option key={theme.id} value={theme.id}>{theme.name}</option>)}
              </select>
            </div>
          ))}
          <button type="button" onClick={() => setWorks([...works, { nodeId: '', themeId: '' }])}>Nog een</button>
        </fieldset>
      )}
      {step === 4 && (
        <fieldset>
          <legend>Met wie moeten we nog praten?</legend>
          {next.map((contact, index) => (
            <div key={index}>
              <PersonField label={`Nog te spreken ${index + 1}`} gebiedId={gebiedId} value={contact} onChange={(value) => setNext(next.map((old, position) => (position === index ? value : old)))} />
            </div>
          ))}
          <button type="button" onClick={() => setNext([...next, emptyContact()])}>Nog iemand</button>
        </fieldset>
      )}
      <div>
        {step > 1 && <button type="button" onClick={() => setStep(step - 1)}>Vorige</button>}{' '}
        {step < 4 && <button type="button" disabled={!interviewee.name.trim()} onClick={() => setStep(step + 1)}>Volgende</button>}
        {step === 4 && <button type="button" onClick={() => void save()}>Gesprek opslaan</button>}
      </div>
      {message && <p role="status">{message}</p>}
      <h3>Nog te spreken</h3>
      <ul data-testid="todo">
        {todo.map((item) => (
          <li key={item.id}>
            {item.name} {item.note ? `— ${item.note}` : ''}{' '}
            <button type="button" onClick={() => void api(`/api/intake/todo/${item.id}`, { method: 'POST', json: { done: true } }).then(loadTodo)}>gesproken</button>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface InventoryView {
  members: { id: string; name: string; contacts: number }[];
  contacts: { id: string; name: string; kind: string; members: Option[] }[];
  singlePoints: { id: string; name: string; member: Option }[];
}

export function Inventory() {
  const [teams, setTeams] = useState<Option[]>([]);
  const [people, setPeople] = useState<Option[]>([]);
  const [contactsOptions, setContactOptions] = useState<Option[]>([]);
  const [teamId, setTeamId] = useState('');
  const [memberId, setMemberId] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [view, setView] = useState<InventoryView | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void listNodes('wijkteam').then(setTeams, () => undefined);
    void listNodes('persoon').then(setPeople, () => undefined);
    void Promise.all([listNodes('organisatie'), listNodes('initiatief'), listNodes('persoon')]).then((lists) => setContactOptions(lists.flat()), () => undefined);
  }, []);
  useEffect(() => {
    if (teamId) void api<InventoryView>(`/api/intake/inventaris/${teamId}`).then(setView, (caught) => setError((caught as Error).message));
  }, [teamId]);
  const save = async () => {
    try {
      setView(await api<InventoryView>(`/api/intake/inventaris/${teamId}`, { method: 'PUT', json: { memberId, contacts: chosen } }));
      setChosen([]);
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  return (
    <section aria-labelledby="inventaris-titel">
      <h2 id="inventaris-titel">Teaminventarisatie</h2>
      <select aria-label="Wijkteam" value={teamId} onChange={(event) => setTeamId(event.target.value)}>
        <option value="">(kies wijkteam)</option>
        {teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
      </select>
      {teamId && (
        <div>
          <select aria-label="Teamlid" value={memberId} onChange={(event) => setMemberId(event.target.value)}>
            <option value="">(kies teamlid)</option>
            {people.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
          </select>
          <select aria-label="Contacten" multiple size={6} value={chosen} onChange={(event) => setChosen([...event.target.selectedOptions].map((option) => option.value))}>
            {contactsOptions.map((option) => <option key={option.id} value={option.id}>{option.name}</option>)}
          </select>
          <button type="button" disabled={!memberId || !chosen.length} onClick={() => void save()}>Lijst opslaan</button>
        </div>
      )}
      {error && <p role="alert">{error}</p>}
      {view && (
        <>
          <h3>Hangt aan één teamlid</h3>
          <ul data-testid="single-points">
            {view.singlePoints.map((point) => <li key={point.id}>{point.name} — alleen via {point.member.name}</li>)}
          </ul>
          <h3>Alle contacten</h3>
          <ul>
            {view.contacts.map((contact) => <li key={contact.id}>{contact.name}: {contact.members.map((member) => member.name).join(', ')}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}

interface Candidate { a: Option; b: Option; kind: string; score: number; sharedNeighbours: number }
interface MergeRecord { id: string; keepBefore: Option; dropped: Option; at: string; undone?: unknown }

export function Duplicates() {
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [merges, setMerges] = useState<MergeRecord[]>([]);
  const [error, setError] = useState('');
  const load = () => {
    void api<Candidate[]>('/api/merge/candidates').then(setCandidates, (caught) => setError((caught as Error).message));
    void api<MergeRecord[]>('/api/merge').then(setMerges, () => undefined);
  };
  useEffect(load, []);
  const act = (promise: Promise<unknown>) => void promise.then(load, (caught) => setError((caught as Error).message));
  return (
    <section aria-labelledby="dubbel-titel">
      <h2 id="dubbel-titel">Mogelijke dubbelen</h2>
      {error && <p role="alert">{error}</p>}
      <ul data-testid="duplicates">
        {candidates.map((candidate) => (
          <li key={`${candidate.a.id}-${candidate.b.id}`}>
            {candidate.a.name} ≈ {candidate.b.name} ({Math.round(candidate.score * 100)}%, {candidate.sharedNeighbours} gedeelde contacten){' '}
            <button type="button" onClick={() => act(api('/api/merge', { method: 'POST', json: { keepId: candidate.a.id, dropId: candidate.b.id } }))}>Samenvoegen</button>
          </li>
        ))}
      </ul>
      <h3>Samengevoegd</h3>
      <ul>
        {merges.map((merge) => (
          <li key={merge.id}>
            {merge.dropped.name} → {merge.keepBefore.name} {merge.undone ? '(ongedaan gemaakt)' : <button type="button" onClick={() => act(api(`/api/merge/${merge.id}/undo`, { method: 'POST' }))}>Ongedaan maken</button>}
          </li>
        ))}
      </ul>
    </section>
  );
}
