import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyStoredSkinTone } from '../features/anatomy/skinTones';
import { App } from './App';
import { appI18n, uiLanguage } from './i18n';
import './styles.css';

applyStoredSkinTone();
// Screen readers and hyphenation follow the interface language; so does the desktop app's own
// question before a window with unsaved changes closes.
const followLanguage = () => {
  document.documentElement.lang = appI18n.language;
  window.lactasimDesktop?.setLanguage(uiLanguage());
};
followLanguage();
appI18n.on('languageChanged', followLanguage);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
