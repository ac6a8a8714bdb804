// Numbers behind the picture at the current moment; hormones carry their shape as well as colour.
import type { FrameModel } from '../anatomy/frameModel';
import { glyphPath, HORMONES } from '../../lib/hormones';
import { formatNumber } from '../../lib/format';
import { FLOW_DIGITS, roundFlow } from '../../../src-main/charts/numbers';
import { pumpedMl } from './pumped';
import { useT } from '../../app/i18n';

interface Props {
  frame: FrameModel;
  capacityMl: { left: number; right: number };
  onSelect: (id: string) => void;
}

export function Readouts({ frame, capacityMl, onSelect }: Props) {
  const { t } = useT('sim');
  const v = frame.values;
  const pumped = pumpedMl(v);
  return (
    <div className="readouts">
      <button
        type="button"
        className="intake"
        onClick={() => onSelect('intake')}
        data-testid="intake"
      >
        <span className="intake-label">{t('readouts.intake')}</span>
        <span className="intake-value" data-intake={v.intakeCumulativeMl.toFixed(1)}>
          {formatNumber(v.intakeCumulativeMl)} mL
        </span>
        <span className="intake-rate">
          {t('readouts.intakeRate', {
            rate: formatNumber(roundFlow(v.intakeMlPerMin), FLOW_DIGITS),
          })}
        </span>
        {pumped >= 0.5 && (
          <span className="intake-rate">
            {t('readouts.pumped', { value: formatNumber(pumped) })}
          </span>
        )}
      </button>
      <dl className="hormone-levels">
        {HORMONES.map((h) => (
          <div key={h.name}>
            <dt>
              <svg width="18" height="18" viewBox="-10 -10 20 20" aria-hidden="true">
                <path d={glyphPath(h.shape, 7)} className={`hormone ${h.name}`} />
              </svg>{' '}
              {t(`hormones.${h.name}`)}
            </dt>
            <dd>
              {formatNumber(v[h.channel], h.name === 'progesterone' ? 1 : 0)} {h.unit}
            </dd>
          </div>
        ))}
      </dl>
      <dl className="breast-levels">
        {(['left', 'right'] as const).map((side) => {
          const stored = side === 'left' ? v.leftStoredMl : v.rightStoredMl;
          const fullness = side === 'left' ? v.leftFullness : v.rightFullness;
          return (
            <div key={side}>
              <dt>{t(`readouts.breast.${side}`)}</dt>
              <dd>
                <meter
                  min={0}
                  max={1}
                  value={fullness}
                  aria-label={t(`readouts.fullness.${side}`)}
                />{' '}
                {formatNumber(stored)} / {formatNumber(capacityMl[side])} mL
              </dd>
            </div>
          );
        })}
        <div>
          <dt>{t('readouts.synthesis')}</dt>
          <dd>{t('readouts.perHour', { value: formatNumber(v.synthesisMlPerH, 1) })}</dd>
        </div>
        <div>
          <dt>{t('readouts.supply')}</dt>
          <dd>{formatNumber(v.supplyMlPerDay)} mL/day</dd>
        </div>
      </dl>
    </div>
  );
}
