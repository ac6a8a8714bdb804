import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuiltins } from '../../src-main/services/cases';
import { openStore } from '../../src-main/store/index';
import { resourcesDir, tempDbPath, tempDir } from './helpers';

function copyResources(): string {
  const dir = tempDir();
  cpSync(join(resourcesDir, 'scenarios'), join(dir, 'scenarios'), { recursive: true });
  return dir;
}

type IndexEntry = { slug: string; title: string };

describe('ensureBuiltins', () => {
  it('replaces a built-in whose resource changed and removes one dropped from the index', () => {
    const res = copyResources();
    const store = openStore(tempDbPath());
    const first = ensureBuiltins(store, res);
    const indexPath = join(res, 'scenarios', 'index.json');
    const index = JSON.parse(readFileSync(indexPath, 'utf8')) as IndexEntry[];
    expect(first.added).toEqual(index.map((e) => e.slug));

    const [changed, dropped] = [index[0]!, index[1]!];
    changed.title = 'Retitled in a new release';
    writeFileSync(indexPath, JSON.stringify(index.filter((e) => e !== dropped)));
    const second = ensureBuiltins(store, res);
    expect(second).toMatchObject({ added: [], updated: [changed.slug], removed: [dropped.slug] });
    const record = store.cases.getBuiltin(changed.slug)!;
    expect(record).toMatchObject({ title: 'Retitled in a new release', revision: 2 });
    expect(store.cases.revisions(record.id)).toEqual([]); // built-ins keep no history
    expect(store.cases.getBuiltin(dropped.slug)).toBeUndefined();
    store.close();
  });

  it('skips a built-in whose scenario is invalid and keeps the others', () => {
    const res = copyResources();
    const index = JSON.parse(
      readFileSync(join(res, 'scenarios', 'index.json'), 'utf8'),
    ) as IndexEntry[];
    const broken = index[0]!.slug;
    writeFileSync(join(res, 'scenarios', `${broken}.json`), '{"schema": "lactasim/scenario@1"}');
    const store = openStore(tempDbPath());
    const result = ensureBuiltins(store, res);
    expect(result.skipped.map((s) => s.slug)).toEqual([broken]);
    expect(result.added).toHaveLength(index.length - 1);
    store.close();
  });

  it('leaves existing built-ins alone when the resources folder is missing', () => {
    const store = openStore(tempDbPath());
    ensureBuiltins(store, resourcesDir);
    const before = store.cases.builtins().length;
    const result = ensureBuiltins(store, join(tempDir(), 'nowhere'));
    expect(result.removed).toEqual([]);
    expect(result.skipped[0]?.slug).toBe('*');
    expect(store.cases.builtins()).toHaveLength(before);
    store.close();
  });
});
