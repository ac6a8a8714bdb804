// What an exported drawing may hold: plain shapes and text, their geometry and presentation
// attributes. The renderer copies these from the screen (slides/snapshot.ts) and the contract
// refuses anything else (contract/svg-drawing.ts), so both read the one list.

export const DRAWING_TAGS = [
  'svg',
  'g',
  'path',
  'circle',
  'ellipse',
  'rect',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
] as const;

/** Where a shape is: copied from the element as written. */
export const GEOMETRY_ATTRIBUTES = [
  'd',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'width',
  'height',
  'points',
] as const;

/** How it is drawn: resolved from the stylesheet into attributes. */
export const PRESENTATION_ATTRIBUTES = [
  'transform',
  'opacity',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'vector-effect',
  'font-size',
  'font-weight',
  'text-anchor',
] as const;
