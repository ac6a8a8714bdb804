// Simulates the cases a lesson's beats use (in the engine worker, like the simulation view), each
// once per mount, and keeps the traces so moving between beats of one case is instant. Used by
// the presentation (the beat shown and the next) and by the editor (every beat).
import { useEffect, useState } from 'react';
import type { CaseDetail } from '../../../src-main/contract/cases';
import type { Trace } from '../../../src-main/sim/trace';
import { call } from '../../app/api';
import { errorText } from '../../app/errorText';
import { tr } from '../../app/i18n';
import { derive, type Derived } from '../sim/derive';
import { runScenario } from '../sim/engineClient';
import { resolutionFor } from '../../../src-main/contract/resolution';

export interface CaseRun {
  detail: CaseDetail;
  trace: Trace;
  derived: Derived;
}

/** Runs of the given case ids, as they arrive; ids may repeat. */
export function useCaseRuns(caseIds: readonly string[]): {
  runs: ReadonlyMap<string, CaseRun>;
  error: string | null;
} {
  const [runs, setRuns] = useState<ReadonlyMap<string, CaseRun>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [pending] = useState(() => new Set<string>());

  const key = [...new Set(caseIds)].join(',');
  useEffect(() => {
    for (const id of key.split(',')) {
      if (id === '' || pending.has(id)) continue;
      pending.add(id);
      void (async () => {
        try {
          const detail = await call('cases.get', { id });
          const trace = await runScenario(detail.scenario, resolutionFor(detail.scenario));
          setRuns((m) => new Map(m).set(id, { detail, trace, derived: derive(trace) }));
        } catch (e) {
          setError(tr('lessons', 'runs.caseFailed', { id, error: errorText(e) }));
        }
      })();
    }
  }, [key, pending]);

  return { runs, error };
}
