// README's presentation key table is what a teacher reads before a class: it must name every key
// a presentation answers (keys.ts) and no key a presentation ignores.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_TABLE } from '../../../src-renderer/app/keys';

/** How the README writes a `KeyboardEvent.key`; a letter is written as its capital. */
const README_SPELLING: Record<string, string> = {
  ' ': 'Space',
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowDown: '↓',
  ArrowUp: '↑',
  Escape: 'Esc',
  '-': '−',
  // The unshifted and shifted faces of the + and − keys, which the README names once.
  '=': '+',
  _: '−',
};
const spelled = (key: string) =>
  README_SPELLING[key] ??
  (/^\d$/.test(key) ? 'a number' : key.length === 1 ? key.toUpperCase() : key);

/** The first cells of the README's presentation key table, each as the keys it names. */
function readmeKeys(): Set<string> {
  const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
  const start = readme.indexOf('| key ');
  expect(start).toBeGreaterThan(0);
  const rows = readme.slice(start).split('\n\n')[0]!.split('\n').slice(2);
  const named = new Set<string>();
  for (const row of rows) {
    const cell = row.split('|')[1] ?? '';
    for (const m of cell.matchAll(/\*\*(.+?)\*\*/g)) named.add(m[1]!);
    if (cell.includes('a number')) named.add('a number');
  }
  return named;
}

describe("README's presentation key table", () => {
  const table = readmeKeys();
  const presentKeys = KEY_TABLE.filter((r) => r.present).flatMap((r) => r.keys);

  it('names every key a presentation answers', () => {
    const missing = [...new Set(presentKeys.map(spelled))].filter((k) => !table.has(k));
    expect(missing).toEqual([]);
  });

  it('names no key a presentation ignores', () => {
    const answered = new Set(presentKeys.map(spelled));
    expect([...table].filter((k) => !answered.has(k))).toEqual([]);
  });
});
