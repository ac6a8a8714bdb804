// Every migration in order. Append-only: add `0005-….ts` and list it here.
import { migration0001 } from './0001-cases';
import { migration0002 } from './0002-case-search';
import { migration0003 } from './0003-lessons';
import { migration0004 } from './0004-trim-history';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
];

export const LATEST_VERSION: number = MIGRATIONS.length;

// A gap or a reordering would silently skip a step on someone's machine: fail at load instead.
MIGRATIONS.forEach((m, i) => {
  if (m.version !== i + 1) {
    throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  }
});

export type { Migration } from './types';
