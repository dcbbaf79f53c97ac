import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { TopNav } from '../../panels/TopNav.tsx';
import { nl } from '../../i18n/nl.ts';
import { FileImport } from './import/FileImport.tsx';
import { Duplicates, Interview, Inventory } from './Intake.tsx';
import './invoer.css';

const TABS = [
  ['gesprek', nl.invoer.tabs.gesprek],
  ['inventaris', nl.invoer.tabs.inventaris],
  ['import', nl.invoer.tabs.import],
  ['dubbelen', nl.invoer.tabs.dubbelen],
] as const;
type Tab = (typeof TABS)[number][0];

function initialTab(): Tab {
  const hash = location.hash.slice(1);
  return TABS.some(([key]) => key === hash) ? (hash as Tab) : 'gesprek';
}

function Invoer() {
  const [tab, setTab] = useState<Tab>(initialTab);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const choose = (next: Tab) => {
    history.replaceState(null, '', `#${next}`);
    setTab(next);
  };
  // Arrow keys move between tabs, as in any tab list.
  const onKeyDown = (event: React.KeyboardEvent) => {
    const index = TABS.findIndex(([key]) => key === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + TABS.length) % TABS.length;
    choose(TABS[next]![0]);
    buttons.current[next]?.focus();
  };
  return (
    <>
      <TopNav current="invoer" />
      <main className="invoer">
        <div className="invoer-head">
          <h1>{nl.invoer.title}</h1>
          <p>{nl.invoer.intro}</p>
        </div>
        <div className="tabs" aria-label={nl.invoer.tabsLabel} role="tablist" onKeyDown={onKeyDown}>
          {TABS.map(([key, label], index) => (
            <button
              key={key}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              id={`tab-${key}`}
              role="tab"
              aria-selected={tab === key}
              aria-controls={`paneel-${key}`}
              tabIndex={tab === key ? 0 : -1}
              type="button"
              onClick={() => choose(key)}
            >
              {label}
            </button>
          ))}
        </div>
        <div id={`paneel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {tab === 'gesprek' && <Interview />}
          {tab === 'inventaris' && <Inventory />}
          {tab === 'import' && <FileImport />}
          {tab === 'dubbelen' && <Duplicates />}
        </div>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<Invoer />);
