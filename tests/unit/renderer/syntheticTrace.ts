// A tiny hand-made trace for unit tests of the renderer's pure code (never shipped in the app).
import { CHANNELS, type ChannelName, type Trace } from '../../../src-main/sim/trace';

export function syntheticTrace(durationSec = 600, stepSec = 10): Trace {
  const n = Math.floor(durationSec / stepSec) + 1;
  const timesSec = Float64Array.from({ length: n }, (_, i) => i * stepSec);
  const channels = {} as Record<ChannelName, Float64Array>;
  for (const name of Object.keys(CHANNELS) as ChannelName[]) channels[name] = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = i * stepSec;
    channels.leftFullness[i] = 1 - t / durationSec;
    channels.leftStoredMl[i] = 200 * (1 - t / durationSec);
    channels.leftFlowMlPerMin[i] = 6;
    // Oxytocin: a pulse to 45 pg/mL at 120 s on a basal 5 pg/mL.
    channels.oxytocinPgPerMl[i] = 5 + (t >= 120 ? 40 * Math.exp(-(t - 120) / 216) : 0);
    channels.prolactinNgPerMl[i] = 100;
  }
  return {
    modelVersion: 'test',
    timesSec,
    channels,
    events: [
      { atSeconds: 0, kind: 'latch', side: 'left' },
      { atSeconds: 60, kind: 'ejectionStart', side: 'left' },
      { atSeconds: 150, kind: 'ejectionEnd', side: 'left' },
      { atSeconds: 300, kind: 'ejectionStart', side: 'left' },
      { atSeconds: 300, kind: 'ejectionStart', side: 'right' },
      { atSeconds: 400, kind: 'ejectionEnd', side: 'left' },
    ],
    summary: {
      milkRemovedMl: 60,
      milkRemovedPer24hMl: 0,
      feeds: 1,
      ejectionsPerFeed: 2,
      firstEjectionLatencySec: 60,
      prolactinPeakMinutesAfterFeedStart: null,
      prolactinFoldRise: null,
      meanSynthesisRateMlPerHour: 20,
      fatStartGPerL: null,
      fatEndGPerL: null,
      removedFractionPerFeed: null,
      lactogenesisIIOnsetHours: null,
      supplyStartMlPerDay: 800,
      supplyEndMlPerDay: 800,
    },
    startPostpartumHours: 1008,
    durationSec,
  };
}
