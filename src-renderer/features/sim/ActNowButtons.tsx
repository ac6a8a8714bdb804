// Buttons that push the running model by hand: a latch, a pumping, skin-to-skin or acute stress
// starting at the playhead. The case is re-simulated with it and the view plays on from there.
import type { Side } from '../../../src-main/sim/trace';
import { useT } from '../../app/i18n';
import { formatNumber } from '../../lib/format';
import { ACT_MINUTES, ACT_STRESS_LEVEL, type ActNowKind } from './actNow';

interface Props {
  side: Side;
  onAct: (kind: ActNowKind) => void;
}

/** The button's words and what it does, as keys of the sim catalog (`actNow.*`). */
const ACTS: readonly { kind: ActNowKind; label: string; does: string }[] = [
  { kind: 'latch', label: 'actNow.latch', does: 'actNow.latchDoes' },
  { kind: 'pump', label: 'actNow.pump', does: 'actNow.pumpDoes' },
  { kind: 'skinToSkin', label: 'actNow.skinToSkin', does: 'actNow.skinToSkinDoes' },
  { kind: 'stress', label: 'actNow.stress', does: 'actNow.stressDoes' },
];

export function ActNowButtons({ side, onAct }: Props) {
  const { t } = useT('sim');
  return (
    <section className="act-now" aria-label={t('actNow.region')}>
      {ACTS.map((a) => (
        <button
          key={a.kind}
          type="button"
          onClick={() => onAct(a.kind)}
          title={t(a.does, {
            side: t(`side.${side}`),
            minutes: ACT_MINUTES[a.kind],
            level: formatNumber(ACT_STRESS_LEVEL, 1),
          })}
        >
          {t(a.label)}
        </button>
      ))}
    </section>
  );
}
