import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyStoredSkinTone } from '../features/anatomy/skinTones';
import { App } from './App';
import './styles.css';

applyStoredSkinTone();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
