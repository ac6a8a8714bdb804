import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyStoredSkinTone } from '../features/anatomy/skinTones';
import { App } from './App';
import { appI18n } from './i18n';
import './styles.css';

applyStoredSkinTone();
// Screen readers and hyphenation follow the interface language.
document.documentElement.lang = appI18n.language;
appI18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
