// Says so when a run's baby feeds more often than any baby measured: in the model a baby short of
// milk is cued again once the 30-min gap between meals has passed, with no sleep to stop it
// (README, "Known limit"; I26), so a class should read the milk made and taken out, not the count.
// One line on screen, the reasons on opening it, so the view keeps its timeline at 1280 × 720.
import { useMemo } from 'react';
import type { Trace } from '../../../src-main/sim/trace';
import { busiestDayFeeds, MOST_FEEDS_PER_DAY } from '../../../src-main/walkthrough/quantities';
import { useT } from '../../app/i18n';

export function FeedCountNote({ trace }: { trace: Trace }) {
  const { t } = useT('sim');
  const feeds = useMemo(() => busiestDayFeeds(trace.events, trace.durationSec), [trace]);
  if (feeds <= MOST_FEEDS_PER_DAY) return null;
  return (
    <details className="feed-count-note" data-testid="feed-count-note">
      <summary>
        <strong>{t('player.feedCountNote.title')}</strong>{' '}
        {t('player.feedCountNote.summary', { feeds })}
      </summary>
      <p>{t('player.feedCountNote.why')}</p>
    </details>
  );
}
