import { useId, useState } from 'react';
import type {
  CaseDetail,
  CaseRevisionSummary,
  PersonalDetails,
} from '../../../src-main/contract/cases';
import { ApiError, call } from '../../app/api';
import { useLeaveGuard } from '../../app/leaveGuard';
import { hrefFor } from '../../app/router';
import { momentLabel } from '../../../src-main/labels/scenario';
import { errorText } from '../../app/errorText';
import { uiLanguage, uiLocale, useT } from '../../app/i18n';
import { fieldForErrorPath, fieldKey, readPath, scenarioFields, writePath } from './scenarioFields';

interface Props {
  detail: CaseDetail;
  /** A new revision was saved; `note` says what happened. */
  onChanged: (detail: CaseDetail, note: string) => void;
  onDuplicated: (detail: CaseDetail) => void;
  onDeleted: (detail: CaseDetail) => void;
}

interface Draft {
  title: string;
  tags: string;
  notes: string;
  parentNotes: string;
  parentFirstName: string;
  scenario: unknown;
}

function draftOf(detail: CaseDetail): Draft {
  return {
    title: detail.title,
    tags: detail.tags.join(', '),
    notes: detail.notes,
    parentNotes: detail.parentNotes,
    parentFirstName: detail.personal?.parentFirstName ?? '',
    scenario: detail.scenario,
  };
}

function personalOf(draft: Draft): PersonalDetails | null {
  const personal: PersonalDetails = {};
  if (draft.parentFirstName.trim()) personal.parentFirstName = draft.parentFirstName.trim();
  return Object.keys(personal).length > 0 ? personal : null;
}

