// The clinician interface's i18next instance: English and Spanish, chosen in the header and
// remembered on this computer. The parent view keeps its own instance (features/parent/i18n.ts),
// so a clinician can show a parent the walkthrough in Spanish while the screens stay in English.
import i18next from 'i18next';
import { useMemo } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import {
  CLINICIAN_CATALOGS,
  CLINICIAN_NAMESPACES,
  type ClinicianNamespace,
} from '../../../src-main/labels/catalogs';
import type { Language } from '../../../src-main/contract/parent';

const KEY = 'lactasim.language';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(KEY) === 'es' ? 'es' : 'en';
  } catch {
    return 'en'; // Storage can be refused (private windows); English is the default.
  }
}

export const appI18n = i18next.createInstance();

void appI18n.use(initReactI18next).init({
  resources: CLINICIAN_CATALOGS,
  ns: [...CLINICIAN_NAMESPACES],
  defaultNS: 'common',
  lng: storedLanguage(),
  fallbackLng: 'en',
  // React escapes text itself.
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function uiLanguage(): Language {
  return appI18n.language === 'es' ? 'es' : 'en';
}

/** The BCP 47 locale numbers and dates are formatted in. */
export function uiLocale(): string {
  return uiLanguage() === 'es' ? 'es-ES' : 'en-GB';
}

export function setUiLanguage(language: Language): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Not remembered, but the switch still applies to this window.
  }
  void appI18n.changeLanguage(language);
}

/**
 * Words looked up without values, by language, namespace and key. A lookup through i18next
 * takes tens of microseconds, and a new run re-renders the player with a few hundred of them
 * (buttons, labels, titles); the catalogs do not change while the app runs.
 */
const looked = new Map<string, string>();

function lookUp(language: string, ns: string, key: string, find: () => string): string {
  const id = `${language}\u0000${ns}\u0000${key}`;
  let words = looked.get(id);
  if (words === undefined) {
    words = find();
    looked.set(id, words);
  }
  return words;
}

/** `t` for one screen area's catalog; re-renders the component when the language changes. */
export function useT(ns: ClinicianNamespace) {
  const translation = useTranslation(ns, { i18n: appI18n });
  const { t: find, i18n } = translation;
  const language = i18n.language;
  const t = useMemo(() => {
    const cached = (...args: Parameters<typeof find>) => {
      const [key] = args;
      return args.length === 1 && typeof key === 'string'
        ? lookUp(language, ns, key, () => find(key))
        : find(...args);
    };
    // Trans and other readers take the namespace and language from the function's own fields.
    return Object.assign(cached, find) as typeof find;
  }, [find, language, ns]);
  return { ...translation, t };
}

/** `t` outside React (formatters, pure helpers run by components). */
export const tr = (ns: ClinicianNamespace, key: string, values?: Record<string, unknown>) =>
  values === undefined
    ? lookUp(appI18n.language, ns, key, () => appI18n.t(key, { ns }))
    : appI18n.t(key, { ns, ...values });

/**
 * `tr` for wording shown a hundred times a render (a timeline mark's tooltip): the wording is
 * looked up once per language with a stand-in for each value, then filled here, where i18next's
 * filling took about 0.1 ms a time. Only for plain string values (no plurals or formats).
 */
export function trFilled(ns: ClinicianNamespace, key: string, values: Record<string, string>) {
  const names = Object.keys(values);
  const slot = (i: number) => String.fromCharCode(1 + i);
  const wording = lookUp(appI18n.language, ns, `${key}\u0000${names.join()}`, () =>
    appI18n.t(key, { ns, ...Object.fromEntries(names.map((name, i) => [name, slot(i)])) }),
  );
  return names.reduce((text, name, i) => text.split(slot(i)).join(values[name] ?? ''), wording);
}
