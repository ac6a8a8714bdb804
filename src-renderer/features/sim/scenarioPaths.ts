// Reading and writing scenario fields by dotted path, and finding which field a main-side error
// path (`scenario.mother.conditions[0].severity`) belongs to.
import type { Scenario } from '../../../src-main/sim/scenario';

export function readPath(doc: unknown, path: string): unknown {
  let node = doc;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `doc` with `value` at the dotted `path`. */
export function writePath(doc: unknown, path: string, value: unknown): unknown {
  const [head, ...rest] = path.split('.');
  if (head === undefined || head === '') return value;
  const base =
    doc !== null && typeof doc === 'object' ? { ...(doc as Record<string, unknown>) } : {};
  base[head] = rest.length === 0 ? value : writePath(base[head], rest.join('.'), value);
  return base;
}

/**
 * The panel's field key for an error path: plain dotted paths for scalar fields, and
 * `condition.<kind>.<param>` for a condition (its index is looked up in the scenario).
 */
export function fieldOfErrorPath(scenario: Scenario, path: string | undefined): string | null {
  if (!path) return null;
  const inner = path.replace(/^scenario\.?/, '');
  const cond = /^mother\.conditions\[(\d+)\]\.?(\w*)/.exec(inner);
  if (cond) {
    const kind = scenario.mother?.conditions?.[Number(cond[1])]?.kind;
    return kind ? `condition.${kind}.${cond[2] ?? ''}` : null;
  }
  return inner || null;
}
