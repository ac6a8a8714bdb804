// Every popular claim the app discusses, with its verdict and its sources in full, searchable and
// filterable by verdict; then every source in the registry. Linked from the glossary cards; a
// claim's own address (#/evidence/<id>) opens it scrolled into view.
import { useEffect, useId, useMemo, useState, type MouseEvent } from 'react';
import { fullReference, shortCitation } from '../../../src-main/sources/cite';
import { SOURCE_IDS, SOURCES, sourceOf } from '../../../src-main/sources/registry';
import { VERDICTS, VERDICT_KEY, type Verdict } from '../../../src-main/sources/verdicts';
import { useT } from '../../app/i18n';
import { CLAIMS } from '../glossary/content';
import { claimText, matchesText, sourceText } from './search';
import { VerdictBadge } from './VerdictBadge';
import './evidence.css';

export function EvidenceScreen({ claimId }: { claimId: string | null }) {
  const ids = useId();
  const { t } = useT('evidence');
  const [query, setQuery] = useState('');
  const [verdict, setVerdict] = useState<Verdict | ''>('');
  const claims = useMemo(
    () =>
      CLAIMS.filter(
        (c) =>
          (verdict === '' || c.verdict === verdict) &&
          (query === '' ||
            matchesText(claimText(c, t(`verdict.${VERDICT_KEY[c.verdict]}`)), query)),
      ),
    [query, verdict, t],
  );
  const sources = useMemo(
    () => SOURCE_IDS.filter((id) => query === '' || matchesText(sourceText(id), query)),
    [query],
  );

  useEffect(() => {
    if (claimId) document.getElementById(`claim-${claimId}`)?.scrollIntoView({ block: 'start' });
  }, [claimId]);

  return (
    <section className="evidence-screen" aria-labelledby={`${ids}-title`}>
      <h1 id={`${ids}-title`}>{t('heading')}</h1>
      <p className="lede">{t('lede')}</p>
      <dl className="verdict-key" aria-label={t('key')}>
        {VERDICTS.map((v) => (
          <div key={v}>
            <dt>
              <VerdictBadge verdict={v} />
            </dt>
            <dd>{t(`meaning.${VERDICT_KEY[v]}`)}</dd>
          </div>
        ))}
      </dl>
      <div className="evidence-filters" role="search">
        <label htmlFor={`${ids}-q`}>
          {t('search')}
          <input
            id={`${ids}-q`}
            type="search"
            value={query}
            placeholder={t('searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <label htmlFor={`${ids}-v`}>
          {t('verdictFilter')}
          <select
            id={`${ids}-v`}
            value={verdict}
            onChange={(e) => setVerdict(e.target.value as Verdict | '')}
          >
            <option value="">{t('allVerdicts')}</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {t(`verdict.${VERDICT_KEY[v]}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" aria-live="polite" className="evidence-count">
        {t('count', {
          claims: claims.length,
          claimsTotal: CLAIMS.length,
          sources: sources.length,
          sourcesTotal: SOURCE_IDS.length,
        })}
      </p>
      <ol className="claim-list">
        {claims.map((c) => (
          <li
            key={c.id}
            id={`claim-${c.id}`}
            className="claim"
            aria-current={c.id === claimId ? 'true' : undefined}
          >
            {/* The cards are built-in content, English until they have a clinical translation. */}
            <h2 lang="en">“{c.claim}”</h2>
            <p className="claim-verdict">
              <VerdictBadge verdict={c.verdict} /> <span lang="en">{c.verdictNote}</span>
            </p>
            <p lang="en">{c.detail}</p>
            <p className="claim-from">
              {t('from')} <span lang="en">{SOURCES[c.from].title}</span>
            </p>
            <h3>{t('sources')}</h3>
            <ul className="reference-list">
              {c.sources.map((s) => (
                <li key={s}>
                  <a href={`#/evidence?source=${s}`} onClick={(e) => jumpTo(e, s)}>
                    {shortCitation(s)}
                  </a>
                  : <span lang="en">{fullReference(s)}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h2 id={`${ids}-sources`}>{t('allSources')}</h2>
      <p>{t('allSourcesIntro')}</p>
      <ol className="reference-list all-sources" aria-labelledby={`${ids}-sources`}>
        {sources.map((id) => (
          <li key={id} id={`source-${id}`}>
            <span lang="en">{fullReference(id)}</span>{' '}
            <span className="source-status">
              {SOURCES[id].checked ? t('checked') : t('notChecked')}
            </span>
            {sourceOf(id).note && (
              <span className="source-note" lang="en">
                {' '}
                {sourceOf(id).note}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** In-page jump to a source without changing the route. */
function jumpTo(e: MouseEvent, id: string) {
  e.preventDefault();
  const el = document.getElementById(`source-${id}`);
  el?.scrollIntoView({ block: 'center' });
  el?.setAttribute('tabindex', '-1');
  el?.focus();
}
