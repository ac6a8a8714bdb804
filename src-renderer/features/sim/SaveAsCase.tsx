// Saves what the view shows (the scenario with any parameter edits) as a new case in the library,
// under a title the user gives it.
import { useId, useState } from 'react';
import type { Scenario } from '../../../src-main/sim/scenario';
import { ApiError, call } from '../../app/api';
import { hrefFor } from '../../app/router';
import './save-as-case.css';

export function SaveAsCase({ scenario, title }: { scenario: Scenario; title: string }) {
  const [naming, setNaming] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ id: string; title: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  const save = async (name: string) => {
    setError(null);
    try {
      const created = await call('cases.create', { scenario, title: name });
      setSaved({ id: created.id, title: created.title });
      setNaming(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
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
      >
        <label htmlFor={inputId}>Title of the new case</label>
        <input
          id={inputId}
          value={naming}
          maxLength={200}
          required
          autoFocus
          onChange={(e) => setNaming(e.target.value)}
        />
        <button type="submit" className="primary">
          Save case
        </button>
        <button type="button" onClick={() => setNaming(null)}>
          Cancel
        </button>
        {error && <span role="alert">Not saved: {error}</span>}
      </form>
    );
  }

  return (
    <span className="save-as-case">
      <button
        type="button"
        onClick={() => {
          setSaved(null);
          setNaming(`${title} (my case)`);
        }}
      >
        Save as new case
      </button>
      {saved && (
        <span role="status">
          Saved: <a href={hrefFor({ name: 'cases', caseId: saved.id })}>{saved.title}</a> is in the
          case library.
        </span>
      )}
    </span>
  );
}
