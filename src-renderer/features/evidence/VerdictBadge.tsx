import type { Verdict } from '../../../src-main/sources/verdicts';
import './evidence.css';

/** The verdict as a word in a bordered badge: the word carries it, the colour only repeats it. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className="verdict-badge" data-verdict={verdict}>
      {verdict}
    </span>
  );
}
