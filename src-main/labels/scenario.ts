// Clinical words for the scenario document: a label and unit for every field, a name for every
// option, fractions as percent and moments as day and clock time after birth. The case editor,
// the case parameters panel, their error messages and the PDF report all speak through this
// module; the JSON paths stay in the command line and in bundle-import reports. The words are in
// the clinician catalogs (fields.json); the main side, the CLI and the report keep English unless
// given a language, the renderer passes the interface language.
import type { Language } from '../contract/parent';
import { CLINICIAN_CATALOGS } from './catalogs';

export interface FieldLabel {
  label: string;
  unit?: string;
  /** A 0–1 fraction shown as percent. */
  percent?: boolean;
  /** Hours after birth, shown as day and clock time. */
  moment?: boolean;
  /** Minutes after the run's start, shown as day and clock time when the start is known. */
  runMinutes?: boolean;
}

interface FieldWords {
  fields: Record<string, { label: string; unit?: string }>;
  options: Record<string, Record<string, string>>;
  words: { yes: string; no: string; moment: string; beforeBirth: string; percent: string };
  /** Rule texts the scenario parser writes, English in en, ordered wrappers first. */
  rules: Record<string, string>;
  /** Words that fill a rule's placeholders: list names, value kinds, units. */
  terms: Record<string, string>;
}

const words = (language: Language) => CLINICIAN_CATALOGS[language].fields as unknown as FieldWords;

const PERCENT_FIELDS = new Set([
  'mother.conditions.sheehanSyndrome.severity',
  'mother.conditions.breastSurgery.lobesAffectedFraction',
  'mother.conditions.stress.level',
]);

function labelsIn(language: Language): Record<string, FieldLabel> {
  const english = words('en').fields;
  return Object.fromEntries(
    Object.entries(words(language).fields).map(([key, w]) => [
      key,
      {
        ...w,
        ...(PERCENT_FIELDS.has(key) ? { percent: true } : {}),
        ...(english[key]?.unit === 'h after birth' ? { moment: true } : {}),
        ...(english[key]?.unit === 'min into the run' ? { runMinutes: true } : {}),
      },
    ]),
  );
}

const LABELS: Record<Language, Record<string, FieldLabel>> = {
  en: labelsIn('en'),
  es: labelsIn('es'),
};

/** Keyed by dotted path; array items as `[]`, conditions as `mother.conditions.<kind>.<field>`. */
export const FIELD_LABELS: Record<string, FieldLabel> = LABELS.en;

/** What each option of a choice field is called, in English. */
export const OPTION_LABELS: Record<string, Record<string, string>> = words('en').options;

/** The field labels in a language. */
export const fieldLabels = (language: Language = 'en'): Record<string, FieldLabel> =>
  LABELS[language];

export const optionLabel = (key: string, value: string, language: Language = 'en'): string =>
  words(language).options[key]?.[value] ?? value;

/**
 * The label key of a JSON path as the main side names it (`patch.scenario.mother.conditions[0]
 * .severity`, `cases[2].scenario.feeding.plan`): wrappers dropped, array indices as `[]`, and a
 * condition's index replaced by its kind, read from the scenario.
 */
export function labelKey(path: string, scenario?: unknown): string {
  const inner = path.replace(/^(?:.*\.)?scenario\.?/, '');
  const cond = /^mother\.conditions\[(\d+)\]\.?(.*)$/.exec(inner);
  if (cond) {
    const list = (scenario as { mother?: { conditions?: { kind?: string }[] } } | undefined)?.mother
      ?.conditions;
    const kind = list?.[Number(cond[1])]?.kind ?? '';
    return `mother.conditions.${kind}.${cond[2] ?? ''}`;
  }
  return inner.replace(/\[\d+\]/g, '[]');
}

export function fieldLabel(
  path: string,
  scenario?: unknown,
  language: Language = 'en',
): FieldLabel | undefined {
  return LABELS[language][labelKey(path, scenario)];
}

/**
 * "Storage capacity, right breast: must be between 50 and 700 mL" for an error at a JSON path;
 * in Spanish the rule too ("… : debe estar entre 50 y 700 mL"). A message the rule table does not
 * know keeps its English words after the field's label.
 */
export function errorForField(
  path: string | undefined,
  message: string,
  scenario?: unknown,
  language: Language = 'en',
): string {
  // The message may name the path as the request has it (`scenario.mother…`) or as the engine's
  // parser has it (`mother…`, from the engine worker): the clinician reads the label instead.
  const inner = path?.replace(/^(?:.*\.)?scenario\./, '');
  const named = [path, inner].find((p) => p && message.startsWith(`${p}: `));
  const bare = named ? message.slice(named.length + 2) : message;
  const field = path === undefined ? undefined : fieldLabel(path, scenario, language);
  if (!field) return bare;
  return `${field.label}: ${ruleText(bare, language, field.percent === true) ?? bare}`;
}

