// The parent walkthrough's steps say what the body does; each such sentence is a run of the model
// with a threshold, in English and in Spanish. Every sentence of every step caption is either
// claimed here or reviewed as saying no effect of the body (a greeting, advice to ask the care team,
// a parent's feelings said as what parents report, a tip said to be from practice): a new or
// reworded sentence fails the guard until it is one or the other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src-main/sim/scenario';
import type { Trace } from '../../src-main/sim/trace';
import { MOST_FEEDS_PER_DAY } from '../../src-main/walkthrough/quantities';
import { generateSteps } from '../../src-main/walkthrough/steps';
import { cachedRun } from '../fixtures/model-runs';

const root = join(import.meta.dirname, '..', '..');
const json = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
/** Each step's title and its captions: `caption` and its variants (`captionAtBirth`, …). */
type Catalog = { steps: Record<string, Record<string, string>> };
const CATALOGS = {
  en: json('resources/content/parent/en.json') as Catalog,
  es: json('resources/content/parent/es.json') as Catalog,
};
const builtin = (slug: string): Scenario => json(`resources/scenarios/${slug}.json`) as Scenario;
const run = cachedRun;
const trace = (s: Scenario): Trace => run(s).trace;
const without = (s: Scenario, kind?: string): Scenario => ({
  ...s,
  mother: {
    ...s.mother,
    conditions: kind === undefined ? [] : s.mother?.conditions?.filter((c) => c.kind !== kind),
  },
});
const values = (t: Trace, ch: keyof Trace['channels'], from = 0, to = Infinity): number[] => {
  const out: number[] = [];
  t.timesSec.forEach((x, i) => {
    if (x >= from && x <= to) out.push(t.channels[ch][i] ?? 0);
  });
  return out;
};
const at = (t: Trace, ch: keyof Trace['channels'], sec: number): number => {
  let v = t.channels[ch][0] ?? 0;
  t.timesSec.forEach((x, i) => {
    if (x <= sec) v = t.channels[ch][i] ?? 0;
  });
  return v;
};
const eventAt = (t: Trace, kind: string): number =>
  t.events.find((e) => e.kind === kind)?.atSeconds ?? NaN;
const f0 = (x: number) => x.toFixed(0);
const ok = (cond: boolean, measured: string): string | true => cond || measured;
/** The first feed's first ejection, seconds after it starts, with and without a change. */
const latency = (s: Scenario) => trace(s).summary.firstEjectionLatencySec ?? Infinity;
const perDay = (s: Scenario) => trace(s).summary.milkRemovedPer24hMl;
const falls = (s: Scenario, share = 0.1) => {
  const { supplyStartMlPerDay: a, supplyEndMlPerDay: b } = trace(s).summary;
  return ok(b <= a * (1 - share), `supply ${f0(a)} → ${f0(b)} mL/day`);
};
const stepParams = (s: Scenario, kind: string) =>
  generateSteps(s, trace(s)).find((x) => x.kind === kind)?.params ?? {};

interface StepClaim {
  step: string;
  /** Which of the step's captions (default `caption`). */
  variant?: string;
  /** Whole sentences of the step's caption, in each language. */
  en: string[];
  es: string[];
  check: () => string | true;
}

