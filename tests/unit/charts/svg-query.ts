// Reading a chart's SVG tree in tests: the nodes that match, and the words of a text node.
import type { SvgNode } from '../../../src-main/charts/index';

export function find(node: SvgNode, pred: (n: SvgNode) => boolean): SvgNode[] {
  const here = pred(node) ? [node] : [];
  return here.concat(node.children.flatMap((c) => (typeof c === 'string' ? [] : find(c, pred))));
}

export const textOf = (n: SvgNode): string =>
  n.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
