import { useCallback, useEffect, useState } from 'react';
import type { CaseListResponse, CaseSort } from '../../../src-main/contract/cases';
import { ApiError, call } from '../../app/api';

export interface ListQuery {
  query: string;
  tag: string;
  sort: CaseSort | '';
  includeDeleted: boolean;
}

/** The case list for a query; reloads when the query changes or `reload()` is called. */
export function useCaseList(query: ListQuery) {
  const [data, setData] = useState<CaseListResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      call('cases.list', {
        ...(query.query.trim() ? { query: query.query.trim() } : {}),
        ...(query.tag ? { tag: query.tag } : {}),
        ...(query.sort ? { sort: query.sort } : {}),
        includeDeleted: query.includeDeleted,
      })
        .then((value) => {
          if (!live) return;
          setData(value);
          setError(null);
        })
        .catch((e: unknown) => live && setError(e instanceof ApiError ? e.message : String(e)));
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query.query, query.tag, query.sort, query.includeDeleted, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, reload };
}