const splitTags = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/** Keyed by case and revision in the parent, so a new revision starts a fresh draft. */
export function CaseEditor({ detail, onChanged, onDuplicated, onDeleted }: Props) {
  const { t } = useT('cases');
  const language = uiLanguage();
  const when = (iso: string) => new Date(iso).toLocaleString(uiLocale());
  const [draft, setDraft] = useState<Draft>(() => draftOf(detail));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [revisions, setRevisions] = useState<CaseRevisionSummary[] | null>(null);
  const ids = useId();
  const readOnly = detail.builtin;
  useLeaveGuard(JSON.stringify(draft) !== JSON.stringify(draftOf(detail)));

  const fail = (e: unknown) => {
    if (e instanceof ApiError) {
      const field = fieldForErrorPath(e.data.path);
      if (field) {
        setFieldErrors({ [field]: errorText(e, { scenario: draft.scenario }) });
        setError(t('editor.notSavedField'));
      } else {
        setError(t('editor.notSaved', { error: errorText(e, { scenario: draft.scenario }) }));
      }
    } else {
      setError(t('editor.notSaved', { error: errorText(e) }));
    }
  };

  const save = async () => {
    setFieldErrors({});
    const personal = personalOf(draft);
    try {
      const saved = await call('cases.update', {
        id: detail.id,
        baseRevision: detail.revision,
        patch: {
          title: draft.title,
          tags: splitTags(draft.tags),
          notes: draft.notes,
          parentNotes: draft.parentNotes,
          personal,
          scenario: draft.scenario as CaseDetail['scenario'],
        },
      });
      onChanged(saved, t('editor.saved', { revision: saved.revision }));
    } catch (e) {
      fail(e);
    }
  };

  const duplicate = async () => {
    try {
      onDuplicated(await call('cases.duplicate', { id: detail.id }));
    } catch (e) {
      fail(e);
    }
  };

  const remove = async () => {
    try {
      await call('cases.delete', { id: detail.id });
      onDeleted(detail);
    } catch (e) {
      fail(e);
    }
  };

  const showRevisions = async () => {
    try {
      setRevisions((await call('cases.revisions', { id: detail.id })).revisions);
    } catch (e) {
      fail(e);
    }
  };

  const restore = async (revision: number) => {
    try {
      const restored = await call('cases.restoreRevision', {
        id: detail.id,
        revision,
        baseRevision: detail.revision,
      });
      onChanged(restored, t('editor.restored', { revision, current: restored.revision }));
    } catch (e) {
      fail(e);
    }
  };

  const setScenarioValue = (path: readonly string[], raw: string, numeric: boolean) => {
    const value = raw === '' ? undefined : numeric ? Number(raw) : raw;
    setDraft((d) => ({ ...d, scenario: writePath(d.scenario, path, value) }));
  };

  return (
    <section className="case-editor" aria-labelledby={`${ids}-heading`}>
      <header className="case-editor-head">
        <h2 id={`${ids}-heading`} lang={readOnly ? 'en' : undefined}>
          {detail.title}
        </h2>
        <p className="case-meta">
          {t(readOnly ? 'editor.metaBuiltin' : 'editor.meta', {
            revision: detail.revision,
            updated: when(detail.updatedAt),
          })}
        </p>
        <div className="case-actions">
          <a className="button primary" href={hrefFor({ name: 'sim', caseId: detail.id })}>
            {t('editor.openInSim')}
          </a>
          <button type="button" onClick={() => void duplicate()}>
            {t('editor.duplicate')}
          </button>
          {!readOnly && (
            <>
              <button type="button" onClick={() => void showRevisions()}>
                {t('editor.revisions')}
              </button>
              <button type="button" className="danger" onClick={() => void remove()}>
                {t('editor.delete')}
              </button>
            </>
          )}
        </div>
      </header>

      {error && (
        <p role="alert" className="case-message error">
          {error}
        </p>
      )}
      {readOnly && <p className="case-hint">{t('editor.builtinHint')}</p>}

      {revisions && (
        <section aria-label={t('editor.revisions')} className="revisions">
          <h3>{t('editor.earlierRevisions')}</h3>
          <ol>
            {revisions.map((r) => (
              <li key={r.revision}>
                <span>
                  {t('editor.revisionLine', {
                    revision: r.revision,
                    title: r.title,
                    saved: when(r.savedAt),
                  })}
                </span>
                {r.current ? (
                  <em> {t('editor.current')}</em>
                ) : (
                  <button type="button" onClick={() => void restore(r.revision)}>
                    {t('editor.restore', { revision: r.revision })}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}

      <form
        className="case-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset disabled={readOnly}>
          <legend>{t('editor.caseLegend')}</legend>
          <label>
            {t('editor.title')}
            <input
              lang={readOnly ? 'en' : undefined}
              value={draft.title}
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
              required
              maxLength={200}
            />
          </label>
          <label>
            {t('editor.tags')} <span className="hint">{t('editor.tagsHint')}</span>
            <input
              value={draft.tags}
              onChange={(e) => setDraft({ ...draft, tags: e.target.value })}
            />
          </label>
          <label>
            {t('editor.notes')}
            <textarea
              lang={readOnly ? 'en' : undefined}
              rows={3}
              value={draft.notes}
              onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
            />
          </label>
          <label>
            {t('editor.parentNotes')}
            <textarea
              lang={readOnly ? 'en' : undefined}
              rows={3}
              value={draft.parentNotes}
              onChange={(e) => setDraft({ ...draft, parentNotes: e.target.value })}
            />
          </label>
        </fieldset>

        <fieldset disabled={readOnly} className="personal">
          <legend>
            {t('editor.personalLegend')} <span className="badge">{t('editor.personalBadge')}</span>
          </legend>
          <p className="hint">{t('editor.personalHint')}</p>
          <label>
            {t('editor.parentFirstName')}
            <input
              value={draft.parentFirstName}
              onChange={(e) => setDraft({ ...draft, parentFirstName: e.target.value })}
            />
          </label>
        </fieldset>

        <fieldset disabled={readOnly}>
          <legend>{t('editor.scenarioLegend')}</legend>
          {scenarioFields(language).map((field) => {
            const key = fieldKey(field.path);
            const value = readPath(draft.scenario, field.path);
            const error = fieldErrors[key];
            const errorId = `${ids}-${key}-error`;
            return (
              <label key={key}>
                {field.label}
                {field.unit && <span className="hint"> ({field.unit})</span>}
                {field.kind === 'select' ? (
                  <select
                    value={typeof value === 'string' ? value : ''}
                    onChange={(e) => setScenarioValue(field.path, e.target.value, false)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                  >
                    <option value="">{t('editor.default')}</option>
                    {field.options?.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    type="number"
                    step="any"
                    value={typeof value === 'number' ? value : ''}
                    onChange={(e) => setScenarioValue(field.path, e.target.value, true)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                  />
                )}
                {field.moment && typeof value === 'number' && (
                  <span className="hint">{momentLabel(value, language)}</span>
                )}
                {error && (
                  <span id={errorId} className="field-error">
                    ⚠ {error}
                  </span>
                )}
              </label>
            );
          })}
        </fieldset>
        {!readOnly && (
          <button type="submit" className="primary">
            {t('editor.save')}
          </button>
        )}
      </form>
    </section>
  );
}
