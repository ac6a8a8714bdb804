// The text equivalent of the animation at one moment (the drawing's description). Numbers are
// rounded so the text changes when something changes, not on every frame.
import type { FrameModel } from '../anatomy/frameModel';
import { formatNumber } from '../../lib/format';

const to5 = (x: number) => formatNumber(Math.round(x / 5) * 5);

export function describeFrame(frame: FrameModel, surgeryCutLobes: number): string {
  const v = frame.values;
  const parts: string[] = [];
  parts.push(
    `${frame.side} breast ${Math.round(frame.fullness * 20) * 5} % full (about ${to5(frame.storedMl)} mL stored in the alveoli)`,
  );
  if (frame.progesteroneHold) parts.push('progesterone is holding secretion back');
  if (frame.nerve > 0.05) parts.push('nerve signals run from the nipple to the hypothalamus');
  if (frame.squeeze > 0.05)
    parts.push('myoepithelial cells are squeezing: a milk ejection is under way');
  if (frame.flowMlPerMin > 0.05)
    parts.push(`milk flows through the ducts at about ${formatNumber(frame.flowMlPerMin)} mL/min`);
  else parts.push('no milk is flowing out');
  if (frame.fullness > 0.8) parts.push('the alveoli are swollen and synthesis is slowing');
  if (surgeryCutLobes > 0) parts.push(`${surgeryCutLobes} lobes with cut ducts stay dry`);
  parts.push(
    `prolactin about ${to5(v.prolactinNgPerMl)} ng/mL, oxytocin about ${to5(v.oxytocinPgPerMl)} pg/mL`,
  );
  parts.push(`the baby has taken about ${to5(v.intakeCumulativeMl)} mL`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}
