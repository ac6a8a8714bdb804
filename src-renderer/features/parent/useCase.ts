// Loads one case for the parent view; reloads when the hash names the case again after a save.
import { useEffect, useState } from 'react';
import type { CaseDetail } from '../../../src-main/contract/cases';
import { call } from '../../app/api';
import { errorText } from '../../app/errorText';
import { currentLanguage } from './i18n';

export function useCase(caseId: string): { detail: CaseDetail | null; error: string | null } {
  const [state, setState] = useState<{ detail: CaseDetail | null; error: string | null }>({
    detail: null,
    error: null,
  });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const reload = () => setGeneration((g) => g + 1);
    window.addEventListener('hashchange', reload);
    return () => window.removeEventListener('hashchange', reload);
  }, []);
  useEffect(() => {
    let live = true;
    call('cases.get', { id: caseId })
      .then((detail) => live && setState({ detail, error: null }))
      .catch(
        (e: unknown) =>
          live && setState({ detail: null, error: errorText(e, {}, currentLanguage()) }),
      );
    return () => {
      live = false;
    };
  }, [caseId, generation]);
  return state;
}
