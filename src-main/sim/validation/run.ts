// Runs the validation targets and grades them: % difference of the seed mean from the central
// literature value (≤ 10 % green, ≤ 30 % yellow, > 30 % red), or inside/outside a stated limit.
// Calibration targets must be green or yellow; independent checks may not get worse than the
// checked-in baseline (a ratchet: green stays green, red may only improve, and no check drifts
// further from the literature than recorded).
import { mean, sd } from './measure';
import { SEEDS, TARGETS, type Target, type TargetKind } from './targets';

export type Verdict = 'green' | 'yellow' | 'red';

export interface TargetResult {
  id: string;
  kind: TargetKind;
  quantity: string;
  literature: string;
  source: string;
  unit: string;
  /** Mean over seeds (or the group value for targets measured over all seeds at once). */
  model: number;
  modelSd: number | null;
  seeds: number;
  differencePct: number | null;
  verdict: Verdict;
  modelText: string;
}

const RANK: Record<Verdict, number> = { green: 0, yellow: 1, red: 2 };

export function grade(
  t: Target,
  value: number,
): { differencePct: number | null; verdict: Verdict } {
  if (!Number.isFinite(value)) return { differencePct: null, verdict: 'red' };
  if (t.bound !== undefined) {
    const ok =
      (t.bound.below === undefined || value < t.bound.below) &&
      (t.bound.above === undefined || value > t.bound.above);
    return { differencePct: null, verdict: ok ? 'green' : 'red' };
  }
  const pct = ((value - t.value) / Math.abs(t.value)) * 100;
  const a = Math.abs(pct);
  return { differencePct: pct, verdict: a <= 10 ? 'green' : a <= 30 ? 'yellow' : 'red' };
}

export function runTarget(t: Target, seeds = SEEDS): TargetResult {
  const list = Array.from({ length: seeds }, (_, i) => i + 1);
  let model: number;
  let modelSd: number | null = null;
  if (t.measureAll !== undefined) model = t.measureAll(list);
  else {
    const xs = list.map((s) => t.measure(s));
    model = mean(xs);
    modelSd = sd(xs);
  }
  const g = grade(t, model);
  const f = (x: number): string => x.toFixed(t.digits);
  return {
    id: t.id,
    kind: t.kind,
    quantity: t.quantity,
    literature: t.literature,
    source: t.source,
    unit: t.unit,
    model,
    modelSd,
    seeds,
    ...g,
    modelText: `${f(model)}${modelSd === null ? '' : ` ± ${f(modelSd)}`}${t.unit === '' ? '' : ` ${t.unit}`}`,
  };
}

export function runValidation(ids?: readonly string[]): TargetResult[] {
  return TARGETS.filter((t) => ids === undefined || ids.includes(t.id)).map((t) => runTarget(t));
}

/** An independent check as last recorded: its grade and how far off it was (none for a limit). */
export interface BaselineEntry {
  verdict: Verdict;
  offPct?: number;
}
export type Baseline = Record<string, BaselineEntry>;

/**
 * How much further off a check may drift before it counts as worse: the run is deterministic, so
 * this only absorbs floating-point differences between machines.
 */
const DRIFT_PCT = 0.5;

/** The entry a result would record. */
export function baselineEntry(r: TargetResult): BaselineEntry {
  return r.differencePct === null
    ? { verdict: r.verdict }
    : { verdict: r.verdict, offPct: Math.round(Math.abs(r.differencePct) * 10) / 10 };
}

/** True when `now` is better than `was`: a better grade, or the same grade and closer. */
export function improves(now: BaselineEntry, was: BaselineEntry): boolean {
  if (RANK[now.verdict] !== RANK[was.verdict]) return RANK[now.verdict] < RANK[was.verdict];
  return now.offPct !== undefined && was.offPct !== undefined && now.offPct < was.offPct;
}

/**
 * What fails the run: a calibration target in red, or an independent check worse than its
 * baseline — a worse grade, or further from the literature than recorded (a red check may not
 * drift further off while staying red).
 */
export function failures(results: readonly TargetResult[], baseline: Baseline): string[] {
  const out: string[] = [];
  for (const r of results) {
    if (r.kind === 'calibration' && r.verdict === 'red') {
      out.push(`${r.id} (calibration) is red: model ${r.modelText}, literature ${r.literature}`);
    }
    if (r.kind !== 'independent') continue;
    const was = baseline[r.id];
    if (was === undefined) {
      out.push(`${r.id} has no baseline entry`);
      continue;
    }
    const now = baselineEntry(r);
    const what = `(model ${r.modelText}, literature ${r.literature})`;
    if (RANK[now.verdict] > RANK[was.verdict]) {
      out.push(`${r.id} got worse: ${was.verdict} → ${now.verdict} ${what}`);
    } else if (
      now.verdict === was.verdict &&
      now.offPct !== undefined &&
      was.offPct !== undefined &&
      now.offPct > was.offPct + DRIFT_PCT
    ) {
      out.push(`${r.id} got further off: ${was.offPct} % → ${now.offPct} % ${what}`);
    }
  }
  return out;
}

function table(results: readonly TargetResult[]): string {
  const head = ['#', 'quantity', 'literature', 'model (mean ± SD)', 'diff', 'verdict', 'source'];
  const rows = results.map((r) => [
    r.id,
    r.quantity,
    r.literature,
    r.modelText,
    r.differencePct === null
      ? 'limit'
      : `${r.differencePct >= 0 ? '+' : ''}${r.differencePct.toFixed(0)} %`,
    r.verdict,
    r.source,
  ]);
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function counts(results: readonly TargetResult[]): string {
  const n = (v: Verdict): number => results.filter((r) => r.verdict === v).length;
  return `${results.length}: ${n('green')} green, ${n('yellow')} yellow, ${n('red')} red`;
}

/** The README table: calibration targets and independent checks apart, with their counts. */
export function formatValidation(results: readonly TargetResult[]): string {
  const cal = results.filter((r) => r.kind === 'calibration');
  const ind = results.filter((r) => r.kind === 'independent');
  return [
    `Calibration targets (parameters were fitted to these) — ${counts(cal)}`,
    '',
    table(cal),
    '',
    `Independent checks (never used in fitting) — ${counts(ind)}`,
    '',
    table(ind),
  ].join('\n');
}
