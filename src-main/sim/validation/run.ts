// Runs the validation targets and grades them: % difference of the seed mean from the central
// literature value (≤ 10 % green, ≤ 30 % yellow, > 30 % red), or inside/outside a stated limit
// (for a band around a midpoint, the % from the midpoint is shown too, not graded).
// Calibration targets must be green or yellow; independent checks may not get worse than the
// checked-in baseline (a ratchet: green stays green, red may only improve, and no check drifts
// further from the literature than recorded — for a check outside its limit, further from it).
import { differenceDigits, differenceSign, verdictOf, type Verdict } from './grades';
import { mean, sd } from './measure';
import { SEEDS, TARGETS, type Target, type TargetKind } from './targets';

export type { Verdict } from './grades';

export interface TargetResult {
  id: string;
  kind: TargetKind;
  quantity: string;
  literature: string;
  source: string;
  unit: string;
  /** Mean over seeds (or the group value for targets measured over all seeds at once). */
  model: number;
  /** Null for a group value (a median or odds ratio over all seeds), which has no SD. */
  modelSd: number | null;
  seeds: number;
  /** % difference from the central value; null for a target graded against a limit. */
  differencePct: number | null;
  /** For a target graded against a limit: how far outside it the value lies, % of the limit. */
  outsidePct: number | null;
  verdict: Verdict;
  /**
   * For a band whose central value is its midpoint (I19, 37–66 g/L around 51.5): % difference
   * from the midpoint, shown beside the in-band verdict; the band alone grades it.
   */
  midpointPct: number | null;
  modelText: string;
}

const RANK: Record<Verdict, number> = { green: 0, yellow: 1, red: 2 };

export function grade(
  t: Target,
  value: number,
): { differencePct: number | null; outsidePct: number | null; verdict: Verdict } {
  if (!Number.isFinite(value)) return { differencePct: null, outsidePct: null, verdict: 'red' };
  if (t.bound !== undefined) {
    const { below, above } = t.bound;
    const outsidePct =
      below !== undefined && value >= below
        ? percentOf(value - below, below)
        : above !== undefined && value <= above
          ? percentOf(above - value, above)
          : 0;
    return { differencePct: null, outsidePct, verdict: outsidePct === 0 ? 'green' : 'red' };
  }
  const pct = percentOf(value - t.value, t.value);
  return { differencePct: pct, outsidePct: null, verdict: verdictOf(pct) };
}

/**
 * % from the midpoint of a band with both limits whose central value is that midpoint; null for
 * a one-sided limit, a central value elsewhere in the band (I7's 0 min in −1…10) or no band.
 */
export function midpointPct(t: Target, value: number): number | null {
  const { above, below } = t.bound ?? {};
  if (above === undefined || below === undefined || t.value !== (above + below) / 2) return null;
  return Number.isFinite(value) ? percentOf(value - t.value, t.value) : null;
}

/** `x` as % of `of`; a zero reference (no target has one) counts the difference itself. */
function percentOf(x: number, of: number): number {
  return (x / (of === 0 ? 1 : Math.abs(of))) * 100;
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
    midpointPct: midpointPct(t, model),
    modelText: `${f(model)}${modelSd === null ? '' : ` ± ${f(modelSd)}`}${t.unit === '' ? '' : ` ${t.unit}`}${t.over === undefined ? '' : ` (one value for ${t.over}, no SD)`}`,
  };
}

export function runValidation(ids?: readonly string[]): TargetResult[] {
  return TARGETS.filter((t) => ids === undefined || ids.includes(t.id)).map((t) => runTarget(t));
}

/**
 * An independent check as last recorded: its grade and how far off it was — % from the central
 * value, or for a check graded against a limit, % outside it (none while inside).
 */
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
  const off = r.differencePct ?? (r.outsidePct === 0 ? null : r.outsidePct);
  return off === null
    ? { verdict: r.verdict }
    : { verdict: r.verdict, offPct: Math.round(Math.abs(off) * 10) / 10 };
}

/** True when `now` is better than `was`: a better grade, or the same grade and closer. */
export function improves(now: BaselineEntry, was: BaselineEntry): boolean {
  if (RANK[now.verdict] !== RANK[was.verdict]) return RANK[now.verdict] < RANK[was.verdict];
  return now.offPct !== undefined && was.offPct !== undefined && now.offPct < was.offPct;
}

/**
 * Whether `--update-baseline` writes `now` over `was`: a new check, an improvement, or the same
 * grade with a distance where none was recorded (a check newly graded by its distance), so that
 * the ratchet holds it from then on. Never a worse grade or a larger distance.
 */
export function shouldRecord(now: BaselineEntry, was: BaselineEntry | undefined): boolean {
  if (was === undefined || improves(now, was)) return true;
  return now.verdict === was.verdict && was.offPct === undefined && now.offPct !== undefined;
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
      was.offPct === undefined
    ) {
      // Without a recorded distance the check could drift unseen: the baseline must carry one.
      out.push(`${r.id} has no recorded distance to hold it to ${what}`);
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

const signed = (pct: number): string =>
  `${differenceSign(pct)}${Math.abs(pct).toFixed(differenceDigits(pct))} %`;

function difference(r: TargetResult): string {
  if (r.differencePct !== null) return signed(r.differencePct);
  const limit =
    r.outsidePct === null || r.outsidePct === 0
      ? 'limit'
      : `limit, ${r.outsidePct.toFixed(0)} % outside`;
  return r.midpointPct === null ? limit : `${limit}, ${signed(r.midpointPct)} from midpoint`;
}

function table(results: readonly TargetResult[]): string {
  const head = ['#', 'quantity', 'literature', 'model (mean ± SD)', 'diff', 'verdict', 'source'];
  const rows = results.map((r) => [
    r.id,
    r.quantity,
    r.literature,
    r.modelText,
    difference(r),
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

/**
 * The README table: calibration targets and independent checks apart, with their counts. A kind
 * with no results (`npm run validate -- --only I20`) is left out rather than shown as an empty table.
 */
export function formatValidation(results: readonly TargetResult[]): string {
  const section = (title: string, kind: TargetKind): string | null => {
    const rows = results.filter((r) => r.kind === kind);
    return rows.length === 0 ? null : `${title} — ${counts(rows)}\n\n${table(rows)}`;
  };
  return [
    section('Calibration targets (parameters were fitted to these)', 'calibration'),
    section('Independent checks (never used in fitting)', 'independent'),
  ]
    .filter((x) => x !== null)
    .join('\n\n');
}
