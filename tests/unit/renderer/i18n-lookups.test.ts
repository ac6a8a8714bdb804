import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Trans } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { appI18n, setUiLanguage, tr, useT } from '../../../src-renderer/app/i18n';
import { numberEvents } from '../../../src-renderer/features/timeline/events';
import { Markers } from '../../../src-renderer/features/timeline/Markers';
import type { SimEvent } from '../../../src-main/sim/trace';

const events: SimEvent[] = [
  { kind: 'latch', atSeconds: 508.283, side: 'left' },
  { kind: 'ejectionStart', atSeconds: 552.9, side: 'left' },
  { kind: 'sessionEnd', atSeconds: 4321, side: 'left' },
] as SimEvent[];

/** The tooltip of each mark, in order. */
function tooltips(): string[] {
  const html = renderToStaticMarkup(
    createElement(
      'svg',
      null,
      createElement(Markers, {
        events: numberEvents(events),
        start: 0,
        end: 7200,
        width: 900,
        startPostpartumHours: 1000,
      }),
    ),
  );
  return [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1] ?? '');
}

describe('words looked up once', () => {
  afterEach(() => setUiLanguage('en'));

  it('gives what i18next gives, in the language shown, also after a switch and back', () => {
    const keys = ['region', 'markers.afterBirth', 'events.latch', 'no.such.key'];
    for (const language of ['en', 'es', 'en'] as const) {
      setUiLanguage(language);
      for (const key of keys) expect(tr('timeline', key)).toBe(appI18n.t(key, { ns: 'timeline' }));
    }
    setUiLanguage('es');
    expect(tr('timeline', 'events.latch')).not.toBe(
      appI18n.t('events.latch', { ns: 'timeline', lng: 'en' }),
    );
  });

  it("words each mark's tooltip as the catalog does, in either language", () => {
    for (const language of ['en', 'es'] as const) {
      setUiLanguage(language);
      const expected = ['latch', 'ejectionStart', 'sessionEnd'].map((kind, i) =>
        appI18n.t('markers.eventAt', {
          ns: 'timeline',
          event: appI18n.t(`events.${kind}`, { ns: 'timeline' }),
          clock: ['8:28', '9:13', '1:12:01'][i],
        }),
      );
      expect(tooltips()).toEqual(expected);
    }
    expect(tooltips()[0]).toBe(`${appI18n.t('events.latch', { ns: 'timeline' })} a las 8:28`);
  });
});

/** A lesson beat's "Look at:" badge, as BeatStage words it: Trans with useT's t. */
function LookAt() {
  const { t } = useT('lessons');
  return createElement(Trans, {
    t,
    i18n: appI18n,
    i18nKey: 'stage.lookAt',
    values: { term: 'Alveolus' },
    components: { term: createElement('span') },
  });
}

describe("useT's t", () => {
  afterEach(() => setUiLanguage('en'));

  it('keeps its namespace for Trans, which reads it from the function (not the raw key)', () => {
    for (const language of ['en', 'es'] as const) {
      setUiLanguage(language);
      const html = renderToStaticMarkup(createElement(LookAt));
      expect(html).not.toContain('stage.lookAt');
      expect(html).toBe(
        appI18n
          .t('stage.lookAt', { ns: 'lessons', term: 'Alveolus' })
          .replace(/<term>(.*)<\/term>/, '<span>$1</span>'),
      );
    }
  });
});
