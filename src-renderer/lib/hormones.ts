// The three hormones the view draws: which trace channel, where they come from, how they look.
// Each differs by shape as well as colour so colour is never the only signal.
import { PARAMETERS as P } from '../../src-main/sim/parameters';
import type { ChannelName } from '../../src-main/sim/trace';

export type HormoneName = 'prolactin' | 'oxytocin' | 'progesterone';
export type HormoneShape = 'circle' | 'triangle' | 'square';

export interface HormoneInfo {
  name: HormoneName;
  label: string;
  channel: ChannelName;
  unit: string;
  shape: HormoneShape;
  /** CSS variable holding the Okabe–Ito colour (styles.css). */
  colourVar: string;
  source: 'anterior pituitary' | 'posterior pituitary' | 'placenta';
  /** Plasma half-life used to turn concentration into particles that live and clear: the
   *  engine's own, so the particles clear as the plotted level does. */
  halfLifeSec: number;
  /** Concentration that one drawn particle stands for, in the channel's unit. */
  perParticle: number;
}

export const HORMONES: readonly HormoneInfo[] = [
  {
    name: 'prolactin',
    label: 'Prolactin',
    channel: 'prolactinNgPerMl',
    unit: 'ng/mL',
    shape: 'circle',
    colourVar: 'var(--prolactin)',
    source: 'anterior pituitary',
    halfLifeSec: P.prolactinHalfLifeMin.value * 60,
    perParticle: 10,
  },
  {
    name: 'oxytocin',
    label: 'Oxytocin',
    channel: 'oxytocinPgPerMl',
    unit: 'pg/mL',
    shape: 'triangle',
    colourVar: 'var(--oxytocin)',
    source: 'posterior pituitary',
    halfLifeSec: P.oxytocinHalfLifeSec.value,
    perParticle: 3,
  },
  {
    name: 'progesterone',
    label: 'Progesterone',
    channel: 'progesteroneNgPerMl',
    unit: 'ng/mL',
    shape: 'square',
    colourVar: 'var(--progesterone)',
    source: 'placenta',
    halfLifeSec: P.progesteroneHalfLifeMin.value * 60,
    perParticle: 10,
  },
];

/** SVG path of a hormone glyph of radius `r` centred on 0,0. */
export function glyphPath(shape: HormoneShape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'triangle': {
      const h = r * 1.15;
      return `M0,${-h}L${h},${h * 0.8}L${-h},${h * 0.8}Z`;
    }
    case 'square':
      return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}Z`;
  }
}
