// The built-in teaching scenarios, bundled at build time as content (vite JSON import).
// The case library will supply scenarios by id later; until then the view offers these.
import type { Scenario } from '../../../src-main/sim/scenario';

export interface BuiltinScenario {
  slug: string;
  title: string;
  summary: string;
  scenario: Scenario;
}

interface IndexEntry {
  slug: string;
  title: string;
  summary?: string;
}

const files = import.meta.glob<Scenario>('../../../resources/scenarios/*.json', {
  eager: true,
  import: 'default',
});

function load(): BuiltinScenario[] {
  const byName = new Map<string, unknown>();
  for (const [path, doc] of Object.entries(files)) {
    byName.set(path.replace(/^.*\/([^/]+)\.json$/, '$1'), doc);
  }
  const index = (byName.get('index') ?? []) as IndexEntry[];
  return index.flatMap((entry) => {
    const scenario = byName.get(entry.slug) as Scenario | undefined;
    return scenario
      ? [{ slug: entry.slug, title: entry.title, summary: entry.summary ?? '', scenario }]
      : [];
  });
}

export const BUILTIN_SCENARIOS: readonly BuiltinScenario[] = load();

/** The default case: a typical feed at 6 weeks, or whatever comes first. */
export const DEFAULT_SLUG =
  BUILTIN_SCENARIOS.find((s) => s.slug === 'typical-feed-6-weeks')?.slug ??
  BUILTIN_SCENARIOS[0]?.slug ??
  null;
