// "What if": the family's pattern and one change, run side by side over a week, with the
// difference in supply in one plain sentence.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { extent } from 'd3';
import type { FeedingPattern } from '../../../src-main/contract/parent';
import type { Scenario } from '../../../src-main/sim/scenario';
import type { Trace } from '../../../src-main/sim/trace';
import { whatIfSentence } from '../../../src-main/walkthrough/catalog';
import {
  applyWhatIf,
  scenarioForPattern,
  whatIfDifference,
  WHAT_IF_DAYS,
  whatIfsFor,
  type WhatIf,
} from '../../../src-main/walkthrough/what-if';
import { resolutionFor } from '../../../src-main/contract/resolution';
import { errorText } from '../../app/errorText';
import { runScenario } from '../sim/engineClient';
import { currentLanguage } from './i18n';
import { WhatIfChart } from './WhatIfChart';

interface Props {
  scenario: Scenario;
  pattern: FeedingPattern;
  whatIf: WhatIf;
  onWhatIf: (w: WhatIf) => void;
}

export function WhatIfPanel({ scenario, pattern, whatIf, onWhatIf }: Props) {
  const { t } = useTranslation();
  const [runs, setRuns] = useState<{ base: Trace; alt: Trace; whatIf: WhatIf } | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const compare = async () => {
    setRunning(true);
    setError(null);
    const change = applyWhatIf(pattern, whatIf);
    try {
      // Asked for as the handout asks, so the sentence here is the handout's.
      const run = (s: Scenario) => runScenario(s, resolutionFor(s));
      const [base, alt] = await Promise.all([
        run(scenarioForPattern(scenario, pattern)),
        run(scenarioForPattern(scenario, change.pattern, { block: change.block })),
      ]);
      setRuns({ base, alt, whatIf });
    } catch (e) {
      setError(errorText(e, {}, currentLanguage()));
    } finally {
      setRunning(false);
    }
  };

  const diff = runs ? whatIfDifference(runs.base, runs.alt) : null;
  const domain = runs
    ? (extent([...runs.base.channels.supplyMlPerDay, ...runs.alt.channels.supplyMlPerDay]) as [
        number,
        number,
      ])
    : ([0, 1] as [number, number]);
  domain[0] = 0;
  const chartLabel = t('ui.supplyChart', { days: WHAT_IF_DAYS });
  return (
    <div className="what-if">
      <label>
        {t('ui.whatIfPick')}
        <select value={whatIf} onChange={(e) => onWhatIf(e.target.value as WhatIf)}>
          {whatIfsFor(pattern).map((w) => (
            <option key={w} value={w}>
              {t(`whatIf.${w}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void compare()} aria-disabled={running}>
        {t('ui.compare')}
      </button>
      {running && <p role="status">{t('ui.whatIfRunning')}</p>}
      {error && <p role="alert">{error}</p>}
      {runs && diff && (
        <div className="what-if-result" data-testid="what-if-result">
          <div className="what-if-columns">
            <section aria-label={t('ui.whatIfYours')}>
              <h4>{t('ui.whatIfYours')}</h4>
              <WhatIfChart
                trace={runs.base}
                domain={domain}
                label={`${t('ui.whatIfYours')}: ${chartLabel}`}
              />
              <p>{t('whatIf.supplyAfter', { days: diff.days, amount: diff.baseSupply })}</p>
            </section>
            <section aria-label={t(`whatIf.${runs.whatIf}`)}>
              <h4>{t(`whatIf.${runs.whatIf}`)}</h4>
              <WhatIfChart
                trace={runs.alt}
                domain={domain}
                label={`${t(`whatIf.${runs.whatIf}`)}: ${chartLabel}`}
              />
              <p>{t('whatIf.supplyAfter', { days: diff.days, amount: diff.altSupply })}</p>
            </section>
          </div>
          <p className="what-if-difference" role="status">
            <strong>{whatIfSentence(currentLanguage(), diff)}</strong>
          </p>
          {runs.whatIf === 'blockFeeding' && <p className="hint">{t('whatIf.blockNote')}</p>}
        </div>
      )}
    </div>
  );
}
