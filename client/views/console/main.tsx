import { createRoot } from 'react-dom/client';
import { TopNav } from '../../panels/TopNav.tsx';
import { ConsoleApp } from './ConsoleApp.tsx';
import './console.css';

createRoot(document.getElementById('root')!).render(
  <>
    <TopNav current="console" />
    <ConsoleApp />
  </>,
);
