// Buttons that push the running model by hand: a latch, a pumping, skin-to-skin or acute stress
// starting at the playhead. The case is re-simulated with it and the view plays on from there.
import type { Side } from '../../../src-main/sim/trace';
import { ACT_MINUTES, ACT_STRESS_LEVEL, type ActNowKind } from './actNow';

interface Props {
  side: Side;
  onAct: (kind: ActNowKind) => void;
}

const ACTS: readonly { kind: ActNowKind; label: string; does: (side: Side) => string }[] = [
  {
    kind: 'latch',
    label: 'Latch now',
    does: (side) =>
      `The baby latches on the ${side} breast for ${ACT_MINUTES.latch} min from this moment ` +
      '(after the current feed, if one is under way)',
  },
  {
    kind: 'pump',
    label: 'Pump now',
    does: () =>
      `Double pumping for ${ACT_MINUTES.pump} min from this moment ` +
      '(after the current feed, if one is under way)',
  },
  {
    kind: 'skinToSkin',
    label: 'Skin-to-skin now',
    does: () =>
      `Skin-to-skin contact for ${ACT_MINUTES.skinToSkin} min from this moment ` +
      '(after the current feed, if one is under way)',
  },
  {
    kind: 'stress',
    label: 'Stress now',
    does: () =>
      `Acute stress (level ${ACT_STRESS_LEVEL}) for ${ACT_MINUTES.stress} min from this moment: ` +
      'it delays and weakens the let-down',
  },
];

export function ActNowButtons({ side, onAct }: Props) {
  return (
    <section className="act-now" aria-label="Act now">
      {ACTS.map((a) => (
        <button key={a.kind} type="button" onClick={() => onAct(a.kind)} title={a.does(side)}>
          {a.label}
        </button>
      ))}
    </section>
  );
}
