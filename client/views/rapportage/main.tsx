import { createRoot } from 'react-dom/client';
import { TopNav } from '../../panels/TopNav.tsx';
import { RapportageApp } from './RapportageApp.tsx';
import './rapportage.css';

createRoot(document.getElementById('root')!).render(
  <>
    <div className="no-print">
      <TopNav current="rapportage" />
    </div>
    <RapportageApp />
  </>,
);
