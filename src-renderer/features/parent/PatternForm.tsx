// The family's usual pattern: feeds a day, one or both breasts, minutes per breast, pump times.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedingPattern } from '../../../src-main/contract/parent';

interface Props {
  pattern: FeedingPattern;
  onUse: (pattern: FeedingPattern) => void;
}

export function PatternForm({ pattern, onUse }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(pattern);
  const num = (
    key: 'feedsPerDay' | 'minutesPerBreast' | 'pumpsPerDay',
    min: number,
    max: number,
  ) => (
    <label>
      {t(`ui.${key}`)}
      <input
        type="number"
        min={min}
        max={max}
        value={draft[key]}
        onChange={(e) => {
          const v = Math.round(Number(e.target.value));
          if (Number.isFinite(v)) setDraft({ ...draft, [key]: Math.min(max, Math.max(min, v)) });
        }}
      />
    </label>
  );
  return (
    <form
      className="pattern-form"
      onSubmit={(e) => {
        e.preventDefault();
        onUse(draft);
      }}
    >
      {num('feedsPerDay', 0, 16)}
      <label>
        {t('ui.sides')}
        <select
          value={draft.sides}
          onChange={(e) =>
            setDraft({ ...draft, sides: e.target.value === 'both' ? 'both' : 'one' })
          }
        >
          <option value="one">{t('ui.sideOne')}</option>
          <option value="both">{t('ui.sideBoth')}</option>
        </select>
      </label>
      {num('minutesPerBreast', 1, 60)}
      {num('pumpsPerDay', 0, 16)}
      <button type="submit">{t('ui.useThisPattern')}</button>
    </form>
  );
}
