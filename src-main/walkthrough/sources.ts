// Where each step's claims come from, listed under "Sources" in the handout and beside each step
// in the parent view: published papers, not our design notes, since the family may look them up.
// Citations are not translated.
import type { StepKind } from '../contract/parent';

export const STEP_SOURCES: Record<StepKind, string[]> = {
  intro: [],
  birth: ['Neville MC, Morton J, Umemura S 2001, Pediatr Clin North Am 48:35'],
  retainedPlacenta: ['Neifert MR, McDonough SL, Neville MC 1981, Am J Obstet Gynecol 140:477'],
  milkComesIn: ['Neville MC, Morton J, Umemura S 2001, Pediatr Clin North Am 48:35'],
  latch: ['Noel GL et al. 1974, J Clin Endocrinol Metab 38:413'],
  prolactin: ['Cox DB, Owens RA, Hartmann PE 1996, Exp Physiol 81:1007'],
  letDown: ['Ramsay DT et al. 2004, Exp Physiol 89:375'],
  stress: ['Ueda T et al. 1994, Obstet Gynecol 84:259', 'Dewey KG 2001, J Nutr 131:3012S'],
  surgery: ['Neifert M et al. 1990, Birth 17:31'],
  sheehan: ['Sheehan HL 1937, J Pathol Bacteriol 45:189'],
  contraception: ['WHO Task Force 1988, Contraception 38:181 (combined vs progestin-only pills)'],
  smallStorage: [
    'Kent JC et al. 1999, Exp Physiol 84:435',
    'Ramsay DT et al. 2005, J Anat 206:525',
  ],
  oversupply: ['Block feeding: practice-based, little trial evidence'],
  pumping: ['IOM 1991, Nutrition During Lactation (pumping after feeds)'],
  moreOutMoreMade: [
    'Daly SEJ, Owens RA, Hartmann PE 1993, Exp Physiol 78:209',
    'Kent JC et al. 2006, Pediatrics 117:e387',
  ],
  pattern: ['Kent JC et al. 2006, Pediatrics 117:e387'],
};
