import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedingPatternSchema, walkthroughBeatSchema } from '../../../src-main/contract/parent';
import { parseScenario, type Scenario } from '../../../src-main/sim/scenario';
import { simulate } from '../../../src-main/sim/index';
import {
  CATALOGS,
  captionKey,
  captionValues,
  catalogCaption,
  catalogTitle,
  fill,
  titleKey,
} from '../../../src-main/walkthrough/catalog';
import {
  applyEdits,
  generateSteps,
  toBeat,
  walkthroughOf,
  withWalkthrough,
} from '../../../src-main/walkthrough/steps';
import {
  applyWhatIf,
  patternOf,
  scenarioForPattern,
  whatIfDifference,
  whatIfsFor,
  WHAT_IFS,
} from '../../../src-main/walkthrough/what-if';
import { MOST_FEEDS_PER_DAY } from '../../../src-main/walkthrough/quantities';

const root = join(import.meta.dirname, '..', '..', '..');
function builtin(slug: string): Scenario {
  const r = parseScenario(
    JSON.parse(readFileSync(join(root, 'resources', 'scenarios', `${slug}.json`), 'utf8')),
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const run = (s: Scenario) => simulate(s, { resolutionSec: 120 });

describe('generateSteps', () => {
  it('tells a typical day with the core steps, each at its moment in the trace', () => {
    const s = builtin('typical-feed-6-weeks');
    const trace = run(s);
    const steps = generateSteps(s, trace);
    expect(steps.map((x) => x.kind)).toEqual([
      'intro',
      'latch',
      'prolactin',
      'letDown',
      'moreOutMoreMade',
      'pattern',
    ]);
    const firstLatch = trace.events.find((e) => e.kind === 'latch')!.atSeconds;
    const firstEjection = trace.events.find((e) => e.kind === 'ejectionStart')!.atSeconds;
    expect(steps.find((x) => x.kind === 'latch')!.atSeconds).toBe(firstLatch);
    expect(steps.find((x) => x.kind === 'letDown')!.atSeconds).toBe(firstEjection);
    expect(steps.find((x) => x.kind === 'intro')!.params.days).toBe(42);
    expect(steps.at(-1)!.atSeconds).toBe(trace.durationSec);
  });

  it('adds the steps a scenario calls for: surgery, placenta, oversupply, stress, pumping', () => {
    const kinds = (slug: string) =>
      generateSteps(builtin(slug), run(builtin(slug))).map((x) => x.kind);
    expect(kinds('after-breast-reduction')).toEqual(
      expect.arrayContaining(['birth', 'surgery', 'milkComesIn']),
    );
    expect(kinds('retained-placenta-day-6')).toContain('retainedPlacenta');
    expect(kinds('oversupply-block-feeding')).toContain('oversupply');
    expect(kinds('stress-delayed-letdown-pumping-baby-present')).toEqual(
      expect.arrayContaining(['stress', 'pumping']),
    );
    expect(kinds('small-capacity-4-hourly')).toContain('smallStorage');
    expect(kinds('sheehan-syndrome')).toContain('sheehan');
    expect(kinds('combined-pill-6-weeks')).toContain('contraception');
    expect(kinds('typical-feed-6-weeks')).not.toContain('surgery');
  });

  it('gives a family no feed count beyond any measured, and says to have feeding checked', () => {
    // After breast reduction from birth the model's baby, short of milk, feeds about 20 times a
    // day: more than the 4–13 meals Kent et al. 2006 saw, and the model has no sleep or supplements.
    const often = builtin('after-breast-reduction');
    const pattern = generateSteps(often, run(often)).find((x) => x.kind === 'pattern')!;
    expect(pattern.params.feeds).toBeGreaterThan(MOST_FEEDS_PER_DAY);
    for (const language of ['en', 'es'] as const) {
      const words = fill(
        catalogCaption(CATALOGS[language], pattern),
        captionValues(language, pattern),
      );
      expect(words).not.toMatch(new RegExp(`\\b${pattern.params.feeds}\\b`));
      expect(words).toContain(String(pattern.params.amount));
    }
    expect(captionKey(pattern)).toBe('steps.pattern.captionVeryOften');
    // A typical day keeps its count.
    const typical = builtin('typical-feed-6-weeks');
    const usual = generateSteps(typical, run(typical)).find((x) => x.kind === 'pattern')!;
    expect(usual.params.feeds).toBeLessThanOrEqual(MOST_FEEDS_PER_DAY);
    expect(fill(catalogCaption(CATALOGS.en, usual), captionValues('en', usual))).toContain(
      `With about ${usual.params.feeds} feeds a day`,
    );
  });

  it('says one feed and one pumping session in the singular, in both languages', () => {
    const pattern = (feeds: number, pumps: number) => ({
      kind: 'pattern' as const,
      atSeconds: 0,
      params: { feeds, pumps, amount: 300 },
    });
    const said = (language: 'en' | 'es', feeds: number, pumps: number) => {
      const step = pattern(feeds, pumps);
      return fill(catalogCaption(CATALOGS[language], step), captionValues(language, step));
    };
    expect(said('en', 1, 1)).toContain('With about 1 feed and 1 pumping session a day,');
    expect(said('en', 8, 1)).toContain('With about 8 feeds and 1 pumping session a day,');
    expect(said('en', 1, 0)).toContain('With about 1 feed a day,');
    expect(said('en', 0, 1)).toContain('With about 1 pumping session a day,');
    expect(said('en', 0, 7)).toContain('With about 7 pumping sessions a day,');
    expect(said('es', 1, 1)).toContain('Con alrededor de 1 toma y 1 sesión de sacaleches al día,');
    expect(said('es', 8, 2)).toContain(
      'Con alrededor de 8 tomas y 2 sesiones de sacaleches al día,',
    );
    expect(said('es', 0, 1)).toContain('Con alrededor de 1 sesión de sacaleches al día,');
    expect(said('es', 1, 0)).toContain('Con alrededor de 1 toma al día,');
  });

  it('tells the latch step as pumping only when a pump, not a baby, starts the story', () => {
    const latchOf = (s: Scenario) => generateSteps(s, run(s)).find((x) => x.kind === 'latch')!;
    const pumping = latchOf(builtin('stress-delayed-letdown-pumping-baby-present'));
    expect(pumping.params).toEqual({ pump: 1 });
    expect(titleKey(pumping)).toBe('steps.latch.titlePump');
    expect(catalogTitle(CATALOGS.es, pumping)).toBe('Cuando usa el sacaleches');
    // Feeding first (pumping later), or no session at all: the baby's latch.
    const quiet: Scenario = {
      ...builtin('typical-feed-6-weeks'),
      feeding: { plan: 'explicit', events: [], seed: 1 },
    };
    for (const s of [builtin('low-supply-recovery'), quiet]) {
      expect(latchOf(s).params).toEqual({});
      expect(catalogTitle(CATALOGS.en, latchOf(s))).toBe('When your baby latches');
    }
  });

  it('places the placenta step at its removal on day 6', () => {
    const s = builtin('retained-placenta-day-6');
    const step = generateSteps(s, run(s)).find((x) => x.kind === 'retainedPlacenta')!;
    expect(step.atSeconds).toBe(144 * 3600);
    expect(step.params.days).toBe(6);
  });
});

describe('clinician edits', () => {
  const s = builtin('typical-feed-6-weeks');
  const generated = generateSteps(s, run(s));

  it('chooses, reorders and rewords steps and round-trips through a strict beat', () => {
    const edited = [
      generated[3]!,
      { ...generated[0]!, caption: 'Our own words.', note: 'Call me.' },
    ];
    const beat = toBeat(edited, 'Rest when baby rests.');
    expect(walkthroughBeatSchema.parse(beat)).toEqual(beat);
    const beats = withWalkthrough([{ type: 'slide', n: 1 }], beat);
    expect(beats).toHaveLength(2);
    const back = walkthroughOf(beats)!;
    expect(back.notes).toBe('Rest when baby rests.');
    const applied = applyEdits(generated, back);
    expect(applied.map((x) => x.kind)).toEqual(['letDown', 'intro']);
    expect(applied[1]).toMatchObject({ caption: 'Our own words.', note: 'Call me.', atSeconds: 0 });
  });

  it('ignores an invalid stored walkthrough and drops steps the trace no longer has', () => {
    expect(walkthroughOf([{ type: 'parentWalkthrough', steps: [{ kind: 'nope' }] }])).toBeNull();
    const beat = toBeat([generated[0]!], '');
    beat.steps.push({ kind: 'surgery' });
    expect(applyEdits(generated, beat).map((x) => x.kind)).toEqual(['intro']);
  });

  it('refuses a beat that lists a step twice', () => {
    expect(
      walkthroughBeatSchema.safeParse({
        type: 'parentWalkthrough',
        steps: [{ kind: 'intro' }, { kind: 'intro' }],
      }).success,
    ).toBe(false);
  });
});

describe('what-ifs', () => {
  it('reads the pattern of a run and writes it back as an explicit plan', () => {
    const s = builtin('small-capacity-4-hourly');
    const pattern = patternOf(s, run(s));
    expect(pattern).toEqual({
      feedsPerDay: 6,
      sides: 'both',
      minutesPerBreast: 15,
      pumpsPerDay: 0,
    });
    const plan = scenarioForPattern(s, pattern, { days: 2 });
    expect(parseScenario(plan).ok).toBe(true);
    expect(plan.feeding.events).toHaveLength(2 * 6 * 2);
    expect(plan.durationHours).toBe(48);
  });

  it('more frequent feeds raise supply over a week; block feeding lowers an oversupply', () => {
    const low = builtin('low-supply-recovery');
    const pattern = { feedsPerDay: 6, sides: 'one' as const, minutesPerBreast: 12, pumpsPerDay: 0 };
    const base = run(scenarioForPattern(low, pattern));
    const more = applyWhatIf(pattern, 'moreFeeds');
    const alt = run(scenarioForPattern(low, more.pattern, { block: more.block }));
    const diff = whatIfDifference(base, alt);
    expect(diff.days).toBe(7);
    expect(diff.supplyChange).toBeGreaterThan(0);

    const over = builtin('oversupply-block-feeding');
    const op = { feedsPerDay: 8, sides: 'both' as const, minutesPerBreast: 12, pumpsPerDay: 0 };
    const block = applyWhatIf(op, 'blockFeeding');
    const d2 = whatIfDifference(
      run(scenarioForPattern(over, op)),
      run(scenarioForPattern(over, block.pattern, { block: true })),
    );
    expect(d2.supplyChange).toBeLessThan(0);
  });

  it('pumping after feeds adds one pump session per feed', () => {
    const s = builtin('typical-feed-6-weeks');
    const p = applyWhatIf(
      { feedsPerDay: 8, sides: 'one', minutesPerBreast: 15, pumpsPerDay: 0 },
      'pumpAfterFeeds',
    );
    const plan = scenarioForPattern(s, p.pattern, { days: 1 });
    expect(plan.feeding.events!.filter((e) => e.kind === 'pump')).toHaveLength(8);
  });

  it('keeps a mother who pumps and does not breastfeed: no feeds, every pumping session', () => {
    const s = builtin('stress-delayed-letdown-pumping-baby-present');
    const trace = run(s);
    const pattern = patternOf(s, trace);
    expect(pattern).toMatchObject({ feedsPerDay: 0, pumpsPerDay: 7 });
    expect(feedingPatternSchema.safeParse(pattern).success).toBe(true);
    const plan = scenarioForPattern(s, pattern, { days: 2 });
    expect(parseScenario(plan).ok).toBe(true);
    const kinds = plan.feeding.events!.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'latch')).toHaveLength(0);
    expect(kinds.filter((k) => k === 'pump')).toHaveLength(14);
    // The pattern's run removes about what the case removes (7 sessions a day in both).
    const removed = (x: Scenario) => run(x).summary.milkRemovedPer24hMl;
    expect(removed(plan) / trace.summary.milkRemovedPer24hMl).toBeGreaterThan(0.85);
    expect(removed(plan) / trace.summary.milkRemovedPer24hMl).toBeLessThan(1.15);
    // "Pump after each feed" never takes sessions away; with no feeds only more feeds is offered.
    expect(applyWhatIf(pattern, 'pumpAfterFeeds').pattern.pumpsPerDay).toBe(7);
    expect(whatIfsFor(pattern)).toEqual(['moreFeeds']);
    expect(
      whatIfsFor(patternOf(builtin('low-supply-recovery'), run(builtin('low-supply-recovery')))),
    ).toEqual(WHAT_IFS);
  });

  it('spreads pumping sessions beyond the feeds between them, none overlapping another', () => {
    const s = builtin('typical-feed-6-weeks');
    const plan = scenarioForPattern(
      s,
      { feedsPerDay: 2, sides: 'both', minutesPerBreast: 15, pumpsPerDay: 6 },
      { days: 1 },
    );
    const events = plan.feeding.events!;
    expect(events.filter((e) => e.kind === 'latch')).toHaveLength(4);
    expect(events.filter((e) => e.kind === 'pump')).toHaveLength(6);
    for (let i = 1; i < events.length; i++) {
      const before = events[i - 1]!;
      expect(events[i]!.atMinutes).toBeGreaterThanOrEqual(
        before.atMinutes + before.durationMinutes,
      );
    }
    expect(events.at(-1)!.atMinutes + events.at(-1)!.durationMinutes).toBeLessThanOrEqual(24 * 60);
  });
});
