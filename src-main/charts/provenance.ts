// Where an exported file came from. Computed on the Node side (the hash needs node:crypto) and
// written into every file: SVG <metadata>, PNG tEXt, CSV header comment, PDF info.

export interface Provenance {
  appVersion: string;
  modelVersion: string;
  /** sha256 hex of canonicalJson(scenario). */
  scenarioHash: string;
  caseTitle: string;
  /** ISO 8601, UTC. */
  exportedAt: string;
  /** A comparison file shows a fork too: what it changed and the fork scenario's hash. */
  fork?: { label: string; scenarioHash: string };
}

/** The fields as ordered key/value pairs, with the names every format uses. */
export function provenanceEntries(p: Provenance): [string, string][] {
  return [
    ['app', `LactaSim ${p.appVersion}`],
    ['model-version', p.modelVersion],
    ['scenario-sha256', p.scenarioHash],
    ['case-title', p.caseTitle],
    ['exported-at', p.exportedAt],
    ...(p.fork
      ? ([
          ['fork', p.fork.label],
          ['fork-scenario-sha256', p.fork.scenarioHash],
        ] as [string, string][])
      : []),
  ];
}

/** The same fields for a person reading the report: words, not the files' keys. */
const READABLE: Record<string, string> = {
  app: 'App',
  'model-version': 'Model version',
  'scenario-sha256': 'Scenario fingerprint (SHA-256)',
  'case-title': 'Case',
  'exported-at': 'Exported (UTC)',
  fork: 'Fork',
  'fork-scenario-sha256': "Fork's scenario fingerprint (SHA-256)",
};

export function readableProvenance(p: Provenance): string[] {
  return provenanceEntries(p).map(([k, v]) => `${READABLE[k] ?? k}: ${v}`);
}
