import { memo, useId } from 'react';
import { shortCitation } from '../../../src-main/sources/cite';
import { hrefFor } from '../../app/router';
import { claimsFor, termById } from './content';
import { VerdictBadge } from '../evidence/VerdictBadge';
import './glossary.css';

interface Props {
  termId: string | null;
  onClose: () => void;
}

/** The card for the structure or hormone in focus: clinical text, plain words, sources, claims. */
export const GlossaryCard = memo(function GlossaryCard({ termId, onClose }: Props) {
  const titleId = useId();
  const term = termId ? termById(termId) : undefined;
  if (!term) {
    return (
      <aside className="glossary-card glossary-empty" aria-label="Glossary">
        <p>Click a structure in the drawing, or focus one in the list, to read about it.</p>
      </aside>
    );
  }
  const claims = claimsFor(term.id);
  return (
    <aside className="glossary-card" aria-labelledby={titleId} data-term={term.id}>
      <header>
        <h2 id={titleId}>{term.term}</h2>
        <button type="button" onClick={onClose} aria-label="Close glossary card">
          ×
        </button>
      </header>
      <h3>Clinical</h3>
      <p>{term.clinical}</p>
      <h3>In plain words</h3>
      <p>{term.plain}</p>
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
