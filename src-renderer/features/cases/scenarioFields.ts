// The scenario parameters a clinician edits in the case library, with the JSON path the main
// side names when a value is out of range, so the message shows next to its field. Labels, units
// and option names are the shared clinical words (src-main/labels/scenario.ts), in the language
// asked for.
import type { Language } from '../../../src-main/contract/parent';
import { fieldLabels, optionLabel } from '../../../src-main/labels/scenario';

export interface ScenarioField {
  label: string;
  path: readonly string[];
  unit?: string;
  /** Hours after birth: the editor shows the moment as day and clock time too. */
  moment: boolean;
  kind: 'number' | 'select';
  /** Option values with the words shown for them. */
  options?: readonly { value: string; label: string }[];
}

/** A field with its clinical label, unit and option names from the shared scenario labels. */
function field(
  language: Language,
  path: string,
  kind: ScenarioField['kind'],
  options?: readonly string[],
): ScenarioField {
  const words = fieldLabels(language)[path];
  return {
    label: words?.label ?? path,
    path: path.split('.'),
    ...(words?.unit ? { unit: words.unit } : {}),
    moment: words?.moment === true,
    kind,
    ...(options
      ? { options: options.map((value) => ({ value, label: optionLabel(path, value, language) })) }
      : {}),
  };
}

const fieldsIn = (language: Language): readonly ScenarioField[] => [
  field(language, 'durationHours', 'number'),
  field(language, 'start.postpartumHours', 'number'),
  field(language, 'mother.storageCapacityMl.left', 'number'),
  field(language, 'mother.storageCapacityMl.right', 'number'),
  field(language, 'mother.supplyMlPerDay', 'number'),
  field(language, 'infant.count', 'number'),
  field(language, 'infant.weightKg', 'number'),
  field(language, 'birth.mode', 'select', ['vaginal', 'caesarean']),
  field(language, 'feeding.plan', 'select', [
    'onDemand',
    'scheduled',
    'explicit',
    'exclusivePumping',
  ]),
  field(language, 'feeding.intervalHours', 'number'),
  field(language, 'feeding.pattern', 'select', [
    'alternate',
    'bothSides',
    'block',
    'leftOnly',
    'rightOnly',
  ]),
  field(language, 'feeding.minutesPerBreast', 'number'),
];

const FIELDS: Record<Language, readonly ScenarioField[]> = {
  en: fieldsIn('en'),
  es: fieldsIn('es'),
};

/** The fields the case editor shows, worded in `language`. */
export const scenarioFields = (language: Language): readonly ScenarioField[] => FIELDS[language];

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
  const match = FIELDS.en.find((f) => inner === fieldKey(f.path));
  return match ? fieldKey(match.path) : null;
}
