// The charts' words in a language, from the clinician catalogs: none for English, the language
// the charts are written in.
import type { ChartWords } from '../charts/chart-words';
import type { Language } from '../contract/parent';
import { CLINICIAN_CATALOGS } from './catalogs';

export function chartWordsFor(language: Language): ChartWords | undefined {
  return language === 'en' ? undefined : (CLINICIAN_CATALOGS[language].chartWords as ChartWords);
}
