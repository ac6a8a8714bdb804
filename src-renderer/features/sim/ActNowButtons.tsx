// Buttons that push the running model by hand: a latch, a pumping or skin-to-skin starting at the
// playhead. The case is re-simulated with the session added and the view plays on from there.
import type { Side } from '../../../src-main/sim/trace';
import type { ActNowKind } from './actNow';

interface Props {
  side: Side;
  onAct: (kind: ActNowKind) => void;
}

const ACTS: readonly { kind: ActNowKind; label: string; does: (side: Side) => string }[] = [
  {
    kind: 'latch',
    label: 'Latch now',
    does: (side) => `The baby latches on the ${side} breast for 12 min`,
  },
  { kind: 'pump', label: 'Pump now', does: () => 'Double pumping for 15 min' },
  { kind: 'skinToSkin', label: 'Skin-to-skin now', does: () => 'Skin-to-skin contact for 30 min' },
];

export function ActNowButtons({ side, onAct }: Props) {
  return (
    <section className="act-now" aria-label="Act now">
      {ACTS.map((a) => (
        <button
          key={a.kind}
          type="button"
          onClick={() => onAct(a.kind)}
          // The engine starts a session asked for during a feed once that feed ends.
          title={`${a.does(side)} from this moment (after the current feed, if one is under way)`}
        >
          {a.label}
        </button>
      ))}
    </section>
  );
}
