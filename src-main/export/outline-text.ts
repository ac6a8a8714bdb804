// Turns every <text> of a chart tree into glyph outlines, so exported SVG and PNG look identical
// wherever they are opened, with no font installed. The words stay in aria-label for screen
// readers and search.
import { mapTree, px, type AttrValue, type SvgNode } from '../charts/index';
import { interFont, weightOf } from './fonts';

interface Run {
  text: string;
  weight: AttrValue | undefined;
  fill: AttrValue | undefined;
}

function runsOf(node: SvgNode, inherited: Omit<Run, 'text'>): Run[] {
  const here = {
    weight: node.attrs['font-weight'] ?? inherited.weight,
    fill: node.attrs.fill ?? inherited.fill,
  };
  return node.children.flatMap((c) =>
    typeof c === 'string' ? [{ ...here, text: c }] : runsOf(c, here),
  );
}

function glyphPath(
  run: Run,
  size: number,
  startX: number,
  baseline: number,
): { d: string; advance: number } {
  const font = interFont(weightOf(run.weight));
  const scale = size / font.unitsPerEm;
  const laid = font.layout(run.text);
  let x = startX;
  let d = '';
  laid.glyphs.forEach((glyph, i) => {
    const pos = laid.positions[i];
    const gx = x + (pos?.xOffset ?? 0) * scale;
    const gy = baseline - (pos?.yOffset ?? 0) * scale;
    // Font units are y-up; SVG is y-down: scale by (s, -s) then move to the pen position.
    const outline = glyph.path.scale(scale, -scale).translate(gx, gy).toSVG();
    if (outline) d += outline;
    x += (pos?.xAdvance ?? glyph.advanceWidth) * scale;
  });
  return { d: roundPath(d), advance: x - startX };
}

/** Keeps outlined files small: two decimals are well below a print dot. */
function roundPath(d: string): string {
  return d.replace(/-?\d+\.\d+(e-?\d+)?/g, (m) => String(px(Number(m))));
}

function outline(node: SvgNode): SvgNode {
  if (node.tag !== 'text') return node;
  const size = Number(node.attrs['font-size'] ?? 12);
  const x = Number(node.attrs.x ?? 0);
  const y = Number(node.attrs.y ?? 0);
  const runs = runsOf(node, { weight: undefined, fill: undefined });
  // Lay out once at x = 0 to learn the width, then shift for the anchor.
  const width = runs.reduce((w, r) => w + glyphPath(r, size, w, y).advance, 0);
  const anchor = node.attrs['text-anchor'];
  let pen = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  const paths: SvgNode[] = [];
  for (const run of runs) {
    const { d, advance } = glyphPath(run, size, pen, y);
    if (d)
      paths.push({
        tag: 'path',
        attrs: run.fill !== undefined ? { d, fill: run.fill } : { d },
        children: [],
      });
    pen += advance;
  }
  const keep: Record<string, AttrValue> = {};
  for (const k of ['stroke', 'stroke-width', 'paint-order', 'class'] as const) {
    const v = node.attrs[k];
    if (v !== undefined) keep[k] = v;
  }
  if (keep.stroke !== undefined) keep['stroke-linejoin'] = 'round';
  return {
    tag: 'g',
    attrs: { ...keep, role: 'img', 'aria-label': runs.map((r) => r.text).join('') },
    children: paths,
  };
}

export function outlineText(tree: SvgNode): SvgNode {
  // mapTree would descend into the new <g>; its children are paths, which pass through unchanged.
  return mapTree(tree, outline);
}
