// The text equivalent of the animation at one moment, for the img's label and the caption.
import type { FrameModel } from '../anatomy/frameModel';
import { formatNumber } from '../../lib/format';

export function describeFrame(frame: FrameModel, surgeryCutLobes: number): string {
  const v = frame.values;
  const parts: string[] = [];
  parts.push(
    `${frame.side} breast ${Math.round(frame.fullness * 100)} % full (${formatNumber(frame.storedMl)} mL stored in the alveoli)`,
  );
  if (frame.progesteroneHold) parts.push('progesterone is holding secretion back');
  if (frame.nerve > 0.05) parts.push('nerve signals run from the nipple to the hypothalamus');
  if (frame.squeeze > 0.05)
    parts.push('myoepithelial cells are squeezing: a milk ejection is under way');
  if (frame.flowMlPerMin > 0.05)
    parts.push(`milk flows through the ducts at ${formatNumber(frame.flowMlPerMin, 1)} mL/min`);
  else parts.push('no milk is flowing out');
  if (frame.fullness > 0.8) parts.push('the alveoli are swollen and synthesis is slowing');
  if (surgeryCutLobes > 0) parts.push(`${surgeryCutLobes} lobes with cut ducts stay dry`);
  parts.push(
    `prolactin ${formatNumber(v.prolactinNgPerMl)} ng/mL, oxytocin ${formatNumber(v.oxytocinPgPerMl)} pg/mL`,
  );
  parts.push(`the baby has taken ${formatNumber(v.intakeCumulativeMl)} mL`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}
