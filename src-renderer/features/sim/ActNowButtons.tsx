// Buttons that push the running model by hand: a latch, a pumping, skin-to-skin or acute stress
// starting at the playhead. The case is re-simulated with it and the view plays on from there;
// an act the case has no room for is refused here, in words, before anything runs.
import { useState } from 'react';
import { MAX_CONDITIONS, type Scenario } from '../../../src-main/sim/scenario';
import type { Side } from '../../../src-main/sim/trace';
import { useT } from '../../app/i18n';
import { formatNumber } from '../../lib/format';
import { ACT_MINUTES, ACT_STRESS_LEVEL, actNow, type ActNowKind } from './actNow';

interface Props {
  side: Side;
  /** The case as it runs and the playhead, to know whether an act still fits. */
  scenario: Scenario;
  atSec: number;
  onAct: (kind: ActNowKind) => void;
}

/** The button's words and what it does, as keys of the sim catalog (`actNow.*`). */
const ACTS: readonly { kind: ActNowKind; label: string; does: string }[] = [
  { kind: 'latch', label: 'actNow.latch', does: 'actNow.latchDoes' },
  { kind: 'pump', label: 'actNow.pump', does: 'actNow.pumpDoes' },
  { kind: 'skinToSkin', label: 'actNow.skinToSkin', does: 'actNow.skinToSkinDoes' },
  { kind: 'stress', label: 'actNow.stress', does: 'actNow.stressDoes' },
];

export function ActNowButtons({ side, scenario, atSec, onAct }: Props) {
  const { t } = useT('sim');
  const [refused, setRefused] = useState(false);
  return (
    <section className="act-now" aria-label={t('actNow.region')}>
      {ACTS.map((a) => (
        <button
          key={a.kind}
          type="button"
          onClick={() => {
            const fits = actNow(scenario, a.kind, atSec, side) !== null;
            setRefused(!fits);
            if (fits) onAct(a.kind);
          }}
          title={t(a.does, {
            side: t(`side.${side}`),
            minutes: ACT_MINUTES[a.kind],
            level: formatNumber(ACT_STRESS_LEVEL, 1),
          })}
        >
          {t(a.label)}
        </button>
      ))}
      <p role="status" className="hint">
        {refused ? t('actNow.conditionsFull', { max: MAX_CONDITIONS }) : ''}
      </p>
    </section>
  );
}
