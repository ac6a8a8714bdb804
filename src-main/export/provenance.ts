// Builds the provenance written into exported files. The scenario hash is sha256 of the canonical
// JSON, so a reader can check a file against the scenario it claims to show.
import { createHash } from 'node:crypto';
import { canonicalJson, type Provenance } from '../charts/index';
import type { Trace } from '../sim/trace';
import { APP_VERSION } from '../services/app';

export function scenarioHash(scenario: unknown): string {
  return createHash('sha256').update(canonicalJson(scenario)).digest('hex');
}

export function makeProvenance(
  scenario: unknown,
  trace: Pick<Trace, 'modelVersion'>,
  caseTitle: string,
  now: Date,
): Provenance {
  return {
    appVersion: APP_VERSION,
    modelVersion: trace.modelVersion,
    scenarioHash: scenarioHash(scenario),
    caseTitle,
    exportedAt: now.toISOString(),
  };
}
