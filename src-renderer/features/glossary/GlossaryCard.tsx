import { memo, useId } from 'react';
import { shortCitation } from '../../../src-main/sources/cite';
import { hrefFor } from '../../app/router';
import { useT } from '../../app/i18n';
import { claimsFor, termById } from './content';
import { VerdictBadge } from '../evidence/VerdictBadge';
import './glossary.css';

interface Props {
  /** The card's id: the structure list's buttons control it. */
  id: string;
  termId: string | null;
  onClose: () => void;
}

/** The id of a card's plain-words text, which describes the list button that opened it. */
export const cardTextId = (id: string) => `${id}-plain`;

/** The card for the structure or hormone in focus: clinical text, plain words, sources, claims. */
export const GlossaryCard = memo(function GlossaryCard({ id, termId, onClose }: Props) {
  const titleId = useId();
  const { t } = useT('glossary');
  const term = termId ? termById(termId) : undefined;
  if (!term) {
    return (
      <aside id={id} className="glossary-card glossary-empty" aria-label={t('label')}>
        <p>{t('empty')}</p>
      </aside>
    );
  }
  const claims = claimsFor(term.id);
  return (
    <aside id={id} className="glossary-card" aria-labelledby={titleId} data-term={term.id}>
      <header>
        {/* Glossary entries and evidence cards are built-in content, English for now. */}
        <h2 id={titleId} lang="en">
          {term.term}
        </h2>
        <button type="button" onClick={onClose} aria-label={t('close')} title={t('closeTitle')}>
          ×
        </button>
      </header>
      <h3>{t('clinical')}</h3>
      <p lang="en">{term.clinical}</p>
      <h3>{t('plain')}</h3>
      <p id={cardTextId(id)} lang="en">
        {term.plain}
      </p>
      <p className="glossary-source">
        <span>{t('sources')} </span>
        {term.sources.map(shortCitation).join('; ')}
      </p>
      {claims.map((c) => (
        <section
          key={c.id}
          className="evidence-card"
          aria-label={t('evidence', { claim: c.claim })}
        >
          <p className="evidence-claim" lang="en">
            “{c.claim}”
          </p>
          <p className="evidence-verdict">
            <VerdictBadge verdict={c.verdict} /> <span lang="en">{c.verdictNote}</span>
          </p>
          <p lang="en">{c.detail}</p>
          <p className="glossary-source">
            <span>{t('sources')} </span>
            {c.sources.map(shortCitation).join('; ')}
          </p>
          <a href={hrefFor({ name: 'evidence', claimId: c.id })}>{t('fullReferences')}</a>
        </section>
      ))}
      <p>
        <a href={hrefFor({ name: 'evidence', claimId: null })}>{t('allClaims')}</a>
      </p>
    </aside>
  );
});
