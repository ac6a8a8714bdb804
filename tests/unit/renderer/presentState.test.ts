import { describe, expect, it } from 'vitest';
import {
  applyAction,
  initialState,
  keyToResult,
  mergeIncoming,
  type PresentAction,
} from '../../../src-renderer/features/lessons/presentState';
import { moveItem } from '../../../src-renderer/features/lessons/beatEdits';
import { parseRoute, hrefFor } from '../../../src-renderer/app/router';

const act = (s = initialState(), a: PresentAction, beats = 5) => applyAction(s, a, beats, 8);

describe('presentation state', () => {
  it('steps through beats within the lesson and lifts a blank on moving', () => {
    let s = initialState();
    s = act(s, { kind: 'previous' });
    expect(s.beat).toBe(0);
    s = act(s, { kind: 'next' });
    s = act(s, { kind: 'next' });
    expect(s.beat).toBe(2);
    s = act(s, { kind: 'blank', blank: 'black' });
    expect(s.blank).toBe('black');
    s = act(s, { kind: 'blank', blank: 'black' });
    expect(s.blank).toBe('none');
    s = act(s, { kind: 'blank', blank: 'white' });
    s = act(s, { kind: 'next' });
    expect(s).toMatchObject({ beat: 3, blank: 'none' });
    expect(act(s, { kind: 'last' }).beat).toBe(4);
    expect(act(act(s, { kind: 'last' }), { kind: 'next' }).beat).toBe(4);
    expect(act(s, { kind: 'first' }).beat).toBe(0);
    expect(act(s, { kind: 'goto', beat: 99 }).beat).toBe(4);
  });

  it('plays, pauses and changes speed within the known speeds; a new beat stops the clock', () => {
    let s = act(initialState(0, 7), { kind: 'speed', delta: 1 });
    expect(s.speedIndex).toBe(7);
    s = act(s, { kind: 'togglePlay' });
    expect(s.playing).toBe(true);
    expect(act(s, { kind: 'next' }).playing).toBe(false);
  });

  it('raises the version on every change so windows keep the newer state', () => {
    const a = act(initialState(), { kind: 'next' });
    const b = act(a, { kind: 'next' });
    expect(b.version).toBeGreaterThan(a.version);
    expect(mergeIncoming(b, a)).toBe(b);
    expect(mergeIncoming(a, b)).toBe(b);
  });

  it('maps keys like presentation software', () => {
    for (const k of ['ArrowRight', ' ', 'PageDown'])
      expect(keyToResult(k, '')).toEqual({ kind: 'action', action: { kind: 'next' } });
    for (const k of ['ArrowLeft', 'PageUp'])
      expect(keyToResult(k, '')).toEqual({ kind: 'action', action: { kind: 'previous' } });
    expect(keyToResult('3', '1')).toEqual({ kind: 'digits', digits: '13' });
    expect(keyToResult('Enter', '13')).toEqual({
      kind: 'action',
      action: { kind: 'goto', beat: 12 },
    });
    expect(keyToResult('b', '')).toEqual({
      kind: 'action',
      action: { kind: 'blank', blank: 'black' },
    });
    expect(keyToResult('W', '')).toEqual({
      kind: 'action',
      action: { kind: 'blank', blank: 'white' },
    });
    expect(keyToResult('l', '').kind).toBe('pointer');
    expect(keyToResult('?', '').kind).toBe('help');
    expect(keyToResult('Escape', '').kind).toBe('exit');
    expect(keyToResult('q', '').kind).toBe('none');
  });
});

describe('lesson editor list moves and routes', () => {
  it('moves one item and keeps the rest in order', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 2, 0)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });

  it('parses and writes the lesson and presentation routes', () => {
    expect(parseRoute('#/lessons')).toEqual({ name: 'lessons', lessonId: null });
    expect(parseRoute('#/lessons/l_abc')).toEqual({ name: 'lessons', lessonId: 'l_abc' });
    expect(parseRoute('#/present/lb_x')).toEqual({
      name: 'present',
      lessonId: 'lb_x',
      role: 'audience',
    });
    const presenter = { name: 'present', lessonId: 'lb_x', role: 'presenter' } as const;
    expect(parseRoute(hrefFor(presenter))).toEqual(presenter);
  });
});
