// The main drawing: breast section, brain inset, nerve and bloodstream, particles, close-up.
// One render per frame from the frame model; static shapes are memoised per layout.
import { memo, type CSSProperties, type MouseEvent } from 'react';
import { AlveolusCloseUp } from './AlveolusCloseUp';
import { BrainInset } from './BrainInset';
import { BreastSection } from './BreastSection';
import type { FrameModel } from './frameModel';
import { VIEW, type Layout } from './geometry';
import { HormoneParticles, type Schedules } from './HormoneParticles';
import { anatomyLabels } from './labels';
import './anatomy.css';

interface Props {
  layout: Layout;
  frame: FrameModel;
  schedules: Schedules;
  cut: ReadonlySet<number>;
  reducedMotion: boolean;
  /** Structure highlighted because it is focused or selected in the list. */
  highlight: string | null;
  onSelect: (termId: string) => void;
  release: { prolactin: number; oxytocin: number };
  sheehanSeverity: number;
  activation: number;
  /** Text equivalent of what the drawing shows at this moment. */
  description: string;
  descriptionId: string;
}

const Labels = memo(function Labels({ layout }: { layout: Layout }) {
  return (
    <g className="labels" aria-hidden="true">
      {anatomyLabels(layout).map((l) => (
        <g key={l.text}>
          <line className="leader" x1={l.at[0]} y1={l.at[1] - 8} x2={l.to[0]} y2={l.to[1]} />
          <text className="label" x={l.at[0]} y={l.at[1]} textAnchor={l.anchor}>
            {l.text}
          </text>
        </g>
      ))}
    </g>
  );
});

const Vessels = memo(function Vessels({ layout }: { layout: Layout }) {
  return (
    <g>
      <path data-part="bloodstream" className="blood" d={layout.bloodD} />
      <path data-part="nerve" className="nerve" d={layout.nerveD} />
      <text className="label small" x={960} y={300} textAnchor="start">
        Bloodstream
      </text>
      <text className="label small" x={1100} y={532}>
        Nerve path (spinal cord)
      </text>
    </g>
  );
});

/** Which glossary entry a clicked drawn element belongs to. */
function termOf(target: EventTarget): string | null {
  if (!(target instanceof Element)) return null;
  const el = target.closest('[data-hormone],[data-part]');
  if (!el) return null;
  const part = el.getAttribute('data-hormone') ?? el.getAttribute('data-part');
  if (part === 'ductule') return 'duct';
  return part;
}

export function AnatomyView(props: Props) {
  const { layout, frame, cut } = props;
  const vars = {
    '--alv-scale': frame.alveolusScale.toFixed(3),
    '--milk-scale': frame.milkScale.toFixed(3),
    '--flow-offset': `${(-frame.flowOffset).toFixed(1)}px`,
    '--duct-milk': frame.ductMilk.toFixed(3),
    '--nerve': frame.nerve.toFixed(3),
    '--nerve-offset': `${(-frame.nerveOffset).toFixed(1)}px`,
  } as CSSProperties;
  const onClick = (e: MouseEvent) => {
    const term = termOf(e.target);
    if (term) props.onSelect(term);
  };
  return (
    <div
      className="anatomy-stage"
      role="img"
      aria-label={`Breast anatomy, ${layout.mode === 'classical' ? 'classical' : 'ultrasound'} view: ${props.description}`}
      aria-describedby={props.descriptionId}
    >
      <svg
        className="anatomy"
        viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
        data-mode={layout.mode}
        data-highlight={props.highlight ?? undefined}
        data-squeeze={frame.squeeze > 0.05 || undefined}
        style={vars}
        onClick={onClick}
      >
        <BreastSection layout={layout} cut={cut} fill={Math.round(frame.fullness * 100) / 100} />
        <BrainInset
          nerve={frame.nerve}
          prolactinRelease={props.release.prolactin}
          oxytocinRelease={props.release.oxytocin}
          sheehanSeverity={props.sheehanSeverity}
        />
        <Vessels layout={layout} />
        <path
          className="nerve-impulse"
          d={layout.nerveD}
          data-active={frame.nerve > 0.02 || undefined}
        />
        <HormoneParticles
          layout={layout}
          schedules={props.schedules}
          t={frame.t}
          reducedMotion={props.reducedMotion}
        />
        <AlveolusCloseUp frame={frame} activation={props.activation} />
        <Labels layout={layout} />
      </svg>
    </div>
  );
}
