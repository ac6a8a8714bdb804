// The parent view's i18next instance: the shared catalogs (resources/content/parent), English and
// Spanish, switched live. Its own instance, so the clinician screens stay as they are; it starts in
// the interface language and follows it when that changes (a Spanish-speaking clinician's families
// most likely read Spanish), and the family's language can still be set apart in the parent view.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGS } from '../../../src-main/walkthrough/catalog';
import type { Language } from '../../../src-main/contract/parent';
import { appI18n, uiLanguage } from '../../app/i18n';

export const parentI18n = i18next.createInstance();

void parentI18n.use(initReactI18next).init({
  resources: {
    en: { translation: CATALOGS.en },
    es: { translation: CATALOGS.es },
  },
  lng: uiLanguage(),
  fallbackLng: 'en',
  // React escapes text itself.
  interpolation: { escapeValue: false },
  initAsync: false,
});

appI18n.on('languageChanged', () => void parentI18n.changeLanguage(uiLanguage()));

export function currentLanguage(): Language {
  return parentI18n.language === 'es' ? 'es' : 'en';
}
