// Renders the pure chart builder's SVG tree as React elements: the same drawing export writes to
// files, with React owning the DOM (style principle 8).
import { createElement, type ReactNode } from 'react';
// Exports outline their text in Inter (src-main/export/fonts.ts); the screen draws the same font,
// in the same two weights, so a chart looks alike in the app and on the slide.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import type { AttrValue, SvgNode } from '../../../src-main/charts/svg-tree';

/** A tree drawn as React elements, each node beside the element it became. */
interface Drawn {
  node: SvgNode;
  element: ReactNode;
  children: (Drawn | string)[];
}

const propNames = new Map<string, string>();

/** SVG attribute → React prop: kebab-case becomes camelCase; data-/aria- stay as written. */
function propName(attr: string): string {
  let name = propNames.get(attr);
  if (name === undefined) {
    if (attr === 'class') name = 'className';
    else if (attr.startsWith('data-') || attr.startsWith('aria-')) name = attr;
    else name = attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    propNames.set(attr, name);
  }
  return name;
}

function sameAttrs(a: Record<string, AttrValue>, b: Record<string, AttrValue>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * Draws `node`, reusing the elements of `previous` (the same place in the last drawing) where
 * nothing under them changed: React skips an element it has already committed, so a new run
 * re-renders only the lines and labels that moved, not every axis, tick and legend.
 */
function draw(node: SvgNode, previous: Drawn | null, key: number | undefined): Drawn {
  const children = node.children.map((c, i) => {
    if (typeof c === 'string') return c;
    const before = previous?.children[i];
    return draw(c, typeof before === 'object' ? before : null, i);
  });
  if (
    previous !== null &&
    previous.node.tag === node.tag &&
    previous.children.length === children.length &&
    children.every((c, i) => {
      const before = previous.children[i];
      return typeof c === 'string'
        ? c === before
        : typeof before === 'object' && c.element === before.element;
    }) &&
    sameAttrs(previous.node.attrs, node.attrs)
  ) {
    return { node, element: previous.element, children };
  }
  // Provenance metadata belongs to exported files; the namespaced element means nothing in the DOM.
  if (node.tag === 'metadata') return { node, element: null, children };
  const props: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(node.attrs)) props[propName(k)] = v;
  if (key !== undefined) props.key = key;
  const elements = children.map((c) => (typeof c === 'string' ? c : c.element));
  return { node, element: createElement(node.tag, props, ...elements), children };
}

export function svgTreeToReact(node: SvgNode): ReactNode {
  return draw(node, null, undefined).element;
}

/**
 * Draws one chart's successive trees (one per run shown), each reusing the elements of the last
 * where its nodes are unchanged. Which drawing came last does not matter for correctness: an
 * element React has not committed is compared as any new one.
 */
export class SvgTreeDrawer {
  private last: Drawn | null = null;

  draw(node: SvgNode): ReactNode {
    this.last = draw(node, this.last, undefined);
    return this.last.element;
  }
}
