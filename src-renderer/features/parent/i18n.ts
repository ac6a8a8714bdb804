// The parent view's i18next instance: the shared catalogs (resources/content/parent), English and
// Spanish, switched live. Its own instance, so the clinician screens stay as they are.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGS } from '../../../src-main/walkthrough/catalog';
import type { Language } from '../../../src-main/contract/parent';

export const parentI18n = i18next.createInstance();

void parentI18n.use(initReactI18next).init({
  resources: {
    en: { translation: CATALOGS.en },
    es: { translation: CATALOGS.es },
  },
  lng: 'en',
  fallbackLng: 'en',
  // React escapes text itself.
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function currentLanguage(): Language {
  return parentI18n.language === 'es' ? 'es' : 'en';
}
