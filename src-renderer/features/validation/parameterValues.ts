// An engine parameter's value and plausible range as a clinician reads them: numbers in the
// language's format (decimal comma in Spanish), fractions as percent, and rates and counts in
// words ("per second", "days") where the table's unit is a symbol only a modeller reads.
import type { Language } from '../../../src-main/contract/parent';
import { CLINICIAN_CATALOGS } from '../../../src-main/labels/catalogs';
import { percent } from '../../../src-main/labels/scenario';
import type { Parameter } from '../../../src-main/sim/parameters';

const LOCALE: Record<Language, string> = { en: 'en-GB', es: 'es-ES' };

/**
 * A dimensionless parameter between 0 and 1 is a share (residual milk, the effect of the pill),
 * shown as percent; exponents and spreads of a logarithm are not shares, whatever their range.
 */
export const isFraction = (name: string, p: Parameter): boolean =>
  p.unit === '1' && p.min >= 0 && p.max <= 1 && !/Exponent|Hill|Sd$/.test(name);

function unitWords(unit: string, language: Language): string {
  if (unit === '1') return '';
  const words = CLINICIAN_CATALOGS[language].validation['units'] as Record<string, string>;
  return words[unit] ?? unit;
}

function shown(n: number, name: string, p: Parameter, language: Language): string {
  if (isFraction(name, p)) return percent(n, language);
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 4 }).format(n);
}

/** "0,06 por segundo", "15 %", "280 days". */
export function parameterValue(name: string, p: Parameter, language: Language): string {
  const unit = isFraction(name, p) ? '' : unitWords(p.unit, language);
  return [shown(p.value, name, p, language), unit].filter(Boolean).join(' ');
}

/** "0–30 %" is written "0 %–30 %"; a unit in words follows the range once. */
export function parameterRange(name: string, p: Parameter, language: Language): string {
  const unit = isFraction(name, p) ? '' : unitWords(p.unit, language);
  const range = `${shown(p.min, name, p, language)}–${shown(p.max, name, p, language)}`;
  return [range, unit].filter(Boolean).join(' ');
}
