// The main drawing: breast section, brain inset, nerve and bloodstream, particles, close-up.
// One render per frame from the frame model; static shapes are memoised per layout.
import { memo, type CSSProperties, type MouseEvent } from 'react';
import { AlveolusCloseUp } from './AlveolusCloseUp';
import { BrainGlow, BrainInset } from './BrainInset';
import { DuctMilk, DuctsAndSurface, Lobes, Tissue } from './BreastSection';
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
  /** Id of the text equivalent of what the drawing shows at this moment. */
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

/**
 * Two stacked SVGs with one viewBox, each its own compositing layer. The lower one holds what
 * changes rarely (tissue, lobes whose alveoli swell and fill in steps, ducts, labels), the
 * upper one what moves every frame (milk in the ducts, nerve impulses, particles, gland glow,
 * the close-up), so a moving particle repaints only the upper layer. (Four layers, one per
 * kind, measured slower: with software compositing every layer costs a blend per frame.)
 */
export function AnatomyView(props: Props) {
  const { layout, frame, cut } = props;
  const staticVars = {
    '--alv-scale': frame.sectionAlveolusScale.toFixed(3),
    '--milk-scale': frame.sectionMilkScale.toFixed(3),
  } as CSSProperties;
  const dynamicVars = {
    '--flow-offset': `${(-frame.flowOffset).toFixed(1)}px`,
    '--duct-milk': frame.ductMilk.toFixed(3),
    '--nerve': frame.nerve.toFixed(3),
    '--nerve-offset': `${(-frame.nerveOffset).toFixed(1)}px`,
  } as CSSProperties;
  const onClick = (e: MouseEvent) => {
    const term = termOf(e.target);
    if (term) props.onSelect(term);
  };
  const viewBox = `0 0 ${VIEW.width} ${VIEW.height}`;
  return (
    <div
      className="anatomy-stage"
      role="img"
      aria-label={`Breast anatomy, ${layout.mode} view, ${frame.side} breast`}
      aria-describedby={props.descriptionId}
      data-mode={layout.mode}
      data-highlight={props.highlight ?? undefined}
      onClick={onClick}
    >
      <svg className="anatomy-static" viewBox={viewBox} style={staticVars}>
        <Tissue layout={layout} />
        <Lobes layout={layout} cut={cut} fill={Math.round(frame.fullness * 100) / 100} />
        <DuctsAndSurface layout={layout} cut={cut} />
        <BrainInset sheehanSeverity={props.sheehanSeverity} />
        <Vessels layout={layout} />
        <Labels layout={layout} />
      </svg>
      <svg className="anatomy-dynamic" viewBox={viewBox} style={dynamicVars}>
        <DuctMilk layout={layout} cut={cut} />
        <path
          className="nerve-impulse"
          d={layout.nerveD}
          data-active={frame.nerve > 0.02 || undefined}
        />
        <BrainGlow
          nerve={frame.nerve}
          prolactinRelease={props.release.prolactin}
          oxytocinRelease={props.release.oxytocin}
        />
        <HormoneParticles
          layout={layout}
          schedules={props.schedules}
          t={frame.t}
          reducedMotion={props.reducedMotion}
        />
        <AlveolusCloseUp frame={frame} activation={props.activation} />
      </svg>
    </div>
  );
}
