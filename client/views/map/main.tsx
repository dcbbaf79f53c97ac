import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installTestHook } from '../../core/app/test-hook.ts';
import '../../styles.css';
import { App } from './App.tsx';

installTestHook();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
