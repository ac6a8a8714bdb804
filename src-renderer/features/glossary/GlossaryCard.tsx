import { memo, useId } from 'react';
import { shortCitation } from '../../../src-main/sources/cite';
import { hrefFor } from '../../app/router';
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
  const term = termId ? termById(termId) : undefined;
  if (!term) {
    return (
      <aside id={id} className="glossary-card glossary-empty" aria-label="Glossary">
        <p>
          Click a structure in the drawing, or choose one in the list above (arrow keys), to read
          about it.
        </p>
      </aside>
    );
  }
  const claims = claimsFor(term.id);
  return (
    <aside id={id} className="glossary-card" aria-labelledby={titleId} data-term={term.id}>
      <header>
        <h2 id={titleId}>{term.term}</h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close glossary card"
          title="Close (Esc)"
        >
          ×
        </button>
      </header>
      <h3>Clinical</h3>
      <p>{term.clinical}</p>
      <h3>In plain words</h3>
      <p id={cardTextId(id)}>{term.plain}</p>
      <p className="glossary-source">
        <span>Sources: </span>
        {term.sources.map(shortCitation).join('; ')}
      </p>
      {claims.map((c) => (
        <section key={c.id} className="evidence-card" aria-label={`Evidence: ${c.claim}`}>
          <p className="evidence-claim">“{c.claim}”</p>
          <p className="evidence-verdict">
            <VerdictBadge verdict={c.verdict} /> {c.verdictNote}
          </p>
          <p>{c.detail}</p>
          <p className="glossary-source">
            <span>Sources: </span>
            {c.sources.map(shortCitation).join('; ')}
          </p>
          <a href={hrefFor({ name: 'evidence', claimId: c.id })}>Full references in Evidence</a>
        </section>
      ))}
      <p>
        <a href={hrefFor({ name: 'evidence', claimId: null })}>All claims and their evidence</a>
      </p>
    </aside>
  );
});
