import { createRoot } from 'react-dom/client';
import { TopNav } from '../../panels/TopNav.tsx';
import { BeheerApp } from './BeheerApp.tsx';
import './beheer.css';

createRoot(document.getElementById('root')!).render(
  <>
    <TopNav current="beheer" />
    <BeheerApp />
  </>,
);
