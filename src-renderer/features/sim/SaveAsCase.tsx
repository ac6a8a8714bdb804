// Saves what the view shows (the scenario with any parameter edits) as a new case in the library.
import { useState } from 'react';
import type { Scenario } from '../../../src-main/sim/scenario';
import { ApiError, call } from '../../app/api';
import { hrefFor } from '../../app/router';

export function SaveAsCase({ scenario, title }: { scenario: Scenario; title: string }) {
  const [saved, setSaved] = useState<{ id: string; title: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setError(null);
    try {
      const created = await call('cases.create', { scenario, title: `${title} (my case)` });
      setSaved({ id: created.id, title: created.title });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <span className="save-as-case">
      <button type="button" onClick={() => void save()}>
        Save as new case
      </button>
      {saved && (
        <span role="status">
          Saved: <a href={hrefFor({ name: 'cases' })}>{saved.title}</a> is in the case library.
        </span>
      )}
      {error && <span role="alert">Not saved: {error}</span>}
    </span>
  );
}