const STEP_CLAIMS: StepClaim[] = [
  {
    step: 'birth',
    en: [
      'When the [placenta](placenta) comes out, a hormone called [progesterone](progesterone) drops.',
      'This drop tells your breasts to start making much more milk.',
    ],
    es: [
      'Cuando sale la [placenta](placenta), baja una hormona que se llama [progesterona](progesterone).',
      'Esa bajada le dice al pecho que haga mucha más leche.',
    ],
    check: () => {
      const t = trace(builtin('first-five-days'));
      const out = eventAt(t, 'placentaDelivered');
      const [before, after] = [
        at(t, 'progesteroneNgPerMl', out - 60),
        at(t, 'progesteroneNgPerMl', out + 3600),
      ];
      const [then, later] = [
        at(t, 'synthesisMlPerH', out),
        at(t, 'synthesisMlPerH', t.durationSec),
      ];
      return ok(
        after <= 0.2 * before && later >= 5 * then,
        `progesterone ${f0(before)} → ${f0(after)} ng/mL; synthesis ${then.toFixed(1)} → ${later.toFixed(1)} mL/h`,
      );
    },
  },
  {
    step: 'retainedPlacenta',
    en: [
      'It kept [progesterone](progesterone) high, and that held back your milk.',
      'Once it was taken out on day {{days}}, your milk could come in.',
    ],
    es: [
      'Mantuvo alta la [progesterona](progesterone) y eso frenó la leche.',
      'Cuando lo sacaron el día {{days}}, la leche pudo subir.',
    ],
    check: () => {
      const s = builtin('retained-placenta-day-6');
      const t = trace(s);
      const out = eventAt(t, 'placentaDelivered');
      const comesIn = eventAt(t, 'milkComesIn');
      const held = Math.min(...values(t, 'progesteroneNgPerMl', 24 * 3600, out - 60));
      const usual = Math.max(...values(trace(without(s)), 'progesteroneNgPerMl', 24 * 3600, out));
      return ok(
        held >= 5 * usual && comesIn > out && stepParams(s, 'retainedPlacenta')['days'] === 6,
        `progesterone ≥ ${f0(held)} vs ${f0(usual)} ng/mL without it; out at ${f0(out / 3600)} h, milk in at ${f0(comesIn / 3600)} h`,
      );
    },
  },
  {
    step: 'milkComesIn',
    en: ['Around day {{days}} your milk comes in.', 'Your breasts now hold more milk.'],
    es: ['Hacia el día {{days}} sube la leche.', 'Ahora el pecho guarda más leche.'],
    check: () => {
      const s = builtin('first-five-days');
      const t = trace(s);
      const on = eventAt(t, 'milkComesIn');
      const stored = (a: number, b: number) =>
        Math.max(...values(t, 'leftStoredMl', a, b), ...values(t, 'rightStoredMl', a, b));
      const [before, after] = [stored(on - 86_400, on), stored(on, on + 86_400)];
      const days = stepParams(s, 'milkComesIn')['days'] ?? NaN;
      return ok(
        days >= 2 && days <= 3 && after >= 1.5 * before,
        `day ${days}; most milk stored ${f0(before)} mL the day before, ${f0(after)} mL the day after`,
      );
    },
  },
  {
    step: 'latch',
    en: [
      'When your baby sucks, nerves in the nipple send a message to your brain.',
      'Your brain answers by sending out two hormones.',
    ],
    es: [
      'Cuando su bebé chupa, los nervios del pezón mandan un aviso al cerebro.',
      'El cerebro responde con dos hormonas.',
    ],
    check: () => {
      const t = trace(builtin('typical-feed-6-weeks'));
      const latch = eventAt(t, 'latch');
      const nerve = eventAt(t, 'nerveSignal');
      const prl = eventAt(t, 'prolactinRelease');
      const ot = t.events.find((e) => e.kind === 'oxytocinPulse' && e.atSeconds > latch)?.atSeconds;
      return ok(
        nerve - latch <= 10 &&
          prl >= nerve &&
          (ot ?? Infinity) >= nerve &&
          (ot ?? Infinity) - latch < 120,
        `latch ${f0(latch)} s, nerve ${f0(nerve)} s, prolactin ${f0(prl)} s, oxytocin pulse ${ot} s`,
      );
    },
  },
  {
    step: 'latch',
    variant: 'captionPump',
    en: [
      'When the pump draws on the nipple, nerves in the nipple send a message to your brain.',
      'Your brain answers by sending out two hormones.',
    ],
    es: [
      'Cuando el sacaleches tira del pezón, los nervios del pezón mandan un aviso al cerebro.',
      'El cerebro responde con dos hormonas.',
    ],
    check: () => {
      // The story of pumping alone starts with the pump: its nerve signal, prolactin and oxytocin.
      const s = builtin('stress-delayed-letdown-pumping-baby-present');
      const t = trace(s);
      const pump = eventAt(t, 'pumpStart');
      const nerve = eventAt(t, 'nerveSignal');
      const prl = eventAt(t, 'prolactinRelease');
      const ot = t.events.find((e) => e.kind === 'oxytocinPulse' && e.atSeconds > pump)?.atSeconds;
      return ok(
        stepParams(s, 'latch')['pump'] === 1 &&
          Number.isNaN(eventAt(t, 'latch')) &&
          nerve - pump <= 10 &&
          prl >= nerve &&
          (ot ?? Infinity) >= nerve &&
          (ot ?? Infinity) - pump < 300,
        `pump ${f0(pump)} s, nerve ${f0(nerve)} s, prolactin ${f0(prl)} s, oxytocin pulse ${ot} s`,
      );
    },
  },
  {
    step: 'prolactin',
    en: [
      'One hormone, [prolactin](prolactin), lets the small milk sacs, the [alveoli](alveoli), make milk.',
    ],
    es: [
      'Una hormona, la [prolactina](prolactin), permite que los sacos de leche, los [alvéolos](alveoli), hagan leche.',
    ],
    check: () => {
      // Without prolactin (a failed anterior pituitary) the same mother makes far less.
      const s = builtin('typical-feed-6-weeks');
      const none: Scenario = {
        ...s,
        mother: { ...s.mother, conditions: [{ kind: 'sheehanSyndrome', severity: 0.85 }] },
      };
      const [a, b] = [s, none].map((x) => trace(x).summary.meanSynthesisRateMlPerHour);
      return ok((b ?? 0) <= 0.5 * (a ?? 0), `synthesis ${a?.toFixed(1)} → ${b?.toFixed(1)} mL/h`);
    },
  },
  {
    step: 'prolactin',
    en: ['How much they make depends on how much milk is taken out.'],
    es: ['Cuánta hacen depende de cuánta leche sale.'],
    check: () => moreOutMoreMade(),
  },
  {
    step: 'letDown',
    en: [
      'The other hormone, [oxytocin](oxytocin), makes tiny muscles squeeze the milk sacs.',
      'Milk flows down to the nipple.',
      'This is the [let-down](letDown).',
      'Here it came about {{seconds}} seconds after the start.',
    ],
    es: [
      'La otra hormona, la [oxitocina](oxytocin), hace que unos músculos muy finos aprieten los sacos.',
      'La leche baja hasta el pezón.',
      'Es la [bajada de la leche](letDown).',
      'Aquí llegó unos {{seconds}} segundos después de empezar.',
    ],
    check: () => {
      const s = builtin('typical-feed-6-weeks');
      const t = trace(s);
      const latch = eventAt(t, 'latch');
      const pulse = t.events.find(
        (e) => e.kind === 'oxytocinPulse' && e.atSeconds > latch,
      )?.atSeconds;
      const ejection = eventAt(t, 'ejectionStart');
      const end = eventAt(t, 'ejectionEnd');
      const during = at(t, 'intakeCumulativeMl', end) - at(t, 'intakeCumulativeMl', ejection);
      const before = at(t, 'intakeCumulativeMl', ejection);
      const seconds = stepParams(s, 'letDown')['seconds'] ?? NaN;
      return ok(
        (pulse ?? Infinity) <= ejection &&
          during >= 10 * Math.max(before, 1) &&
          Math.abs(seconds - (t.summary.firstEjectionLatencySec ?? NaN)) <= 5,
        `pulse ${pulse} s, ejection ${f0(ejection)} s; ${f0(before)} mL before, ${f0(during)} mL during; said ${seconds} s`,
      );
    },
  },
  {
    step: 'stress',
    en: [
      'When you are stressed or worried, [let-down](letDown) can come later.',
      'The milk is still there.',
    ],
    es: [
      'Si está estresada o preocupada, la [bajada de la leche](letDown) puede tardar.',
      'La leche sigue ahí.',
    ],
    check: () => {
      const s = builtin('stress-delayed-letdown-pumping-baby-present');
      const calm = without(s, 'stress');
      return ok(
        latency(s) >= latency(calm) + 20 && Math.abs(perDay(s) / perDay(calm) - 1) < 0.1,
        `first ejection ${f0(latency(calm))} → ${f0(latency(s))} s; milk ${f0(perDay(calm))} → ${f0(perDay(s))} mL/day`,
      );
    },
  },
  {
    step: 'stress',
    en: ['Calm and your baby close by can help it come sooner.'],
    es: ['La calma y tener al bebé cerca pueden ayudar a que llegue antes.'],
    check: () => {
      const s = builtin('stress-delayed-letdown-pumping-baby-present');
      const r = run(s);
      // Sessions alternate: with the baby present, then without.
      const firsts = r.diagnostics.sessions.map(
        (x) => (x.firstEjectionSec ?? Infinity) - x.startSec,
      );
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const present = mean(firsts.filter((_, i) => i % 2 === 0));
      const absent = mean(firsts.filter((_, i) => i % 2 === 1));
      const calm = latency(without(s, 'stress'));
      return ok(
        present < absent && calm < latency(s),
        `first ejection ${f0(present)} s with the baby, ${f0(absent)} s without; ${f0(calm)} s calm`,
      );
    },
  },
  {
    step: 'surgery',
    en: [
      'Your surgery cut some of the milk tubes, the [ducts](duct).',
      'About {{percent}} in 100 parts on that side may not drain.',
      'The other parts still work, and your other breast is not affected.',
    ],
    es: [
      'La cirugía cortó algunos tubos de leche, los [conductos](duct).',
      'Unas {{percent}} de cada 100 partes de ese lado pueden no vaciarse.',
      'Las otras partes sí funcionan, y el otro pecho está bien.',
    ],
    check: () => {
      const s = builtin('after-breast-reduction');
      const [a, b] = [run(s).diagnostics, run(without(s)).diagnostics];
      const percent = stepParams(s, 'surgery')['percent'] ?? NaN;
      const left = a.left.supplyMlPerDay / b.left.supplyMlPerDay;
      const right = a.right.supplyMlPerDay / b.right.supplyMlPerDay;
      return ok(
        Math.abs(left - (1 - percent / 100)) <= 0.1 && right >= 0.95,
        `operated side makes ×${left.toFixed(2)} (${percent} % cut), other side ×${right.toFixed(2)}`,
      );
    },
  },
  {
    step: 'sheehan',
    en: [
      'After very heavy bleeding at birth, the gland in the brain that sends [prolactin](prolactin) can be hurt.',
      'Then the breasts get a weak message to make milk.',
    ],
    es: [
      'Tras un sangrado muy fuerte en el parto, la glándula del cerebro que manda la [prolactina](prolactin) se puede dañar.',
      'Entonces el aviso para hacer leche es débil.',
    ],
    check: () => {
      const s = builtin('sheehan-syndrome');
      const prl = (x: Scenario) => Math.max(...values(trace(x), 'prolactinNgPerMl'));
      const milk = (x: Scenario) => trace(x).summary.milkRemovedMl;
      const [p, m] = [prl(s) / prl(without(s)), milk(s) / milk(without(s))];
      return ok(p <= 0.3 && m <= 0.2, `prolactin ×${p.toFixed(2)}, milk ×${m.toFixed(2)}`);
    },
  },
  {
    step: 'contraception',
    en: [
      'Some pills have the hormone estrogen.',
      'These can lower milk supply in some people.',
      'Pills with only progestin are less likely to do this.',
    ],
    es: [
      'Algunas pastillas tienen la hormona estrógeno.',
      'Pueden bajar la leche en algunas personas.',
      'Las pastillas solo con progestina lo hacen menos.',
    ],
    check: () => {
      const change = (slug: string) => {
        const x = trace(builtin(slug)).summary;
        return x.supplyEndMlPerDay / x.supplyStartMlPerDay - 1;
      };
      const [combined, progestin] = [
        change('combined-pill-6-weeks'),
        change('progestin-only-6-weeks'),
      ];
      return ok(
        combined <= -0.1 && Math.abs(progestin) < 0.1,
        `supply ${f0(combined * 100)} % on the combined pill, ${f0(progestin * 100)} % progestin-only`,
      );
    },
  },
  {
    step: 'smallStorage',
    en: ['That is fine.', 'It just means your baby may need to feed more often.'],
    es: ['Está bien.', 'Solo quiere decir que su bebé puede querer comer más a menudo.'],
    check: () => {
      const frequent = run(builtin('small-capacity-frequent')).trace;
      const need = frequent.channels.needMlPerDay.at(-1) ?? 0;
      const met = frequent.summary.milkRemovedPer24hMl >= 0.9 * need;
      const spaced = falls(builtin('small-capacity-4-hourly'));
      return ok(
        met && spaced === true,
        `frequent feeds took ${f0(frequent.summary.milkRemovedPer24hMl)} of ${f0(need)} mL/day; 4-hourly: ${spaced}`,
      );
    },
  },
  {
    step: 'oversupply',
    en: [
      'Your body makes more milk than your baby needs.',
      'Your breasts can get very full.',
      'Over days your body makes less, closer to what your baby takes.',
    ],
    es: [
      'Su cuerpo hace más leche de la que su bebé necesita.',
      'Los pechos se pueden llenar mucho.',
      'Con los días su cuerpo hace menos, más cerca de lo que toma su bebé.',
    ],
    check: () => {
      const s = builtin('oversupply-block-feeding');
      const t = trace(s);
      const taken = t.summary.milkRemovedPer24hMl;
      const { supplyStartMlPerDay: a, supplyEndMlPerDay: b } = t.summary;
      const fullest = Math.max(...t.channels.leftFullness, ...t.channels.rightFullness);
      return ok(
        a >= 1.5 * taken && fullest >= 0.8 && b <= 0.9 * a && b - taken < a - taken,
        `supply ${f0(a)} → ${f0(b)} mL/day, baby takes ${f0(taken)}; fullest ${f0(fullest * 100)} %`,
      );
    },
  },
  {
    step: 'pumping',
    en: ['A pump also takes milk out, and it also tells your body to make more.'],
    es: ['El sacaleches también saca leche, y también le dice al cuerpo que haga más.'],
    check: () => {
      // The recovery case without its pumping sessions ends with less supply.
      const s = builtin('low-supply-recovery');
      const feeding = s.feeding as { events?: { kind: string }[] };
      const noPump = {
        ...s,
        feeding: { ...s.feeding, events: feeding.events?.filter((e) => e.kind !== 'pump') },
      } as Scenario;
      const [a, b] = [s, noPump].map((x) => trace(x).summary.supplyEndMlPerDay);
      return ok(
        (a ?? 0) >= 1.05 * (b ?? 0),
        `supply at the end ${f0(a ?? 0)} with pumping, ${f0(b ?? 0)} without`,
      );
    },
  },
  {
    step: 'pumping',
    en: ['Having your baby close by while you pump can help [let-down](letDown).'],
    es: ['Tener al bebé cerca mientras lo usa puede ayudar a la [bajada de la leche](letDown).'],
    check: () => {
      const r = run(builtin('stress-delayed-letdown-pumping-baby-present'));
      const firsts = r.diagnostics.sessions.map(
        (x) => (x.firstEjectionSec ?? Infinity) - x.startSec,
      );
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const present = mean(firsts.filter((_, i) => i % 2 === 0));
      const absent = mean(firsts.filter((_, i) => i % 2 === 1));
      return ok(
        present < absent,
        `first ejection ${f0(present)} s with the baby, ${f0(absent)} s without (means)`,
      );
    },
  },
  {
    step: 'moreOutMoreMade',
    en: [
      'When milk is taken out, your breasts make more.',
      'When milk stays in, they slow down.',
      'Here your body can make about {{amount}} mL a day by the end.',
    ],
    es: [
      'Cuando sale leche, el pecho hace más.',
      'Cuando la leche se queda, el pecho va más lento.',
      'Aquí, al final, su cuerpo puede hacer unos {{amount}} mL al día.',
    ],
    check: () => {
      const s = builtin('typical-feed-6-weeks');
      const amount = stepParams(s, 'moreOutMoreMade')['amount'] ?? NaN;
      const end = trace(s).summary.supplyEndMlPerDay;
      const said = Math.abs(amount / end - 1) <= 0.1 || `said ${amount} of ${f0(end)} mL/day`;
      const more = moreOutMoreMade();
      return said === true ? more : said;
    },
  },
  {
    step: 'pattern',
    en: [
      'With about {{feedsText}} a day, about {{amount}} mL of milk is taken out each day.',
      'Your body keeps adjusting to what your baby takes.',
    ],
    es: [
      'Con alrededor de {{feedsText}} al día, salen unos {{amount}} mL de leche cada día.',
      'Su cuerpo se sigue ajustando a lo que toma su bebé.',
    ],
    check: () => {
      // Over the day supply sits within 10 % of what the baby takes; the step says the model's numbers.
      const s = builtin('typical-feed-6-weeks');
      const t = trace(s);
      const { amount } = stepParams(s, 'pattern');
      const taken = t.summary.milkRemovedPer24hMl;
      return ok(
        Math.abs(t.summary.supplyEndMlPerDay / taken - 1) <= 0.1 &&
          Math.abs((amount ?? NaN) / taken - 1) <= 0.1,
        `supply ${f0(t.summary.supplyEndMlPerDay)}, taken ${f0(taken)}, said ${amount} mL/day`,
      );
    },
  },
  {
    step: 'pattern',
    variant: 'captionVeryOften',
    en: [
      'Here your baby feeds very often, more than most babies do.',
      'About {{amount}} mL of milk is taken out each day.',
    ],
    es: [
      'Aquí su bebé toma el pecho muy seguido, más que la mayoría de los bebés.',
      'Salen unos {{amount}} mL de leche cada día.',
    ],
    check: () => {
      // Shown past 13 feeds a day, the most meals Kent et al. 2006 saw (4–13): a baby short of milk.
      const s = builtin('after-breast-reduction');
      const t = trace(s);
      const { feeds, amount } = stepParams(s, 'pattern');
      const taken = t.summary.milkRemovedPer24hMl;
      return ok(
        (feeds ?? 0) > MOST_FEEDS_PER_DAY && Math.abs((amount ?? NaN) / taken - 1) <= 0.1,
        `${feeds} feeds a day, taken ${f0(taken)}, said ${amount} mL/day`,
      );
    },
  },
  {
    step: 'pattern',
    variant: 'captionPumping',
    en: [
      'With about {{pumpsText}} a day, about {{amount}} mL of milk is taken out each day.',
      'Your body keeps adjusting to how much milk is taken out.',
    ],
    es: [
      'Con alrededor de {{pumpsText}} al día, salen unos {{amount}} mL de leche cada día.',
      'Su cuerpo se sigue ajustando a la leche que sale.',
    ],
    check: () => {
      // Pumping alone: supply sits within 10 % of what the pump takes; the step says the numbers.
      const { feeds, amount, taken, supply, pumpsSaid } = pumpingPattern(
        builtin('stress-delayed-letdown-pumping-baby-present'),
      );
      if (pumpsSaid !== true) return pumpsSaid;
      return ok(
        feeds === 0 &&
          Math.abs(supply / taken - 1) <= 0.1 &&
          Math.abs((amount ?? NaN) / taken - 1) <= 0.1,
        `${feeds} feeds; supply ${f0(supply)}, taken ${f0(taken)}, said ${amount} mL/day`,
      );
    },
  },
  {
    step: 'pattern',
    variant: 'captionFeedsAndPumping',
    en: [
      'With about {{feedsText}} and {{pumpsText}} a day, about {{amount}} mL of milk is taken out each day.',
      'Your body keeps adjusting to how much milk is taken out.',
    ],
    es: [
      'Con alrededor de {{feedsText}} y {{pumpsText}} al día, salen unos {{amount}} mL de leche cada día.',
      'Su cuerpo se sigue ajustando a la leche que sale.',
    ],
    check: () => {
      // Feeds and pumping: without the pumping less is taken out, and supply ends ≥ 5 % lower.
      const s = builtin('low-supply-recovery');
      const { feeds, amount, taken, supply, pumpsSaid } = pumpingPattern(s);
      const events = s.feeding.events?.filter((e) => e.kind !== 'pump');
      const without = trace({ ...s, feeding: { ...s.feeding, events } }).summary;
      if (pumpsSaid !== true) return pumpsSaid;
      return ok(
        (feeds ?? 0) > 0 &&
          Math.abs((amount ?? NaN) / taken - 1) <= 0.1 &&
          without.milkRemovedPer24hMl < taken &&
          without.supplyEndMlPerDay <= 0.95 * supply,
        `${feeds} feeds; taken ${f0(taken)} (said ${amount}), supply ${f0(supply)} mL/day; ` +
          `without pumping taken ${f0(without.milkRemovedPer24hMl)}, supply ${f0(without.supplyEndMlPerDay)}`,
      );
    },
  },
];

