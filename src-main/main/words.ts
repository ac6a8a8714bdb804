// The words the main process shows by itself (menu, save and import dialogs, the guide's message,
// a bundle that cannot be opened) in the language the windows said their interface is in
// (LANGUAGE_CHANNEL): the same catalogs as the screens, so a clinician who switches to Spanish
// gets Spanish from the menu bar too.
import type { Language } from '../contract/parent';
import { CLINICIAN_CATALOGS } from '../labels/catalogs';
import type en_common from '../../resources/content/clinician/en/common.json';
import { catalogEntries, fill } from '../walkthrough/catalog';

/** A language a window reported: anything but Spanish is English, the interface's default. */
export function languageOf(value: unknown): Language {
  return value === 'es' ? 'es' : 'en';
}

type Desktop = (typeof en_common)['desktop'];
export type MenuWord = keyof Desktop['menu'];
export type SaveWord = Exclude<keyof Desktop['save'], 'kinds'>;
export type GuideWord = keyof Desktop['guide'];
export type OpenWord = keyof Desktop['open'];
type Startup = Desktop['startup'];
export type StartupWord =
  | `headline.${keyof Startup['headline'] & string}`
  | `advice.${keyof Startup['advice'] & string}`
  | `button.${keyof Startup['button'] & string}`
  | `failed.${keyof Startup['failed'] & string}`
  | 'file'
  | 'noBackups'
  | 'backups';

export interface DesktopWords {
  /** For numbers in the words (decimal comma in Spanish). */
  language: Language;
  menu(key: MenuWord, values?: Record<string, string | number>): string;
  save(key: SaveWord, values?: Record<string, string | number>): string;
  kind(extension: string): string | null;
  startup(key: StartupWord, values?: Record<string, string | number>): string;
  guide(key: GuideWord, values?: Record<string, string | number>): string;
  open(key: OpenWord, values?: Record<string, string | number>): string;
}

export function desktopWords(language: Language): DesktopWords {
  const words = new Map(catalogEntries(CLINICIAN_CATALOGS[language].common.desktop));
  // The catalog tests hold every key in both languages, so a missing word is a programming error.
  const word = (key: string, values: Record<string, string | number> = {}) => {
    const text = words.get(key);
    if (text === undefined) throw new Error(`no desktop word ${key} in ${language}`);
    return fill(text, values);
  };
  return {
    language,
    menu: (key, values) => word(`menu.${key}`, values),
    save: (key, values) => word(`save.${key}`, values),
    kind: (extension) => words.get(`save.kinds.${extension.toLowerCase()}`) ?? null,
    startup: (key, values) => word(`startup.${key}`, values),
    guide: (key, values) => word(`guide.${key}`, values),
    open: (key, values) => word(`open.${key}`, values),
  };
}

/**
 * The language for what is shown before any window has said its own (the startup-error dialog):
 * the system's first preferred language, Spanish in any region, otherwise English.
 */
export function systemLanguage(preferred: readonly string[]): Language {
  return /^es\b/i.test(preferred[0] ?? '') ? 'es' : 'en';
}

/**
 * The interface language for what the main process shows app-wide (the menu, the save dialogs):
 * the last one a window said, English until one says. The windows share one stored choice, so
 * the last report is the person's current choice. Listeners hear only of a change.
 */
export class InterfaceLanguage {
  private current: Language = 'en';
  private readonly listeners: ((language: Language) => void)[] = [];

  get(): Language {
    return this.current;
  }

  said(value: unknown): void {
    const next = languageOf(value);
    if (next === this.current) return;
    this.current = next;
    for (const listener of this.listeners) listener(next);
  }

  onChange(listener: (language: Language) => void): void {
    this.listeners.push(listener);
  }
}
