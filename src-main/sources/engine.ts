// The sources behind every engine figure: each parameter and age table names its sources in its
// note ("Kent 2006: …"), resolved here through the registry; notes that point
// to the design notes instead get their published sources below.
import { PARAMETERS, type ParameterName } from '../sim/parameters';
import { AGE_TABLES } from '../sim/tables';
import { citationsIn } from './cite';
import type { SourceId } from './registry';

/** Parameters whose note cites the design notes rather than a paper. */
const DESIGN_NOTE_SOURCES: Partial<Record<ParameterName, readonly SourceId[]>> = {
  nerveLatencySec: ['textbookPhysiology'],
  pituitaryLatencySec: ['textbookPhysiology', 'mcneilly1983'],
  oxytocinHalfLifeSec: ['textbookPhysiology'],
  prolactinNonPregnantNgPerMl: ['textbookPhysiology'],
  prolactinTermNgPerMl: ['textbookPhysiology'],
  prolactinActivationHalfNgPerMl: ['neville2001'],
  progesteroneTermNgPerMl: ['textbookPhysiology', 'neville2001'],
  progesteroneHalfLifeMin: ['textbookPhysiology', 'neville2001'],
  progesteroneFloorNgPerMl: ['textbookPhysiology'],
  milkEnergyKcalPerMl: ['textbookPhysiology'],
  solidsStartDays: ['whoComplementary2003'],
  fullnessExponent: ['daly1993'],
};

const cited = (text: string): SourceId[] => [...new Set(citationsIn(text).map((h) => h.id))];

export function parameterSources(name: ParameterName): SourceId[] {
  return [...new Set([...cited(PARAMETERS[name].source), ...(DESIGN_NOTE_SOURCES[name] ?? [])])];
}

export function tableSources(name: keyof typeof AGE_TABLES): SourceId[] {
  return cited(AGE_TABLES[name].source);
}