/**
 * The pattern step of a case with pumping: the numbers it says, what the run took out and its
 * supply at the end, and whether its pumping sessions a day are every pumpStart of the run.
 */
function pumpingPattern(s: Scenario) {
  const t = trace(s);
  const { feeds, pumps, amount } = stepParams(s, 'pattern');
  const counted = t.events.filter((e) => e.kind === 'pumpStart').length / (t.durationSec / 86_400);
  return {
    feeds,
    amount,
    taken: t.summary.milkRemovedPer24hMl,
    supply: t.summary.supplyEndMlPerDay,
    pumpsSaid: ok(
      Math.round(counted) === pumps,
      `${f0(counted)} pumping sessions a day, said ${pumps}`,
    ),
  };
}

/** Less removal lowers supply, more (3-hourly feeds plus pumping) raises it; a feed that empties a
 * breast raises synthesis, a breast left full slows it. */
function moreOutMoreMade(): string | true {
  const s = builtin('low-supply-recovery');
  const t = trace(s);
  const day = (d: number) => {
    const v = values(t, 'supplyMlPerDay', d * 86_400, (d + 1) * 86_400);
    return v.reduce((a, b) => a + b, 0) / v.length;
  };
  const [start, trough, end] = [day(0), day(9), day(20)];
  const typical = trace(builtin('typical-feed-6-weeks'));
  // Between the first two feeds synthesis slows as the breasts fill; the next feed lifts it.
  const ends = typical.events.filter((e) => e.kind === 'sessionEnd').map((e) => e.atSeconds);
  const latches = typical.events.filter((e) => e.kind === 'latch').map((e) => e.atSeconds);
  const next = latches.find((x) => x > (ends[0] ?? Infinity)) ?? NaN;
  const [afterFeed, beforeNext] = [
    at(typical, 'synthesisMlPerH', (ends[0] ?? NaN) + 60),
    at(typical, 'synthesisMlPerH', next - 60),
  ];
  const afterNext = Math.max(...values(typical, 'synthesisMlPerH', next, next + 3600));
  return ok(
    trough <= 0.9 * start &&
      end >= 1.1 * trough &&
      beforeNext <= 0.95 * afterFeed &&
      afterNext >= 1.05 * beforeNext,
    `supply ${f0(start)} → ${f0(trough)} → ${f0(end)} mL/day; synthesis ${afterFeed.toFixed(1)} → ${beforeNext.toFixed(1)} → ${afterNext.toFixed(1)} mL/h`,
  );
}

