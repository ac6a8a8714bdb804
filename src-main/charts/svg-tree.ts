// A minimal SVG element tree: what the chart builder returns. The same tree is serialised to a file
// by export and turned into React elements on screen, so there is one drawing for both.

export type AttrValue = string | number;

export interface SvgNode {
  tag: string;
  /** SVG attribute names as written in the file (kebab-case: `stroke-dasharray`). */
  attrs: Record<string, AttrValue>;
  /** Child elements or text content. */
  children: (SvgNode | string)[];
}

/** Builds a node, dropping undefined attributes so callers can pass optional ones inline. */
export function el(
  tag: string,
  attrs: Record<string, AttrValue | undefined> = {},
  children: (SvgNode | string)[] = [],
): SvgNode {
  const clean: Record<string, AttrValue> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) clean[k] = v;
  return { tag, attrs: clean, children };
}

/** Rounds a coordinate to 0.01 px: enough for print, and it keeps snapshots stable. */
export function px(v: number): number {
  return Math.round(v * 100) / 100;
}

/**
 * The text `${px(v)}` writes, built from whole numbers: a line on screen writes a thousand
 * coordinates per run, and turning a fraction into text was most of building its path.
 */
export function pxText(v: number): string {
  const n = Math.round(v * 100);
  // Beyond this (never a coordinate) the fraction's text may differ: leave it to the number.
  if (!(Math.abs(n) < 1e15)) return String(px(v));
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  const whole = Math.floor(a / 100);
  const cents = a % 100;
  if (cents === 0) return `${sign}${whole}`;
  if (cents % 10 === 0) return `${sign}${whole}.${cents / 10}`;
  return `${sign}${whole}.${cents < 10 ? '0' : ''}${cents}`;
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

/** Serialises a tree; children on their own lines so diffs of snapshots stay readable. */
export function serializeSvg(node: SvgNode, indent = ''): string {
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  if (node.children.length === 0) return `${indent}<${node.tag}${attrs}/>`;
  if (node.children.every((c) => typeof c === 'string')) {
    return `${indent}<${node.tag}${attrs}>${escapeXml(node.children.join(''))}</${node.tag}>`;
  }
  const inner = node.children
    .map((c) =>
      typeof c === 'string' ? indent + '  ' + escapeXml(c) : serializeSvg(c, indent + '  '),
    )
    .join('\n');
  return `${indent}<${node.tag}${attrs}>\n${inner}\n${indent}</${node.tag}>`;
}

/** Rebuilds a tree with `fn` applied to every node, parents first (export outlines text with it). */
export function mapTree(node: SvgNode, fn: (n: SvgNode) => SvgNode): SvgNode {
  const mapped = fn(node);
  return {
    ...mapped,
    children: mapped.children.map((c) => (typeof c === 'string' ? c : mapTree(c, fn))),
  };
}
