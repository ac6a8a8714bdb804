import { VERDICT_KEY, type Verdict } from '../../../src-main/sources/verdicts';
import { useT } from '../../app/i18n';
import './evidence.css';

/** The verdict as a word in a bordered badge: the word carries it, the colour only repeats it. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useT('evidence');
  return (
    <span className="verdict-badge" data-verdict={verdict}>
      {t(`verdict.${VERDICT_KEY[verdict]}`)}
    </span>
  );
}
