// The validation screen's parameter table as a clinician reads it: the language's numbers,
// shares as percent and rates in words.
import { describe, expect, it } from 'vitest';
import { PARAMETERS, type ParameterName } from '../../../src-main/sim/parameters';
import {
  isFraction,
  parameterRange,
  parameterValue,
} from '../../../src-renderer/features/validation/parameterValues';

const value = (name: ParameterName, language: 'en' | 'es') =>
  parameterValue(name, PARAMETERS[name], language);
const range = (name: ParameterName, language: 'en' | 'es') =>
  parameterRange(name, PARAMETERS[name], language);

describe('parameter values', () => {
  it('writes rates in words and decimals in the language’s format', () => {
    expect(value('ejectionRatePerSec', 'en')).toBe('0.06 per second');
    expect(value('ejectionRatePerSec', 'es')).toBe('0,06 por segundo');
    expect(range('ejectionRatePerSec', 'es')).toBe('0,002–0,03 por segundo');
    expect(value('fatInterceptGPerL', 'es')).toBe('21,59 g/L');
    expect(value('gestationDays', 'es')).toBe('280 días');
  });

  it('shows shares as percent, but not exponents', () => {
    expect(value('residualFraction', 'en')).toBe('15 %');
    expect(range('residualFraction', 'es')).toBe('0 %–30 %');
    expect(value('colostrumFraction', 'es')).toBe('4 %');
    expect(isFraction('prolactinPermissiveHill', PARAMETERS.prolactinPermissiveHill)).toBe(false);
    expect(value('needWeightExponent', 'en')).toBe('1');
  });

  it('leaves no point decimals or modeller units in the Spanish table', () => {
    for (const name of Object.keys(PARAMETERS) as ParameterName[]) {
      const shown = `${value(name, 'es')} ${range(name, 'es')}`;
      expect(shown, name).not.toMatch(/\d\.\d|1\/s|1\/day|\bday\b|\bweek\b/);
    }
  });
});
