import { describe, expect, it } from 'vitest';
import {
  allowPermission,
  displayOf,
  isSwapKey,
  presenterBounds,
  presenterLessonId,
  swappedBounds,
} from '../../src-main/main/presenter';
import { rendererUrl, type RendererSource } from '../../src-main/main/security';
import { laptop, projector } from '../fixtures/displays';

const app: RendererSource = { kind: 'app' };
const index = rendererUrl(app);

describe('presenter window (desktop)', () => {
  it('lets through only our renderer at a presenter route', () => {
    expect(presenterLessonId(`${index}#/present/lb_let-down-reflex/presenter`, app)).toBe(
      'lb_let-down-reflex',
    );
    expect(presenterLessonId(`${index}#/present/l_abc123/presenter`, app)).toBe('l_abc123');
    expect(presenterLessonId(`${index}#/present/lb_x`, app)).toBeNull();
    expect(presenterLessonId(`${index}#/cases`, app)).toBeNull();
    expect(presenterLessonId('https://example.com/#/present/lb_x/presenter', app)).toBeNull();
    expect(
      presenterLessonId('app://lactasim.evil/index.html#/present/lb_x/presenter', app),
    ).toBeNull();
    const dev: RendererSource = { kind: 'dev', origin: 'http://localhost:5173' };
    expect(presenterLessonId('http://localhost:5173/#/present/lb_x/presenter', dev)).toBe('lb_x');
  });

  it('opens on the other display when there is one', () => {
    const audience = { x: 1500, y: 0, width: 1920, height: 1080 };
    expect(displayOf([laptop, projector], audience)?.id).toBe(2);
    expect(presenterBounds([laptop, projector], audience)).toEqual(laptop.workArea);
    expect(presenterBounds([laptop, projector], { x: 10, y: 10, width: 800, height: 600 })).toEqual(
      projector.workArea,
    );
  });

  it('opens a smaller window on the same display when there is only one', () => {
    const b = presenterBounds([laptop], { x: 0, y: 0, width: 1440, height: 900 });
    expect(b.width).toBe(1152);
    expect(b.x).toBeGreaterThan(0);
  });

  it('swaps displays with X, and only when the windows are on two displays', () => {
    const audience = { x: 1440, y: 0, width: 1920, height: 1080 };
    const presenter = { x: 0, y: 25, width: 1440, height: 875 };
    expect(swappedBounds([laptop, projector], audience, presenter)).toEqual({
      audience: laptop.workArea,
      presenter: projector.workArea,
    });
    expect(swappedBounds([laptop], audience, presenter)).toBeNull();
    const key = { type: 'keyDown', key: 'x', control: false, meta: false, alt: false };
    expect(isSwapKey(key, `${index}#/present/lb_x/presenter`)).toBe(true);
    expect(isSwapKey(key, `${index}#/cases`)).toBe(false);
    expect(isSwapKey({ ...key, control: true }, `${index}#/present/lb_x`)).toBe(false);
  });

  it('allows full screen to our renderer only, and no other permission', () => {
    expect(allowPermission('fullscreen', `${index}#/present/lb_x`, app)).toBe(true);
    expect(allowPermission('fullscreen', 'https://example.com/', app)).toBe(false);
    expect(allowPermission('media', `${index}#/present/lb_x`, app)).toBe(false);
  });
});
