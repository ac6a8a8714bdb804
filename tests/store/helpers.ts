// Shared helpers for the store tests: temp folders, a raw connection and a full dump.
import { closeSync, mkdtempSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src-main/store/sqlite';
import type { CaseRecord } from '../../src-main/store/types';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const resourcesDir = join(repoRoot, 'resources');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'lactasim-store-'));
}

export function tempDbPath(): string {
  return join(tempDir(), 'lactasim.db');
}

export function withRaw<T>(path: string, fn: (db: Db) => T): T {
  const db = openDatabase(path);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Everything in the file: schema, user_version and every row of every table, in order. */
export function dumpDb(path: string): string {
  return withRaw(path, (db) => {
    const schema = db
      .prepare(
        "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { type: string; name: string; sql: string | null }[];
    const tables = schema.filter((s) => s.type === 'table' && !/VIRTUAL/i.test(s.sql ?? ''));
    const rows = tables.map((t) => ({
      table: t.name,
      rows: db.prepare(`SELECT * FROM "${t.name}" ORDER BY 1`).all(),
    }));
    return JSON.stringify({ version: db.pragma('user_version', { simple: true }), schema, rows });
  });
}

/** The rows of the named tables, in order: what a restore must bring back exactly. */
export function dumpRows(path: string, tables: readonly string[]): string {
  return withRaw(path, (db) =>
    JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all())),
  );
}

/** Damages a closed library: scribbles over b-tree pages in the middle, not the header. */
export function scribbleOverPages(path: string): void {
  withRaw(path, (db) => db.pragma('wal_checkpoint(TRUNCATE)'));
  damagePages(path, { first: 3, every: 5, bytes: 300 });
}

let counter = 0;
export function makeRecord(overrides: Partial<CaseRecord> = {}): CaseRecord {
  counter += 1;
  return {
    id: `c_test${String(counter).padStart(8, '0')}`,
    title: `Case ${counter}`,
    tags: ['test'],
    notes: '',
    parentNotes: '',
    scenario: { schema: 'lactasim/scenario@1', name: 'x' },
    personal: null,
    beats: [],
    builtinSlug: null,
    builtinHash: null,
    revision: 1,
    createdAt: 1_700_000_000_000 + counter,
    updatedAt: 1_700_000_000_000 + counter,
    deletedAt: null,
    ...overrides,
  };
}

/** A valid scenario document: the first built-in one shipped in resources/scenarios. */
export function sampleScenario(): Record<string, unknown> {
  const index = JSON.parse(readFileSync(join(resourcesDir, 'scenarios', 'index.json'), 'utf8')) as {
    slug: string;
  }[];
  const slug = index[0]!.slug;
  return JSON.parse(
    readFileSync(join(resourcesDir, 'scenarios', `${slug}.json`), 'utf8'),
  ) as Record<string, unknown>;
}

/** The same scenario with one value out of range. */
export function badScenario(): Record<string, unknown> {
  const s = structuredClone(sampleScenario()) as { mother?: Record<string, unknown> };
  s.mother = { ...(s.mother ?? {}), storageCapacityMl: { left: 5000, right: 160 } };
  return s as Record<string, unknown>;
}

export function bundleOf(cases: unknown[]): Record<string, unknown> {
  return {
    format: 'lactasim/bundle@1',
    exportedAt: '2026-01-01T00:00:00.000Z',
    app: { version: 't' },
    cases,
  };
}

/** Scribbles over b-tree pages in the middle of a database file (not its header). */
export function damagePages(path: string, opts: { first: number; every: number; bytes: number }) {
  const fd = openSync(path, 'r+');
  const size = statSync(path).size;
  for (let off = 4096 * opts.first; off < size - 4096; off += 4096 * opts.every) {
    writeSync(fd, Buffer.alloc(opts.bytes, 0x5a), 0, opts.bytes, off + 100);
  }
  closeSync(fd);
}
