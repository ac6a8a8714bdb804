import { CLINICIAN_CATALOGS, type Messages } from '../../../src-main/labels/catalogs';
import { describe, expect, it } from 'vitest';
import {
  commandFor,
  helpRows,
  KEY_TABLE,
  keyBelongsToTarget,
  type KeyTarget,
} from '../../../src-renderer/app/keys';

const el = (tagName: string, extra: Partial<KeyTarget> & { role?: string } = {}): KeyTarget => ({
  tagName,
  ...extra,
  getAttribute: (name) => (name === 'role' ? (extra.role ?? null) : null),
});

/** The help's words from a language's `app:keys` catalog, as the dialog's `t` gives them. */
const words =
  (lang: 'en' | 'es') =>
  (key: string): string => {
    let node: string | Messages | undefined = CLINICIAN_CATALOGS[lang].app.keys;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : key;
  };
const en = words('en');
const es = words('es');

describe('the key table', () => {
  it('gives each scope its own meaning for a key', () => {
    expect(commandFor('sim', ' ')).toBe('togglePlay');
    expect(commandFor('present', ' ')).toBe('nextBeat');
    expect(commandFor('sim', 'ArrowRight')).toBe('stepForward');
    expect(commandFor('present', 'ArrowRight')).toBe('nextBeat');
    expect(commandFor('present', 'P')).toBe('togglePlay');
    expect(commandFor('sim', '0')).toBe('zoomFit');
    expect(commandFor('present', '0')).toBe('digit');
    expect(commandFor('present', ']')).toBe('nextEvent');
    expect(commandFor('sim', 'b')).toBeNull();
    expect(commandFor('present', 'q')).toBeNull();
  });

  it('names no key twice within a scope', () => {
    for (const scope of ['sim', 'present'] as const) {
      const keys = KEY_TABLE.filter((r) => r[scope]).flatMap((r) => r.keys);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('writes the help from the same table, one line per meaning', () => {
    const present = new Map(helpRows('present', en).map(([keys, what]) => [what, keys]));
    expect(present.get('Next beat')).toBe('Space  →  PageDown  ↓  Enter');
    expect(present.get('Previous beat')).toBe('←  PageUp  ↑');
    expect(present.get('Blank the screen black (again to resume)')).toBe('B  .');
    expect(present.get('Leave the presentation (both windows)')).toBe('Esc');
    const sim = new Map(helpRows('sim', en).map(([keys, what]) => [what, keys]));
    expect(sim.get('Play or pause')).toBe('Space  P');
    expect(sim.has('Next beat')).toBe(false);
  });

  it('writes the help in Spanish from the Spanish catalog', () => {
    const sim = new Map(helpRows('sim', es).map(([keys, what]) => [what, keys]));
    expect(sim.get('Reproducir o pausar')).toBe('Espacio  P');
    expect(sim.get('Alejar el dibujo')).toBe('Mayús+Z');
  });
});

describe('keys and the focused control', () => {
  it('leaves Space and the arrows to the table on a focused button; Enter stays the button’s', () => {
    expect(keyBelongsToTarget(el('BUTTON'), ' ')).toBe(false);
    expect(keyBelongsToTarget(el('BUTTON'), 'ArrowRight')).toBe(false);
    expect(keyBelongsToTarget(el('BUTTON'), 'Enter')).toBe(true);
    expect(keyBelongsToTarget(el('DIV', { role: 'button' }), 'Enter')).toBe(true);
    expect(keyBelongsToTarget(el('A'), ' ')).toBe(false);
    expect(keyBelongsToTarget(null, ' ')).toBe(false);
    expect(keyBelongsToTarget(el('BODY'), 'Enter')).toBe(false);
  });

  it('leaves every key to text entry and selects', () => {
    for (const target of [
      el('INPUT', { type: 'text' }),
      el('INPUT', { type: 'number' }),
      el('INPUT', { type: '' }),
      el('TEXTAREA'),
      el('SELECT'),
      el('DIV', { isContentEditable: true }),
    ]) {
      for (const key of [' ', 'ArrowLeft', 'p', '?', '0']) {
        expect(keyBelongsToTarget(target, key)).toBe(true);
      }
    }
  });

  it('leaves a slider its arrows and page keys, and a checkbox its Space', () => {
    for (const target of [el('INPUT', { type: 'range' }), el('DIV', { role: 'slider' })]) {
      expect(keyBelongsToTarget(target, 'ArrowLeft')).toBe(true);
      expect(keyBelongsToTarget(target, 'PageUp')).toBe(true);
      expect(keyBelongsToTarget(target, ' ')).toBe(false);
    }
    expect(keyBelongsToTarget(el('INPUT', { type: 'checkbox' }), ' ')).toBe(true);
    expect(keyBelongsToTarget(el('INPUT', { type: 'checkbox' }), 'p')).toBe(false);
  });
});
