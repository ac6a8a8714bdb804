// The remembered skin tone: only a tone the app offers is taken from storage, and every offered
// tone has its colours in the stylesheet, in both themes' rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SKIN_TONE,
  SKIN_TONES,
  storedSkinTone,
} from '../../../src-renderer/features/anatomy/skinTones';
import { repoRoot } from '../../fixtures/web-edition';

const storage = (value: string | null) => ({ getItem: () => value });

describe('skin tones', () => {
  it('reads back a tone that was chosen', () => {
    for (const tone of SKIN_TONES) expect(storedSkinTone(storage(tone.id))).toBe(tone.id);
  });

  it('falls back to the default for nothing stored or a value it does not offer', () => {
    expect(storedSkinTone(storage(null))).toBe(DEFAULT_SKIN_TONE);
    expect(storedSkinTone(storage('purple'))).toBe(DEFAULT_SKIN_TONE);
    expect(storedSkinTone(storage('__proto__'))).toBe(DEFAULT_SKIN_TONE);
  });

  it('has a name and the four colours of the drawing for every tone', () => {
    const css = readFileSync(join(repoRoot, 'src-renderer/features/anatomy/anatomy.css'), 'utf8');
    expect(new Set(SKIN_TONES.map((t) => t.name)).size).toBe(SKIN_TONES.length);
    for (const tone of SKIN_TONES) {
      const rule = new RegExp(`:root\\[data-skin='${tone.id}'\\] \\{([^}]*)\\}`).exec(css)?.[1];
      expect(rule, tone.id).toBeDefined();
      for (const v of ['--tone-skin', '--tone-line', '--tone-areola', '--tone-nipple'])
        expect(rule, `${tone.id} ${v}`).toMatch(new RegExp(`${v}: #[0-9a-f]{6};`));
    }
  });
});