/** Sentences that say no effect of the body, reviewed; in English and Spanish. */
const NO_EFFECT: { step: string; variant?: string; en: string; es: string; why: string }[] = [
  {
    step: 'intro',
    en: 'This is a picture of your body making milk.',
    es: 'Esto es un dibujo de su cuerpo cuando hace leche.',
    why: 'what the screen is',
  },
  {
    step: 'intro',
    en: 'It starts {{days}} days after your baby was born.',
    es: 'Empieza {{days}} días después de nacer su bebé.',
    why: 'the case’s start',
  },
  { step: 'intro', en: 'We will go step by step.', es: 'Vamos paso a paso.', why: 'a greeting' },
  {
    step: 'intro',
    variant: 'captionAtBirth',
    en: 'This is a picture of your body making milk.',
    es: 'Esto es un dibujo de su cuerpo cuando hace leche.',
    why: 'what the screen is',
  },
  {
    step: 'intro',
    variant: 'captionAtBirth',
    en: 'It starts on the day your baby is born.',
    es: 'Empieza el día en que nace su bebé.',
    why: 'the case’s start',
  },
  {
    step: 'intro',
    variant: 'captionAtBirth',
    en: 'We will go step by step.',
    es: 'Vamos paso a paso.',
    why: 'a greeting',
  },
  {
    step: 'pattern',
    variant: 'captionVeryOften',
    en: 'Ask your care team to check how your baby is feeding.',
    es: 'Pida a su equipo de salud que revise cómo come su bebé.',
    why: 'advice to ask the care team',
  },
  {
    step: 'retainedPlacenta',
    en: 'A small piece of [placenta](placenta) stayed inside.',
    es: 'Un trozo pequeño de [placenta](placenta) quedó dentro.',
    why: 'the case’s condition',
  },
  {
    step: 'milkComesIn',
    en: 'Many parents say they feel full and warm.',
    es: 'Muchas madres lo notan lleno y caliente.',
    why: 'what parents report, said as such; the model has no feelings',
  },
  { step: 'milkComesIn', en: 'This is normal.', es: 'Es normal.', why: 'reassurance' },
  {
    step: 'stress',
    en: 'Many parents find warmth helps too.',
    es: 'A muchas madres también les ayuda el calor.',
    why: 'what parents report, said as such; the model has no warmth',
  },
  {
    step: 'sheehan',
    en: 'This is rare.',
    es: 'Es raro.',
    why: 'how often, not what the body does',
  },
  {
    step: 'sheehan',
    en: 'Your care team can check for it.',
    es: 'Su equipo de salud lo puede revisar.',
    why: 'advice to ask the care team',
  },
  {
    step: 'contraception',
    en: 'Ask your care team which one fits you.',
    es: 'Pregunte a su equipo de salud cuál le va mejor.',
    why: 'advice to ask the care team',
  },
  {
    step: 'smallStorage',
    en: 'Each breast holds a certain amount of milk between feeds.',
    es: 'Cada pecho guarda algo de leche entre tomas.',
    why: 'what storage is',
  },
  {
    step: 'smallStorage',
    en: 'Yours hold a small amount.',
    es: 'Los suyos guardan poca.',
    why: 'the case’s storage, an input',
  },
  {
    step: 'smallStorage',
    en: 'No study has shown that breast size tells how much milk you make.',
    es: 'Ningún estudio ha mostrado que el tamaño del pecho diga cuánta leche hace.',
    why: 'the evidence, said as such; the model has no breast size',
  },
  {
    step: 'oversupply',
    en: '[Block feeding](blockFeeding) is a common tip for this, but there are few studies of it.',
    es: 'Las [tomas en bloque](blockFeeding) son un consejo común para esto, pero hay pocos estudios.',
    why: 'practice-based, said as such (in the model supply falls with any side pattern)',
  },
];

