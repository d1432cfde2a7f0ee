import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers every element before React renders, so React 19 sees their properties and sets
// objects as properties instead of attributes.
import '@cds-vn/elements/define-all.js';
import { App } from './App.tsx';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
