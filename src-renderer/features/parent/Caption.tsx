// A caption with its glossary terms as buttons: tap (or Enter on) a term for a plain definition.
import { segments, type TermId } from '../../../src-main/walkthrough/catalog';

interface Props {
  text: string;
  openTerm: TermId | null;
  /** The term's button too: closing the card gives focus back to it. */
  onTerm: (term: TermId, button: HTMLButtonElement) => void;
}

export function Caption({ text, openTerm, onTerm }: Props) {
  return (
    <p className="parent-caption">
      {segments(text).map((s, i) =>
        'term' in s ? (
          <button
            key={i}
            type="button"
            className="term"
            aria-expanded={openTerm === s.term}
            aria-controls="parent-term-card"
            onClick={(e) => onTerm(s.term, e.currentTarget)}
          >
            {s.text}
          </button>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}
