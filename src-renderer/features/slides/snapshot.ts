// The anatomy drawing as one self-contained SVG tree, taken from what is on screen: both layers of
// the stage (AnatomyView), every element with its computed colours, strokes and transforms written
// as attributes, since a file has none of the app's stylesheet or CSS variables. The main side
// outlines its words in Inter and writes it as SVG, PNG or an animation frame.
import { DRAWING_TAGS, GEOMETRY_ATTRIBUTES } from '../../../src-main/charts/drawing-vocabulary';
import type { AttrValue, SvgNode } from '../../../src-main/charts/svg-tree';
import { tr } from '../../app/i18n';
import { parseMatrix, parsePaint, transformAbout } from './svgPaint';

/** Shapes and text are copied; anything else in the drawing (none today) is left out. */
const DRAWN: ReadonlySet<string> = new Set(DRAWING_TAGS.filter((t) => t !== 'svg'));
/** Stroke and text properties written when they differ from SVG's initial value. */
const PROPERTIES: [string, string][] = [
  ['stroke-width', '1px'],
  ['stroke-dasharray', 'none'],
  ['stroke-dashoffset', '0px'],
  ['stroke-linecap', 'butt'],
  ['stroke-linejoin', 'miter'],
  ['paint-order', 'normal'],
  ['vector-effect', 'none'],
  ['fill-rule', 'nonzero'],
];
const TEXT_PROPERTIES = ['font-size', 'font-weight', 'text-anchor'];

/** "14px, 10px" → "14 10"; "4px" → "4". */
const plain = (v: string) => v.replace(/px/g, '').replace(/,\s*/g, ' ');

function paintAttrs(style: CSSStyleDeclaration, attrs: Record<string, AttrValue>): void {
  for (const which of ['fill', 'stroke'] as const) {
    const paint = parsePaint(style.getPropertyValue(which));
    const opacity = Number(style.getPropertyValue(`${which}-opacity`) || 1) * (paint?.alpha ?? 1);
    attrs[which] = paint?.color ?? (which === 'fill' ? '#000000' : 'none');
    if (opacity < 1) attrs[`${which}-opacity`] = Math.round(opacity * 1000) / 1000;
  }
}

function transformAttr(el: SVGGraphicsElement, style: CSSStyleDeclaration): string | null {
  const matrix = parseMatrix(style.transform);
  if (!matrix) return el.getAttribute('transform');
  let [ox = 0, oy = 0] = style.transformOrigin.split(' ').map((v) => parseFloat(v));
  // A fill-box origin is measured from the shape's own box, the others from the user space.
  if (style.getPropertyValue('transform-box') === 'fill-box') {
    const box = el.getBBox();
    ox += box.x;
    oy += box.y;
  }
  return transformAbout(matrix, ox, oy);
}

function snapshotElement(el: Element): SvgNode | null {
  const tag = el.tagName.toLowerCase();
  if (!DRAWN.has(tag) || !(el instanceof SVGGraphicsElement)) return null;
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden') return null;
  const attrs: Record<string, AttrValue> = {};
  for (const name of GEOMETRY_ATTRIBUTES) {
    const v = el.getAttribute(name);
    if (v !== null) attrs[name] = v;
  }
  const transform = transformAttr(el, style);
  if (transform) attrs.transform = transform;
  const opacity = Number(style.opacity);
  if (opacity < 1) attrs.opacity = opacity;
  if (tag !== 'g') {
    paintAttrs(style, attrs);
    for (const [name, initial] of PROPERTIES) {
      const v = style.getPropertyValue(name);
      if (v && v !== initial) attrs[name] = plain(v);
    }
  }
  if (tag === 'text' || tag === 'tspan') {
    for (const name of TEXT_PROPERTIES) attrs[name] = plain(style.getPropertyValue(name));
  }
  const children: (SvgNode | string)[] = [];
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      if (tag === 'text' || tag === 'tspan') children.push(child.textContent ?? '');
    } else if (child instanceof Element) {
      const node = snapshotElement(child);
      if (node) children.push(node);
    }
  }
  // An empty group draws nothing; leaving it out keeps files small.
  if (tag === 'g' && children.length === 0) return null;
  return { tag, attrs, children };
}

/**
 * The stage's layers (`.anatomy-stage > svg`, bottom first) over the page's background, as one
 * `<svg>` in the drawing's own units. Its size is the drawing's on screen, in CSS px.
 */
export function snapshotDrawing(stage: Element): SvgNode {
  const layers = Array.from(stage.querySelectorAll(':scope > svg'));
  const first = layers[0];
  if (!(first instanceof SVGSVGElement)) throw new Error(tr('slides', 'errors.notOnScreen'));
  const { width: vw, height: vh } = first.viewBox.baseVal;
  const background = parsePaint(getComputedStyle(stage).getPropertyValue('--bg'));
  const box = stage.getBoundingClientRect();
  const children: SvgNode[] = [
    {
      tag: 'rect',
      attrs: { width: vw, height: vh, fill: background?.color ?? '#ffffff' },
      children: [],
    },
  ];
  for (const layer of layers) {
    const drawn = Array.from(layer.children)
      .map(snapshotElement)
      .filter((n): n is SvgNode => n !== null);
    children.push({ tag: 'g', attrs: {}, children: drawn });
  }
  return {
    tag: 'svg',
    attrs: {
      width: Math.round(box.width),
      height: Math.round(box.height),
      viewBox: `0 0 ${vw} ${vh}`,
    },
    children,
  };
}
