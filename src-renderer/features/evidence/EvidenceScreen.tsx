// Every popular claim the app discusses, with its verdict and its sources in full, searchable and
// filterable by verdict; then every source in the registry. Linked from the glossary cards; a
// claim's own address (#/evidence/<id>) opens it scrolled into view.
import { useEffect, useId, useMemo, useState, type MouseEvent } from 'react';
import { fullReference, shortCitation } from '../../../src-main/sources/cite';
import { SOURCE_IDS, SOURCES, sourceOf } from '../../../src-main/sources/registry';
import { VERDICTS, VERDICT_MEANING, type Verdict } from '../../../src-main/sources/verdicts';
import { CLAIMS } from '../glossary/content';
import { claimText, matchesText, sourceText } from './search';
import { VerdictBadge } from './VerdictBadge';
import './evidence.css';

export function EvidenceScreen({ claimId }: { claimId: string | null }) {
  const ids = useId();
  const [query, setQuery] = useState('');
  const [verdict, setVerdict] = useState<Verdict | ''>('');
  const claims = useMemo(
    () =>
      CLAIMS.filter(
        (c) =>
          (verdict === '' || c.verdict === verdict) &&
          (query === '' || matchesText(claimText(c), query)),
      ),
    [query, verdict],
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
      <h1 id={`${ids}-title`}>Evidence</h1>
      <p className="lede">
        Popular claims about how milk is made — most from two parent-facing texts — with what the
        literature says. Verdicts use one vocabulary across the app, the lessons and the parent
        view.
      </p>
      <dl className="verdict-key" aria-label="What the verdicts mean">
        {VERDICTS.map((v) => (
          <div key={v}>
            <dt>
              <VerdictBadge verdict={v} />
            </dt>
            <dd>{VERDICT_MEANING[v]}</dd>
          </div>
        ))}
      </dl>
      <div className="evidence-filters" role="search">
        <label htmlFor={`${ids}-q`}>
          Search claims and sources
          <input
            id={`${ids}-q`}
            type="search"
            value={query}
            placeholder="e.g. stomach, Kent, contested"
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <label htmlFor={`${ids}-v`}>
          Verdict
          <select
            id={`${ids}-v`}
            value={verdict}
            onChange={(e) => setVerdict(e.target.value as Verdict | '')}
          >
            <option value="">All verdicts</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" aria-live="polite" className="evidence-count">
        {claims.length} of {CLAIMS.length} claims · {sources.length} of {SOURCE_IDS.length} sources
      </p>
      <ol className="claim-list">
        {claims.map((c) => (
          <li
            key={c.id}
            id={`claim-${c.id}`}
            className="claim"
            aria-current={c.id === claimId ? 'true' : undefined}
          >
            <h2>“{c.claim}”</h2>
            <p className="claim-verdict">
              <VerdictBadge verdict={c.verdict} /> {c.verdictNote}
            </p>
            <p>{c.detail}</p>
            <p className="claim-from">From: {SOURCES[c.from].title}</p>
            <h3>Sources</h3>
            <ul className="reference-list">
              {c.sources.map((s) => (
                <li key={s}>
                  <a href={`#/evidence?source=${s}`} onClick={(e) => jumpTo(e, s)}>
                    {shortCitation(s)}
                  </a>
                  : {fullReference(s)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h2 id={`${ids}-sources`}>All sources</h2>
      <p>
        Every reference the app, its lessons and its exports cite. “Details checked” means the
        authors, journal, volume and pages were compared with the paper’s abstract page; fields we
        could not check are left out rather than guessed.
      </p>
      <ol className="reference-list all-sources" aria-labelledby={`${ids}-sources`}>
        {sources.map((id) => (
          <li key={id} id={`source-${id}`}>
            {fullReference(id)}{' '}
            <span className="source-status">
              {SOURCES[id].checked ? '(details checked)' : '(details not yet checked)'}
            </span>
            {sourceOf(id).note && <span className="source-note"> {sourceOf(id).note}</span>}
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
