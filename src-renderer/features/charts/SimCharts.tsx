// The charts beside the animation: every chart reads the same trace and shows the timeline
// cursor; a fork of the case can be overlaid; exports go through the main side.
import { useState } from 'react';
import type { Scenario } from '../../../src-main/sim/scenario';
import type { Trace } from '../../../src-main/sim/trace';
import { call } from '../../app/api';
import { runScenario } from '../sim/engineClient';
import { ChartsPanel, type ExportChoice } from './ChartsPanel';
import { uiLanguage } from '../../app/i18n';
import { ComparePanel, type Fork } from './ComparePanel';

interface Props {
  trace: Trace;
  scenario: Scenario;
  caseTitle: string;
  timeSec: number;
  onSeek(timeSec: number): void;
  /** The chart panel under the pointer (its label), or null: the anatomy outlines what it acts on. */
  onHoverPanel?(panel: string | null): void;
}

export function SimCharts({ trace, scenario, caseTitle, timeSec, onSeek, onHoverPanel }: Props) {
  const [fork, setFork] = useState<Fork | null>(null);

  const exportCharts = async (choice: ExportChoice) => {
    const { files } = await call('export.charts', {
      scenario,
      caseTitle,
      charts: choice.charts,
      format: choice.format,
      ...(choice.pngSize ? { pngSize: choice.pngSize } : {}),
      style: choice.style,
      theme: choice.theme,
      language: uiLanguage(),
      ...(fork
        ? { compare: { scenario: fork.scenario, label: fork.label, atSec: fork.atSec } }
        : {}),
    });
    return files;
  };

  return (
    <div className="sim-charts">
      <ComparePanel
        scenario={scenario}
        trace={trace}
        timeSec={timeSec}
        runScenario={runScenario}
        onCompare={setFork}
      />
      <ChartsPanel
        trace={trace}
        timeSec={timeSec}
        onSeek={onSeek}
        caseTitle={caseTitle}
        onExport={exportCharts}
        {...(onHoverPanel ? { onHoverPanel } : {})}
        {...(fork ? { compare: fork.trace, compareLabel: fork.label } : {})}
      />
    </div>
  );
}