const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((x) => x.trim())
    .filter(Boolean);

describe('parent walkthrough steps say what the model shows', () => {
  for (const c of STEP_CLAIMS) {
    it(`${c.step}: "${c.en.join(' ')}"`, () => {
      for (const lang of ['en', 'es'] as const) {
        const caption = CATALOGS[lang].steps[c.step]?.[c.variant ?? 'caption'] ?? '';
        for (const s of c[lang]) expect(sentences(caption), lang).toContain(s);
      }
      expect(c.check()).toBe(true);
    });
  }
});

describe('every sentence of every step is claimed or reviewed as saying no effect', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: every sentence is one or the other`, () => {
      const key = (step: string, variant: string | undefined, s: string) =>
        `${step}.${variant ?? 'caption'}: ${s}`;
      const known = new Set([
        ...STEP_CLAIMS.flatMap((c) => c[lang].map((s) => key(c.step, c.variant, s))),
        ...NO_EFFECT.map((c) => key(c.step, c.variant, c[lang])),
      ]);
      const neither = Object.entries(CATALOGS[lang].steps).flatMap(([step, texts]) =>
        Object.entries(texts)
          .filter(([name]) => name.startsWith('caption'))
          .flatMap(([variant, caption]) =>
            sentences(caption)
              .map((s) => key(step, variant, s))
              .filter((k) => !known.has(k)),
          ),
      );
      expect(neither).toEqual([]);
    });
  }
  it('both catalogs have the same steps', () => {
    expect(Object.keys(CATALOGS.es.steps).sort()).toEqual(Object.keys(CATALOGS.en.steps).sort());
  });
});