/** An English rule template as a pattern: `{{name}}` captures, everything else literal. */
function templatePattern(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{\{\w+\}\})/)
    .map((part) => {
      const hole = /^\{\{(\w+)\}\}$/.exec(part);
      if (!hole) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(hole[1]!);
      return '(.+?)';
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`), names };
}

const RULES = Object.entries(words('en').rules).map(([key, template]) => ({
  key,
  ...templatePattern(template),
}));

/** A parser's rule text in `language`, or undefined when the table does not know it. */
function ruleText(text: string, language: Language, asPercent: boolean): string | undefined {
  for (const { key, pattern, names } of RULES) {
    const match = pattern.exec(text);
    if (!match) continue;
    let out = words(language).rules[key]!;
    for (const [i, name] of names.entries()) {
      const value = match[i + 1]!;
      const filled =
        name === 'rule'
          ? (ruleText(value, language, asPercent) ?? value)
          : asPercent && (name === 'min' || name === 'max') && Number.isFinite(Number(value))
            ? percent(Number(value), language)
            : quantity(value, language);
      out = out.replace(`{{${name}}}`, () => filled);
    }
    return out;
  }
  return undefined;
}

/** "700 mL/day" → "700 mL/día", "0.5" → "0,5", "appetite changes" → "cambios de apetito". */
function quantity(text: string, language: Language): string {
  const term = (t: string) => {
    const key = Object.entries(words('en').terms).find(([, english]) => english === t)?.[0];
    return key === undefined ? t : words(language).terms[key]!;
  };
  const amount = /^(-?\d+(?:\.\d+)?)(?: (.+))?$/.exec(text);
  if (!amount) return term(text);
  const n = number(Number(amount[1]), language, amount[1]!);
  return amount[2] === undefined ? n : `${n} ${term(amount[2])}`;
}

/** English keeps the number as written; Spanish writes it with its own separators. */
const number = (n: number, language: Language, english: string): string =>
  language === 'en' ? english : new Intl.NumberFormat('es-ES').format(n);

export const percent = (fraction: number, language: Language = 'en'): string => {
  const value = Math.round(fraction * 1000) / 10;
  return words(language).words.percent.replace('{{value}}', number(value, language, String(value)));
};

/**
 * A moment after birth as day and clock time, counting the birth as day 0 at 00:00:
 * "day 42, 08:30 after birth"; before birth, "36 h before birth".
 */
export function momentLabel(hoursAfterBirth: number, language: Language = 'en'): string {
  const w = words(language).words;
  if (hoursAfterBirth < 0)
    return w.beforeBirth.replace('{{hours}}', String(Math.round(-hoursAfterBirth)));
  const minutes = Math.round(hoursAfterBirth * 60);
  const day = Math.floor(minutes / 1440);
  const inDay = minutes - day * 1440;
  const clock = `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
  return w.moment.replace('{{day}}', String(day)).replace('{{clock}}', clock);
}

/**
 * A field's value in the words and units the clinician reads; minutes into the run as day and
 * clock time when the run's start (hours after birth) is given.
 */
export function valueLabel(
  key: string,
  value: unknown,
  language: Language = 'en',
  startHours?: number,
): string {
  const field = LABELS[language][key];
  if (typeof value === 'boolean')
    return value ? words(language).words.yes : words(language).words.no;
  if (typeof value === 'string') return optionLabel(key, value, language);
  if (typeof value !== 'number') return String(value);
  if (field?.percent) return percent(value, language);
  if (field?.moment) return momentLabel(value, language);
  if (field?.runMinutes && startHours !== undefined)
    return momentLabel(startHours + value / 60, language);
  const n = number(value, language, String(value));
  return field?.unit ? `${n} ${field.unit}` : n;
}

/**
 * The scenario as "label: value" lines, arrays item by item, for the report. The format version
 * (`schema`) is for files, not for clinicians, and is left out.
 */
export function labelledLines(scenario: unknown, language: Language = 'en'): string[] {
  const start = (scenario as { start?: { postpartumHours?: unknown } } | null)?.start
    ?.postpartumHours;
  const startHours = typeof start === 'number' ? start : undefined;
  const lines = (value: unknown, path: string): string[] => {
    if (Array.isArray(value)) return value.flatMap((v, i) => lines(v, `${path}[${i}]`));
    if (value !== null && typeof value === 'object') {
      return Object.entries(value)
        .filter(([k]) => !(path.startsWith('mother.conditions[') && k === 'kind'))
        .filter(([k]) => !(path === '' && k === 'schema'))
        .flatMap(([k, v]) => lines(v, path ? `${path}.${k}` : k));
    }
    const key = labelKey(path, scenario);
    const field = LABELS[language][key];
    return [`${field?.label ?? path}: ${valueLabel(key, value, language, startHours)}`];
  };
  return lines(scenario, '');
}
