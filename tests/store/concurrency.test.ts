// Two LactaSim processes on one library file, as when the desktop app, the web edition and the
// command line share the default database: concurrent saves of the same case must end in one
// save and one clear conflict, never in "database is locked".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src-main/services/index';
import { dispatch } from '../../src-main/services/dispatch';
import { BUSY_TIMEOUT_MS, openDatabase } from '../../src-main/store/sqlite';
import { callApi, postApi } from '../fixtures/api-client';
import { startWebEdition, type WebEdition } from '../fixtures/web-edition';
import { dumpDb, resourcesDir, tempDbPath } from './helpers';

const ROUNDS = 20;
let a: { edition: WebEdition; stop: () => Promise<void> };
let b: { edition: WebEdition; stop: () => Promise<void> };

beforeAll(async () => {
  const dbPath = tempDbPath();
  a = await startWebEdition(dbPath);
  b = await startWebEdition(dbPath);
}, 90_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

describe('two processes on one library', () => {
  it(`answers ${ROUNDS} rounds of concurrent saves of one case with one save and one 409 each`, async () => {
    const created = await callApi<{ id: string; revision: number }>(
      a.edition.origin,
      a.edition.token,
      'cases.create',
      { fromBuiltin: 'typical-feed-6-weeks', title: 'Shared case' },
    );
    let revision = created.revision;
    const statuses: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const save = (w: WebEdition, who: string) =>
        postApi(
          w.origin,
          w.token,
          'cases.update',
          JSON.stringify({
            id: created.id,
            baseRevision: revision,
            patch: { notes: `round ${round} from ${who}`, title: `Shared case ${round}${who}` },
          }),
        );
      const answers = await Promise.all([save(a.edition, 'A'), save(b.edition, 'B')]);
      const pair = answers.map((x) => x.status).sort();
      statuses.push(pair.join('+'));
      expect(pair, `round ${round}: ${JSON.stringify(answers.map((x) => x.body))}`).toEqual([
        200, 409,
      ]);
      const conflict = answers.find((x) => x.status === 409)!.body;
      expect(conflict.ok ? null : conflict.error.code).toBe('CONFLICT');
      revision += 1;
    }
    // The case holds exactly the winning saves, one per round, and both processes agree on it.
    const fromA = await callApi<{ revision: number; notes: string }>(
      a.edition.origin,
      a.edition.token,
      'cases.get',
      { id: created.id },
    );
    const fromB = await callApi<{ revision: number; notes: string }>(
      b.edition.origin,
      b.edition.token,
      'cases.get',
      { id: created.id },
    );
    expect(fromA.revision).toBe(created.revision + ROUNDS);
    expect(fromB).toEqual(fromA);
    expect(fromA.notes).toMatch(new RegExp(`^round ${ROUNDS - 1} from [AB]$`));
    const revisions = await callApi<{ revisions: unknown[] }>(
      b.edition.origin,
      b.edition.token,
      'cases.revisions',
      { id: created.id },
    );
    expect(revisions.revisions).toHaveLength(ROUNDS + 1);
    expect(statuses).toHaveLength(ROUNDS);
  }, 120_000);
});

describe('a write that cannot get the lock', () => {
  it('waits the busy timeout, then answers BUSY and changes nothing', async () => {
    const dbPath = tempDbPath();
    const services = createServices({ edition: 'web', dataPath: dbPath, dbPath, resourcesDir });
    try {
      const created = await dispatch(services.handlers, 'cases.create', {
        fromBuiltin: 'typical-feed-6-weeks',
      });
      if (!created.ok) throw new Error(created.error.message);
      const { id, revision } = created.value as { id: string; revision: number };
      const before = dumpDb(dbPath);
      // Another process in the middle of a long write: it holds the write lock throughout.
      const holder = openDatabase(dbPath);
      holder.exec('BEGIN IMMEDIATE');
      const started = Date.now();
      const result = await dispatch(services.handlers, 'cases.update', {
        id,
        baseRevision: revision,
        patch: { notes: 'blocked' },
      });
      const waited = Date.now() - started;
      holder.exec('ROLLBACK');
      holder.close();
      expect(result.ok ? 'saved' : result.error.code).toBe('BUSY');
      expect(waited).toBeGreaterThanOrEqual(BUSY_TIMEOUT_MS - 100);
      expect(dumpDb(dbPath)).toBe(before);
    } finally {
      services.close();
    }
  }, 30_000);
});
