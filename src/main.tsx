import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles.css';
import { bootAppStore } from './store';
import { App } from './ui/App';

// The store starts before the first render, so the canvas fits the loaded design at once.
bootAppStore();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
