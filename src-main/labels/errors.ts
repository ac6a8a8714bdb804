// An error from the contract as one sentence a clinician reads: the field by its label, the rule
// in the interface language with numbers in its format, never a JSON path or a library's words.
// The English `message` with its path stays for the command line and bundle-import reports.
import type { ApiErrorData, ErrorRule } from '../contract/errors';
import type { Language } from '../contract/parent';
import { CLINICIAN_CATALOGS } from './catalogs';
import { errorForField, fieldLabel, labelKey, optionLabel, percent } from './scenario';

interface ErrorWords {
  requestFields: Record<string, string>;
  errors: Record<string, string>;
}

const words = (language: Language) => CLINICIAN_CATALOGS[language].fields as unknown as ErrorWords;

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

const LOCALE: Record<Language, string> = { en: 'en-GB', es: 'es-ES' };
const num = (n: number, language: Language) => new Intl.NumberFormat(LOCALE[language]).format(n);

/** A request path names a scenario field when it runs through `scenario` (or is one, bare). */
const inScenario = (error: ApiErrorData) =>
  error.code === 'BAD_SCENARIO' || /(^|\.)scenario(\.|\[|$)/.test(error.path ?? '');

/** The last named step of a path: `patch.title` → title, `beats[2].caption` → caption. */
const lastName = (path: string) =>
  path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter(Boolean)
    .pop() ?? '';

function ruleWords(
  rule: ErrorRule,
  language: Language,
  field: { key: string; unit?: string; percent?: boolean } | undefined,
): string {
  const w = words(language).errors;
  switch (rule.id) {
    case 'tooShort':
      return rule.min <= 1 ? w['empty']! : fill(w['tooShort']!, { min: num(rule.min, language) });
    case 'tooLong':
      return fill(w['tooLong']!, { max: num(rule.max, language) });
    case 'tooMany':
      return fill(w['tooMany']!, { max: num(rule.max, language) });
    case 'range': {
      // Percent on each end ("0 % and 100 %"), a unit once after the range ("50 and 700 mL").
      const shown = (n: number) => (field?.percent ? percent(n, language) : num(n, language));
      const words = fill(w[rule.whole ? 'rangeWhole' : 'range']!, {
        min: shown(rule.min),
        max: shown(rule.max),
      });
      const ranged = field?.unit && !field.percent ? `${words} ${field.unit}` : words;
      if (rule.got === undefined) return ranged;
      const got = field?.percent ? percent(rule.got, language) : num(rule.got, language);
      return fill(w['got']!, { rule: ranged, got });
    }
    case 'controlChar':
    case 'brokenText':
      return fill(w[rule.id]!, { at: num(rule.at, language) });
    case 'oneOf':
      return fill(w['oneOf']!, {
        values: rule.values.map((v) => optionLabel(field?.key ?? '', v, language)).join(', '),
      });
    default:
      return w[rule.id]!;
  }
}

export interface ErrorContext {
  /** The scenario the request carried, so a condition's index can be read as its kind. */
  scenario?: unknown;
}

/**
 * The sentence for an error in `language`: "Title: must not contain tabs or other control
 * characters (character 6)". An error of no known kind says so generically, with the log's
 * reference when there is one.
 */
export function errorSentence(
  error: ApiErrorData,
  language: Language,
  context: ErrorContext = {},
): string {
  if (error.worded) return error.message;
  const w = words(language).errors;
  const refusal = CLINICIAN_CATALOGS[language].app['libraryRefusals'] as Record<string, string>;
  if (error.code === 'BUSY' || error.code === 'LIBRARY_READ_ONLY') return refusal[error.code]!;
  const byCode = w[error.code];
  if (byCode !== undefined) return byCode;
  const fieldError =
    error.code === 'BAD_REQUEST' || error.code === 'BAD_SCENARIO' || error.code === 'BAD_IMPORT';
  if (!fieldError) {
    return error.reference ? fill(w['internal']!, { reference: error.reference }) : w['unknown']!;
  }
  const path = error.path ?? '';
  // A request by id comes from an address (a bookmark, a link sent by mail): an id of no possible
  // record means the link is broken, not that the reader entered a wrong value.
  if (path === 'id') return w['badId']!;
  const scenarioField = inScenario(error)
    ? fieldLabel(path, context.scenario, language)
    : undefined;
  if (error.rule === undefined && scenarioField !== undefined) {
    // The scenario parser's rules without data (kinds, "must change something") keep its words.
    return errorForField(path, error.message, context.scenario, language);
  }
  const label =
    scenarioField?.label ?? words(language).requestFields[lastName(path)] ?? w['aValue']!;
  const field = scenarioField && {
    key: labelKey(path, context.scenario),
    ...(scenarioField.unit ? { unit: scenarioField.unit } : {}),
    ...(scenarioField.percent ? { percent: true } : {}),
  };
  const rule = error.rule ? ruleWords(error.rule, language, field) : w['invalid']!;
  return fill(w['withField']!, { field: label, rule });
}
