// The walkthrough region: "Step N of M", the step's plain caption with tappable terms, the
// clinician's note, and Previous/Next (aria-disabled at the ends, so focus stays on them). ← and
// → also move between steps while focus is inside. A term's card closes with its button or Esc
// and gives focus back to the term, as the clinician view's glossary card does.
// The polite live region speaks the step's title and caption in the chosen language.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  captionKey,
  captionValues,
  plainText,
  titleKey,
  type TermId,
} from '../../../src-main/walkthrough/catalog';
import { STEP_SOURCES, STEP_VERDICTS } from '../../../src-main/walkthrough/sources';
import { shortCitation } from '../../../src-main/sources/cite';
import { VERDICT_KEY } from '../../../src-main/sources/verdicts';
import type { WalkthroughStep } from '../../../src-main/walkthrough/steps';
import { currentLanguage } from './i18n';
import { useDismiss } from '../../app/useDismiss';
import { Caption } from './Caption';

interface Props {
  steps: WalkthroughStep[];
  index: number;
  onIndex: (i: number) => void;
}

export function Walkthrough({ steps, index, onIndex }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  const [term, setTerm] = useState<TermId | null>(null);
  const { openerRef, close, onKeyDown } = useDismiss(() => setTerm(null));
  const step = steps[index];
  if (!step) return null;
  const title = step.title ?? t(titleKey(step));
  const caption = step.caption ?? t(captionKey(step), captionValues(currentLanguage(), step));
  const go = (i: number) => {
    setTerm(null);
    onIndex(Math.min(steps.length - 1, Math.max(0, i)));
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      if (term !== null) onKeyDown(e);
      return;
    }
    const el = e.target as HTMLElement;
    if (['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return;
    if (e.key === 'ArrowRight' || e.key === 'PageDown') go(index + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(index - 1);
    else return;
    e.preventDefault();
  };
  const sources = STEP_SOURCES[step.kind].map(shortCitation);
  const verdict = STEP_VERDICTS[step.kind];
  return (
    <section className="walkthrough" aria-labelledby={labelId} onKeyDown={onKey}>
      <h2 id={labelId} className="visually-hidden">
        {t('ui.walkthrough')}
      </h2>
      <p className="step-counter">{t('ui.stepCounter', { n: index + 1, m: steps.length })}</p>
      <h3 className="step-title">{title}</h3>
      <Caption
        text={caption}
        openTerm={term}
        onTerm={(id, button) => {
          openerRef.current = button;
          setTerm(term === id ? null : id);
        }}
      />
      <div id="parent-term-card" className="term-card" aria-live="polite">
        {term && (
          <>
            <p>
              <strong>{t(`glossary.${term}.term`)}</strong>: {t(`glossary.${term}.definition`)}
            </p>
            <button type="button" onClick={close}>
              {t('ui.close')}
            </button>
          </>
        )}
      </div>
      {step.note && (
        <p className="step-note">
          <strong>{t('ui.yourNote')}:</strong> {step.note}
        </p>
      )}
      {verdict && (
        <p className="step-verdict">
          <strong>{t(`verdicts.${VERDICT_KEY[verdict]}`)}</strong>
        </p>
      )}
      {sources.length > 0 && <p className="step-source">{sources.join(' · ')}</p>}
      <div className="step-buttons">
        <button type="button" onClick={() => go(index - 1)} aria-disabled={index === 0}>
          {t('ui.previousStep')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => go(index + 1)}
          aria-disabled={index === steps.length - 1}
        >
          {t('ui.nextStep')}
        </button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="parent-live">
        {`${title}. ${plainText(caption)}`}
      </p>
      <p className="term-help">{t('ui.termHelp')}</p>
    </section>
  );
}
