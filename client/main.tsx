import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [health, setHealth] = useState<{ store: string; counts: { nodes: number; ties: number } } | null>(null);
  useEffect(() => {
    void fetch('/api/health')
      .then((response) => response.json())
      .then(setHealth);
  }, []);
  return (
    <main>
      <h1>Wijknetwerk</h1>
      <p>{health ? `${health.counts.nodes} knopen, ${health.counts.ties} banden (${health.store})` : 'Laden…'}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
