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

/** The whole drawing: an `<svg>` root with its viewBox, and at most MAX_DRAWING_NODES elements. */
export const drawingSchema = nodeSchema.superRefine((node, ctx) => {
  if (node.tag !== 'svg') ctx.addIssue({ code: 'custom', message: 'the root must be an <svg>' });
  if (typeof node.attrs.viewBox !== 'string') {
    ctx.addIssue({ code: 'custom', message: 'the root needs a viewBox' });
  }
  if (countNodes(node) > MAX_DRAWING_NODES) {
    ctx.addIssue({ code: 'custom', message: `at most ${MAX_DRAWING_NODES} elements` });
  }
});
