// Where each step's claims come from, listed under "Sources" in the handout and beside each step
// in the parent view: published papers from the source registry, never our design notes, since
// the family may look them up. Citations are not translated.
import type { StepKind } from '../contract/parent';
import type { SourceId } from '../sources/registry';
import type { Verdict } from '../sources/verdicts';

export const STEP_SOURCES: Record<StepKind, readonly SourceId[]> = {
  intro: [],
  birth: ['neville2001'],
  retainedPlacenta: ['neifert1981'],
  milkComesIn: ['neville2001'],
  latch: ['noel1974'],
  prolactin: ['cox1996'],
  letDown: ['ramsay2004'],
  stress: ['ueda1994', 'dewey2001'],
  surgery: ['neifert1990'],
  sheehan: ['sheehan1937'],
  contraception: ['who1984'],
  smallStorage: ['kent1999', 'ramsay2005'],
  oversupply: ['practiceBlockFeeding'],
  pumping: ['iom1991'],
  moreOutMoreMade: ['daly1993', 'kent2006'],
  pattern: ['kent2006', 'kent2007'],
};

/** Steps whose advice carries a verdict the family should see (one vocabulary, translated). */
export const STEP_VERDICTS: Partial<Record<StepKind, Verdict>> = {
  oversupply: 'practice-based',
};
