import { createRoot } from 'react-dom/client';
import { TopNav } from '../shared/TopNav.tsx';

createRoot(document.getElementById('root')!).render(
  <>
    <TopNav current="rapportage" />
    <main>
      <p>Netwerkrapportage: in aanbouw.</p>
    </main>
  </>,
);
