// A drawing sent from the renderer to be written as a file (the anatomy drawing for slides): an
// SVG element tree limited to plain shapes, text and presentation attributes, so a file made from
// it can hold no script, link, image or foreign content, and its size is bounded.
import { z } from 'zod';
import {
  DRAWING_TAGS,
  GEOMETRY_ATTRIBUTES,
  PRESENTATION_ATTRIBUTES,
} from '../charts/drawing-vocabulary';
import type { SvgNode } from '../charts/svg-tree';
import { lineText } from './text';

const DRAWING_ATTRIBUTES = ['viewBox', ...GEOMETRY_ATTRIBUTES, ...PRESENTATION_ATTRIBUTES] as const;

/** More than the drawing at its most detailed (cells of every alveolus in view: ~12 000). */
export const MAX_DRAWING_NODES = 40_000;

/** Attribute values: numbers, or text without markup or CSS escapes (`url(`, `<`, `&`). */
const attrValue = z.union([
  z.number().finite(),
  z
    .string()
    .max(200_000)
    .regex(/^[A-Za-z0-9 .,#%()+-]*$/, 'numbers, colours, path data or a keyword'),
]);

const nodeSchema: z.ZodType<SvgNode> = z.lazy(() =>
  z
    .object({
      tag: z.enum(DRAWING_TAGS),
      attrs: z.partialRecord(z.enum(DRAWING_ATTRIBUTES), attrValue),
      children: z.array(z.union([lineText(500, 0), nodeSchema])).max(MAX_DRAWING_NODES),
    })
    .strict(),
) as z.ZodType<SvgNode>;

function countNodes(node: SvgNode): number {
  let n = 1;
  for (const c of node.children) if (typeof c !== 'string') n += countNodes(c);
  return n;
}

/** The root's size on screen, CSS px: from a phone's width to an 8K screen's. */
export const DRAWING_SIZE_PX = { min: 16, max: 8192 } as const;

/** The whole drawing: an `<svg>` root with its viewBox, and at most MAX_DRAWING_NODES elements. */
export const drawingSchema = nodeSchema.superRefine((node, ctx) => {
  if (node.tag !== 'svg') ctx.addIssue({ code: 'custom', message: 'the root must be an <svg>' });
  const box =
    typeof node.attrs.viewBox === 'string' ? node.attrs.viewBox.trim().split(/[\s,]+/) : [];
  const [, , boxWidth, boxHeight] = box.map(Number);
  if (box.length !== 4 || !(Number(boxWidth) > 0) || !(Number(boxHeight) > 0)) {
    ctx.addIssue({
      code: 'custom',
      path: ['attrs', 'viewBox'],
      message: 'the root needs a viewBox of four numbers with a positive width and height',
    });
  }
  for (const side of ['width', 'height'] as const) {
    const value = node.attrs[side];
    if (value === undefined) continue;
    const px = Number(value);
    if (!Number.isInteger(px) || px < DRAWING_SIZE_PX.min || px > DRAWING_SIZE_PX.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['attrs', side],
        message: `the drawing's ${side} must be a whole number of pixels from ${DRAWING_SIZE_PX.min} to ${DRAWING_SIZE_PX.max}`,
      });
    }
  }
  if (countNodes(node) > MAX_DRAWING_NODES) {
    ctx.addIssue({ code: 'custom', message: `at most ${MAX_DRAWING_NODES} elements` });
  }
});
