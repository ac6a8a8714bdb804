// The clinician's walkthrough editor: choose steps, reorder them, reword them, add a personal note
// per step and notes for the family. Edits stay in the view until saved with the case.
import { useTranslation } from 'react-i18next';
import type { StepKind, StoredStep, WalkthroughBeat } from '../../../src-main/contract/parent';
import { captionKey, captionValues, titleKey } from '../../../src-main/walkthrough/catalog';
import type { WalkthroughStep } from '../../../src-main/walkthrough/steps';
import { currentLanguage } from './i18n';

interface Props {
  generated: WalkthroughStep[];
  beat: WalkthroughBeat;
  onChange: (beat: WalkthroughBeat) => void;
  onReset: () => void;
}

type Words = Pick<StoredStep, 'title' | 'caption' | 'note'>;

export function StepEditor({ generated, beat, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const chosen = beat.steps;
  const left = generated.filter((g) => !chosen.some((s) => s.kind === g.kind));
  // The generated words, as the family would read them if the clinician leaves the field empty.
  const placeholder = (kind: StepKind) => {
    const step = generated.find((g) => g.kind === kind);
    return step
      ? t(captionKey(step), captionValues(currentLanguage(), step))
      : t(`steps.${kind}.caption`);
  };
  const setSteps = (steps: StoredStep[]) => onChange({ ...beat, steps });
  const move = (i: number, by: -1 | 1) => {
    const next = [...chosen];
    const [item] = next.splice(i, 1);
    if (!item) return;
    next.splice(Math.min(next.length, Math.max(0, i + by)), 0, item);
    setSteps(next);
  };
  const reword = (kind: StepKind, field: keyof Words, value: string) =>
    setSteps(
      chosen.map((s) => {
        if (s.kind !== kind) return s;
        const next: StoredStep = { ...s };
        if (value.trim() === '') delete next[field];
        else next[field] = value;
        return next;
      }),
    );
  const title = (kind: StepKind) => {
    const step = generated.find((g) => g.kind === kind);
    return t(step ? titleKey(step) : `steps.${kind}.title`);
  };
  return (
    <div className="step-editor">
      <ol className="step-edit-list">
        {chosen.map((s, i) => (
          <li key={s.kind}>
            <fieldset>
              <legend>
                <label>
                  <input
                    type="checkbox"
                    checked
                    onChange={() => setSteps(chosen.filter((x) => x.kind !== s.kind))}
                  />{' '}
                  {t('ui.include')}: {title(s.kind)}
                </label>
              </legend>
              <span className="step-move">
                <button
                  type="button"
                  onClick={() => move(i, -1)}
                  aria-disabled={i === 0}
                  aria-label={`${t('ui.moveUp')}: ${title(s.kind)}`}
                >
                  {t('ui.moveUp')}
                </button>
                <button
                  type="button"
                  onClick={() => move(i, 1)}
                  aria-disabled={i === chosen.length - 1}
                  aria-label={`${t('ui.moveDown')}: ${title(s.kind)}`}
                >
                  {t('ui.moveDown')}
                </button>
              </span>
              <label>
                {t('ui.stepTitle')}
                <input
                  value={s.title ?? ''}
                  placeholder={title(s.kind)}
                  maxLength={120}
                  onChange={(e) => reword(s.kind, 'title', e.target.value)}
                />
              </label>
              <label>
                {t('ui.stepCaption')}
                <textarea
                  value={s.caption ?? ''}
                  placeholder={placeholder(s.kind)}
                  maxLength={600}
                  rows={3}
                  onChange={(e) => reword(s.kind, 'caption', e.target.value)}
                />
              </label>
              <label>
                {t('ui.stepNote')}
                <input
                  value={s.note ?? ''}
                  maxLength={1000}
                  onChange={(e) => reword(s.kind, 'note', e.target.value)}
                />
              </label>
            </fieldset>
          </li>
        ))}
      </ol>
      {left.length > 0 && (
        <ul className="step-add-list">
          {left.map((g) => (
            <li key={g.kind}>
              <label>
                <input
                  type="checkbox"
                  checked={false}
                  onChange={() => setSteps([...chosen, { kind: g.kind }])}
                />{' '}
                {t('ui.include')}: {title(g.kind)}
              </label>
            </li>
          ))}
        </ul>
      )}
      <label className="block">
        {t('ui.personalNotes')}
        <textarea
          value={beat.notes}
          maxLength={4000}
          rows={3}
          onChange={(e) => onChange({ ...beat, notes: e.target.value })}
        />
      </label>
      <button type="button" onClick={onReset}>
        {t('ui.resetSteps')}
      </button>
    </div>
  );
}
