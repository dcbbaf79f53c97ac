import { createRoot } from 'react-dom/client';
import { TopNav } from '../shared/TopNav.tsx';

createRoot(document.getElementById('root')!).render(
  <>
    <TopNav current="invoer" />
    <main>
      <p>Invoer: in aanbouw.</p>
    </main>
  </>,
);
