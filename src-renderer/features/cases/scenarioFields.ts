// The scenario parameters a clinician edits in the case library, with the JSON path the main
// side names when a value is out of range, so the message shows next to its field.

export interface ScenarioField {
  label: string;
  path: readonly string[];
  unit?: string;
  kind: 'number' | 'select';
  options?: readonly string[];
}

export const SCENARIO_FIELDS: readonly ScenarioField[] = [
  { label: 'Run length', path: ['durationHours'], unit: 'h', kind: 'number' },
  {
    label: 'Start (hours after birth)',
    path: ['start', 'postpartumHours'],
    unit: 'h',
    kind: 'number',
  },
  {
    label: 'Storage capacity, left',
    path: ['mother', 'storageCapacityMl', 'left'],
    unit: 'mL',
    kind: 'number',
  },
  {
    label: 'Storage capacity, right',
    path: ['mother', 'storageCapacityMl', 'right'],
    unit: 'mL',
    kind: 'number',
  },
  {
    label: 'Established supply',
    path: ['mother', 'supplyMlPerDay'],
    unit: 'mL/day',
    kind: 'number',
  },
  { label: 'Babies (twins 2, triplets 3)', path: ['infant', 'count'], kind: 'number' },
  { label: "Baby's weight", path: ['infant', 'weightKg'], unit: 'kg', kind: 'number' },
  {
    label: 'Birth',
    path: ['birth', 'mode'],
    kind: 'select',
    options: ['vaginal', 'caesarean'],
  },
  {
    label: 'Feeding plan',
    path: ['feeding', 'plan'],
    kind: 'select',
    options: ['onDemand', 'scheduled', 'explicit', 'exclusivePumping'],
  },
  { label: 'Feed interval', path: ['feeding', 'intervalHours'], unit: 'h', kind: 'number' },
  {
    label: 'Sides',
    path: ['feeding', 'pattern'],
    kind: 'select',
    options: ['alternate', 'bothSides', 'block', 'leftOnly', 'rightOnly'],
  },
  {
    label: 'Minutes per breast',
    path: ['feeding', 'minutesPerBreast'],
    unit: 'min',
    kind: 'number',
  },
];

export const fieldKey = (path: readonly string[]): string => path.join('.');

export function readPath(doc: unknown, path: readonly string[]): unknown {
  let node = doc;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `doc` with `value` at `path` (undefined removes the key). */
export function writePath(doc: unknown, path: readonly string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const base =
    doc !== null && typeof doc === 'object' ? { ...(doc as Record<string, unknown>) } : {};
  const next = writePath(base[head], rest, value);
  if (next === undefined) delete base[head];
  else base[head] = next;
  return base;
}

/** Which field an error path such as `patch.scenario.mother.storageCapacityMl.left` belongs to. */
export function fieldForErrorPath(path: string | undefined): string | null {
  if (!path) return null;
  const inner = path.replace(/^(patch\.)?scenario\.?/, '');
  const match = SCENARIO_FIELDS.find((f) => inner === fieldKey(f.path));
  return match ? fieldKey(match.path) : null;
}
