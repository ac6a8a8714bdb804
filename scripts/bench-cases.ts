// Case library speed: list and search over 10 000 cases (target < 20 ms), open a case,
// import 1 000 cases, and the cost of opening a large library. Real SQLite file in a temp folder.
// `npx tsx scripts/bench-cases.ts` prints the JSON alone.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultResourcesDir, openCaseLibrary } from '../src-main/services/cases';
import { newCaseId } from '../src-main/services/cases/ids';
import { openStore } from '../src-main/store/index';

const WORDS = [
  'engorgement',
  'mastitis',
  'latch',
  'pumping',
  'preterm',
  'nicu',
  'jaundice',
  'supply',
  'oversupply',
  'tongue',
  'tie',
  'nipple',
  'pain',
  'twins',
  'weaning',
  'night',
  'feeds',
  'cluster',
  'growth',
  'spurt',
  'surgery',
  'reduction',
  'placenta',
  'retained',
  'sheehan',
  'contraception',
  'stress',
  'skin',
  'contact',
  'colostrum',
  'lactogenesis',
  'delay',
  'diabetes',
  'obesity',
  'caesarean',
  'separation',
  'donor',
  'milk',
  'bottle',
  'refusal',
];
const TAGS = ['early', 'established', 'pumping', 'nicu', 'pathology', 'teaching', 'exam', 'twins'];

/** Small deterministic generator so every run benches the same library. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)), runs: samples.length };
}

const round = (x: number) => Math.round(x * 100) / 100;

async function time<T>(fn: () => T | Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

async function repeat(runs: number, fn: () => unknown) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await time(fn))[0]);
  return stats(samples);
}

export async function benchCases(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'lactasim-bench-'));
  const dbPath = join(dir, 'lactasim.db');
  const resourcesDir = defaultResourcesDir();
  try {
    const index = JSON.parse(
      readFileSync(join(resourcesDir, 'scenarios', 'index.json'), 'utf8'),
    ) as {
      slug: string;
    }[];
    const scenarios = index.map(
      (e) =>
        JSON.parse(
          readFileSync(join(resourcesDir, 'scenarios', `${e.slug}.json`), 'utf8'),
        ) as unknown,
    );

    let library = openCaseLibrary({ dbPath, resourcesDir });
    const random = rng(42);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
    const t0 = Date.UTC(2026, 0, 1);
    const [seedMs] = await time(() =>
      library.store.cases.transaction(() => {
        for (let i = 0; i < 10_000; i++) {
          library.store.cases.insert({
            id: newCaseId(),
            title: `${words(3)} ${i}`,
            tags: [pick(TAGS), pick(TAGS)].filter((t, j, a) => a.indexOf(t) === j),
            notes: words(40),
            parentNotes: words(15),
            scenario: pick(scenarios),
            personal: null,
            beats: [],
            builtinSlug: null,
            builtinHash: null,
            revision: 1,
            createdAt: t0 + i * 60_000,
            updatedAt: t0 + i * 60_000,
            deletedAt: null,
          });
        }
      }),
    );
    library.close();

    const [reopenMs] = await time(() => openStore(dbPath).close());
    library = openCaseLibrary({ dbPath, resourcesDir });
    const h = library.handlers;
    const first = await h['cases.list']({ includeDeleted: false, limit: 1, offset: 0 });
    const someId = first.cases[0]!.id;

    const result = {
      cases: first.total,
      seed10000Ms: round(seedMs),
      openLibraryWith10000CasesMs: round(reopenMs),
      listFirstPage50: await repeat(30, () =>
        h['cases.list']({ includeDeleted: false, limit: 50, offset: 0 }),
      ),
      listPage500ByTitle: await repeat(30, () =>
        h['cases.list']({ sort: 'title', includeDeleted: false, limit: 500, offset: 0 }),
      ),
      listAll10000: await repeat(10, () =>
        h['cases.list']({ includeDeleted: false, limit: 10_000, offset: 0 }),
      ),
      searchCommonWord: await repeat(30, () =>
        h['cases.list']({ query: 'mastitis', includeDeleted: false, limit: 50, offset: 0 }),
      ),
      searchTwoPrefixes: await repeat(30, () =>
        h['cases.list']({ query: 'lact sup', includeDeleted: false, limit: 50, offset: 0 }),
      ),
      filterByTag: await repeat(30, () =>
        h['cases.list']({ tag: 'nicu', includeDeleted: false, limit: 50, offset: 0 }),
      ),
      openCase: await repeat(100, () => h['cases.get']({ id: someId })),
      targetMs: 20,
    };

    const bundle = await h['cases.exportBundle']({
      ids: (await h['cases.list']({ includeDeleted: false, limit: 1000, offset: 0 })).cases.map(
        (c) => c.id,
      ),
      keepPersonal: false,
    });
    const [importMs, imported] = await time(() => h['cases.importBundle']({ bundle }));
    library.close();
    return {
      ...result,
      import1000: { ms: round(importMs), imported: imported.imported.length },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${JSON.stringify(await benchCases(), null, 2)}\n`);
}
