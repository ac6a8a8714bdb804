// Long histories: from this version a case keeps its newest 100 earlier versions (HISTORY_KEEP in
// case-repository.ts trims at every save). This step applies that once to histories written
// before, which could grow without bound (85 MB after a day of scripted saves). The number is
// written out here, not imported: a released migration never changes.
import type { Migration } from './types';

export const migration0004: Migration = {
  version: 4,
  name: 'trim-history',
  up(db) {
    db.exec(`
      DELETE FROM case_revisions
      WHERE revision < (SELECT c.revision FROM cases c WHERE c.seq = case_revisions.case_seq) - 100;
    `);
  },
};
