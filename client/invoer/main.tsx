import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { TopNav } from '../shared/TopNav.tsx';
import { CsvImport } from './CsvImport.tsx';
import { Duplicates, Interview, Inventory } from './Intake.tsx';

const TABS = [
  ['gesprek', 'Sneeuwbalgesprek'],
  ['inventaris', 'Teaminventarisatie'],
  ['import', 'CSV-import'],
  ['dubbelen', 'Dubbelen'],
] as const;

function Invoer() {
  const [tab, setTab] = useState<string>(location.hash.slice(1) || 'gesprek');
  const choose = (next: string) => ((location.hash = next), setTab(next));
  return (
    <>
      <TopNav current="invoer" />
      <main>
        <nav aria-label="Invoer" role="tablist">
          {TABS.map(([key, label]) => (
            <button key={key} role="tab" aria-selected={tab === key} type="button" onClick={() => choose(key)}>
              {label}
            </button>
          ))}
        </nav>
        {tab === 'gesprek' && <Interview />}
        {tab === 'inventaris' && <Inventory />}
        {tab === 'import' && <CsvImport />}
        {tab === 'dubbelen' && <Duplicates />}
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<Invoer />);
