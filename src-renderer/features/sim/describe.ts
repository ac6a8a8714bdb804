// The text equivalent of the animation at one moment (the drawing's description). Numbers are
// rounded so the text changes when something changes, not on every frame; fullness and flow by
// the rules the close-up and the readouts use (charts/numbers.ts).
import type { FrameModel } from '../anatomy/frameModel';
import { tr } from '../../app/i18n';
import { formatNumber } from '../../lib/format';
import { FLOW_DIGITS, isFlowing, roundFlow } from '../../../src-main/charts/numbers';
import { pumpedMl } from './pumped';

const to5 = (x: number) => formatNumber(Math.round(x / 5) * 5);

export function describeFrame(frame: FrameModel, surgeryCutLobes: number): string {
  const v = frame.values;
  const parts: string[] = [];
  const say = (key: string, values?: Record<string, unknown>) =>
    parts.push(tr('sim', `description.${key}`, values));
  say('fullness', {
    side: tr('sim', `side.${frame.side}`),
    percent: frame.fullnessPercent,
    stored: to5(frame.storedMl),
  });
  if (frame.progesteroneHold) say('progesteroneHold');
  if (frame.nerve > 0.05) say('nerve');
  if (frame.squeeze > 0.05) say('squeeze');
  if (isFlowing(frame.flowMlPerMin))
    say('flowing', { flow: formatNumber(roundFlow(frame.flowMlPerMin), FLOW_DIGITS) });
  else say('notFlowing');
  if (frame.fullness > 0.8) say('swollen');
  if (surgeryCutLobes > 0) say('cutLobes', { count: surgeryCutLobes });
  say('hormones', { prolactin: to5(v.prolactinNgPerMl), oxytocin: to5(v.oxytocinPgPerMl) });
  say('intake', { intake: to5(v.intakeCumulativeMl) });
  const pumped = pumpedMl(v);
  if (pumped >= 2.5) say('pumped', { pumped: to5(pumped) });
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}
