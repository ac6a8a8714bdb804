// The charts' words in the interface language. A language switch re-renders the caller (through
// `useT`), which rebuilds its charts.
import { makeSay, type ChartWords, type Say } from '../../../src-main/charts/index';
import { chartWordsFor } from '../../../src-main/labels/chart-words';
import { useT } from '../../app/i18n';

export function useChartWords(): ChartWords | undefined {
  const { i18n } = useT('chartWords');
  return chartWordsFor(i18n.language === 'es' ? 'es' : 'en');
}

/** `say` for chart wording used outside a chart (the comparison's change and table). */
export function useChartSay(): Say {
  return makeSay(useChartWords());
}
