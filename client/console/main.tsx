import { createRoot } from 'react-dom/client';
import { TopNav } from '../shared/TopNav.tsx';

createRoot(document.getElementById('root')!).render(
  <>
    <TopNav current="console" />
    <main>
      <p>Cypher-console: in aanbouw.</p>
    </main>
  </>,
);
