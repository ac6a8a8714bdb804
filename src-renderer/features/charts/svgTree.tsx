// Renders the pure chart builder's SVG tree as React elements: the same drawing export writes to
// files, with React owning the DOM (style principle 8).
import { createElement, type ReactNode } from 'react';
// Exports outline their text in Inter (src-main/export/fonts.ts); the screen draws the same font,
// in the same two weights, so a chart looks alike in the app and on the slide.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import type { SvgNode } from '../../../src-main/charts/svg-tree';

/** SVG attribute → React prop: kebab-case becomes camelCase; data-/aria- stay as written. */
function propName(attr: string): string {
  if (attr === 'class') return 'className';
  if (attr.startsWith('data-') || attr.startsWith('aria-')) return attr;
  return attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

export function svgTreeToReact(node: SvgNode, key?: string | number): ReactNode {
  // Provenance metadata belongs to exported files; the namespaced element means nothing in the DOM.
  if (node.tag === 'metadata') return null;
  const props: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(node.attrs)) props[propName(k)] = v;
  if (key !== undefined) props.key = key;
  const children = node.children.map((c, i) => (typeof c === 'string' ? c : svgTreeToReact(c, i)));
  return createElement(node.tag, props, ...children);
}
