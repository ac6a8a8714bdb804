// Saves what the view shows (the scenario with any parameter edits) as a new case in the library,
// under a title the user gives it.
import { useId, useState } from 'react';
import type { Scenario } from '../../../src-main/sim/scenario';
import { call } from '../../app/api';
import { errorText } from '../../app/errorText';
import { useT } from '../../app/i18n';
import { useDismiss } from '../../app/useDismiss';
import { hrefFor } from '../../app/router';
import './save-as-case.css';

interface Props {
  scenario: Scenario;
  title: string;
  /** Told which scenario was saved, so the view knows its edits are kept. */
  onSaved: (scenario: Scenario) => void;
}

export function SaveAsCase({ scenario, title, onSaved }: Props) {
  const [naming, setNaming] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ id: string; title: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  // The form stands in for its button: Cancel, Esc or a save gives focus back to the button.
  const { openerRef, close, onKeyDown } = useDismiss<HTMLButtonElement>(() => setNaming(null));
  const { t } = useT('sim');

  const save = async (name: string) => {
    setError(null);
    try {
      const created = await call('cases.create', { scenario, title: name });
      setSaved({ id: created.id, title: created.title });
      close();
      onSaved(scenario);
    } catch (e) {
      setError(errorText(e));
    }
  };

  if (naming !== null) {
    return (
      <form
        className="save-as-case"
        onSubmit={(e) => {
          e.preventDefault();
          void save(naming);
        }}
        onKeyDown={onKeyDown}
      >
        <label htmlFor={inputId}>{t('saveAsCase.titleLabel')}</label>
        <input
          id={inputId}
          value={naming}
          maxLength={200}
          required
          autoFocus
          onChange={(e) => setNaming(e.target.value)}
        />
        <button type="submit" className="primary">
          {t('saveAsCase.save')}
        </button>
        <button type="button" onClick={close}>
          {t('saveAsCase.cancel')}
        </button>
        {error && <span role="alert">{t('saveAsCase.notSaved', { error })}</span>}
      </form>
    );
  }

  return (
    <span className="save-as-case">
      <button
        ref={openerRef}
        type="button"
        onClick={() => {
          setSaved(null);
          setNaming(t('saveAsCase.defaultTitle', { title }));
        }}
      >
        {t('saveAsCase.saveAsNew')}
      </button>
      {saved && (
        <span role="status">
          {t('saveAsCase.saved')}{' '}
          <a href={hrefFor({ name: 'cases', caseId: saved.id })}>{saved.title}</a>{' '}
          {t('saveAsCase.inLibrary')}
        </span>
      )}
    </span>
  );
}
