// Compare: fork the open case at the timeline's current time with one change, run it, hand the fork
// to the charts as an overlay, and show a short table of differences.
import { useId, useState } from 'react';
import {
  changeApplies,
  compareRuns,
  describeChange,
  forkScenario,
  type DifferenceRow,
  type ForkChange,
} from '../../../src-main/charts/compare';
import { differenceCells, differenceHeadings } from '../../../src-main/charts/compare-table';
import type { Scenario } from '../../../src-main/sim/scenario';
import type { Trace } from '../../../src-main/sim/trace';
import { tr, useT } from '../../app/i18n';
import { formatNumber } from '../../lib/format';
import { useChartSay } from './chartWords';
import './charts.css';

export interface ComparePanelProps {
  scenario: Scenario;
  trace: Trace;
  /** Timeline position, model seconds: where the fork starts. */
  timeSec: number;
  /** Runs a scenario through the engine (the caller's engine worker). */
  runScenario(scenario: Scenario): Promise<Trace>;
  /** The fork to overlay on the charts and export, or null when the comparison is cleared. */
  onCompare(result: Fork | null): void;
}

/** A fork of the case: its scenario and run, where it starts and what it changed, in words. */
export interface Fork {
  scenario: Scenario;
  trace: Trace;
  atSec: number;
  label: string;
}

const CHANGES: ForkChange[] = [
  { kind: 'blockFeedingFromNow', blockHours: 4 },
  { kind: 'pumpAfterFeedsFromNow', durationMinutes: 10 },
  { kind: 'skipNightFeeds', hours: 6 },
  { kind: 'pumpNow', durationMinutes: 15 },
  { kind: 'extraFeedNow', side: 'left', durationMinutes: 12 },
  { kind: 'extraFeedNow', side: 'right', durationMinutes: 12 },
  { kind: 'skinToSkinNow', durationMinutes: 30 },
  { kind: 'startPillNow', type: 'combined' },
  { kind: 'startPillNow', type: 'progestinOnly' },
  { kind: 'removePlacentaNow' },
];

/** The fork's moment in the interface language, for the controls, the charts and the files. */
function moment(trace: Trace, tSec: number): string {
  const h = trace.startPostpartumHours + tSec / 3600;
  return h < 72
    ? tr('charts', 'compare.hoursAfterBirth', { hours: formatNumber(h, 1) })
    : tr('charts', 'compare.dayAfterBirth', { day: formatNumber(h / 24, 1) });
}

export function ComparePanel(props: ComparePanelProps) {
  const { scenario, trace, timeSec, runScenario, onCompare } = props;
  const { t } = useT('charts');
  const choices = CHANGES.filter((c) => changeApplies(scenario, c));
  const [choice, setChoice] = useState(0);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{
    label: string;
    atSec: number;
    rows: DifferenceRow[];
  } | null>(null);
  const selectId = useId();
  const say = useChartSay();

  const fork = async () => {
    const change = choices[choice];
    if (!change) return;
    setRunning(true);
    setError(null);
    try {
      const forked = forkScenario(scenario, timeSec, change);
      const forkTrace = await runScenario(forked);
      const label = t('compare.label', {
        change: describeChange(change, say),
        moment: moment(trace, timeSec),
      });
      setResult({ label, atSec: timeSec, rows: compareRuns(trace, forkTrace, timeSec, say) });
      onCompare({ scenario: forked, trace: forkTrace, atSec: timeSec, label });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setRunning(false);
    }
  };

  const clear = () => {
    setResult(null);
    onCompare(null);
  };

  return (
    <section className="compare-panel" aria-label={t('compare.region')}>
      <div className="compare-controls">
        <label htmlFor={selectId}>{t('compare.forkAt', { moment: moment(trace, timeSec) })}</label>
        <select id={selectId} value={choice} onChange={(e) => setChoice(Number(e.target.value))}>
          {choices.map((c, i) => (
            <option key={describeChange(c)} value={i}>
              {describeChange(c, say)}
            </option>
          ))}
        </select>
        <button type="button" onClick={fork} disabled={running}>
          {running ? t('compare.running') : t('compare.fork')}
        </button>
        {result && (
          <button type="button" onClick={clear}>
            {t('compare.clear')}
          </button>
        )}
      </div>
      {error && (
        <p className="compare-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        // The table words the fork as the charts and the exported files do.
        <table className="compare-table">
          <caption>{result.label}</caption>
          <thead>
            <tr>
              {differenceHeadings(say).map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.rows
              .map((r) => differenceCells(r, say))
              .map(([label, ...values]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {values.map((v, i) => (
                    <td key={i}>{v}</td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
