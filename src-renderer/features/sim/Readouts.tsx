// Numbers behind the picture at the current moment; hormones carry their shape as well as colour.
import type { FrameModel } from '../anatomy/frameModel';
import { glyphPath, HORMONES } from '../../lib/hormones';
import { formatNumber } from '../../lib/format';

interface Props {
  frame: FrameModel;
  capacityMl: { left: number; right: number };
  onSelect: (id: string) => void;
}

export function Readouts({ frame, capacityMl, onSelect }: Props) {
  const v = frame.values;
  return (
    <div className="readouts">
      <button
        type="button"
        className="intake"
        onClick={() => onSelect('intake')}
        data-testid="intake"
      >
        <span className="intake-label">Baby's intake</span>
        <span className="intake-value" data-intake={v.intakeCumulativeMl.toFixed(1)}>
          {formatNumber(v.intakeCumulativeMl)} mL
        </span>
        <span className="intake-rate">{formatNumber(v.intakeMlPerMin, 1)} mL/min now</span>
      </button>
      <dl className="hormone-levels">
        {HORMONES.map((h) => (
          <div key={h.name}>
            <dt>
              <svg width="18" height="18" viewBox="-10 -10 20 20" aria-hidden="true">
                <path d={glyphPath(h.shape, 7)} className={`hormone ${h.name}`} />
              </svg>{' '}
              {h.label}
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
              <dt>{side === 'left' ? 'Left' : 'Right'} breast</dt>
              <dd>
                <meter min={0} max={1} value={fullness} aria-label={`${side} breast fullness`} />{' '}
                {formatNumber(stored)} / {formatNumber(capacityMl[side])} mL
              </dd>
            </div>
          );
        })}
        <div>
          <dt>Synthesis</dt>
          <dd>{formatNumber(v.synthesisMlPerH, 1)} mL/h</dd>
        </div>
        <div>
          <dt>Supply</dt>
          <dd>{formatNumber(v.supplyMlPerDay)} mL/day</dd>
        </div>
      </dl>
    </div>
  );
}
