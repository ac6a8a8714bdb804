// Every physiological number the engine uses, with its unit, a plausible range and its source.
// Units are given per entry (engine-internal rates are derived per second where they are used).
// "model.md" refers to /design/model.md; "calibrated" means chosen inside the cited range so that
// the validation targets (V1–V12) are met, and says which target constrains it.

export interface Parameter {
  value: number;
  unit: string;
  min: number;
  max: number;
  source: string;
}

const p = (value: number, unit: string, min: number, max: number, source: string): Parameter => ({
  value,
  unit,
  min,
  max,
  source,
});

export const PARAMETERS = {
  // --- Suckling reflex -------------------------------------------------------------------------
  nerveLatencySec: p(
    2,
    's',
    0.5,
    5,
    'model.md §1: the nipple signal reaches the pituitary within seconds',
  ),
  nerveRiseTauSec: p(3, 's', 1, 10, 'assumption: afferent activity builds over a few sucks'),
  pituitaryLatencySec: p(5, 's', 1, 30, 'model.md §1: pituitary release follows within seconds'),

  // --- Oxytocin and milk ejection ------------------------------------------------------------
  oxytocinBasalPgPerMl: p(
    5,
    'pg/mL',
    1,
    15,
    'McNeilly 1983 BMJ 286:257 (basal few pg/mL between feeds)',
  ),
  oxytocinHalfLifeSec: p(
    120,
    's',
    60,
    360,
    'model.md §2: plasma half-life a few minutes (~3 min, approximate)',
  ),
  oxytocinReleaseSec: p(30, 's', 10, 60, 'Ueda 1994: discrete, short pulses (2-min sampling)'),
  oxytocinThresholdPgPerMl: p(
    20,
    'pg/mL',
    10,
    40,
    'assumption: above basal, below typical pulse peaks (McNeilly 1983)',
  ),
  oxytocinSaturationPgPerMl: p(
    45,
    'pg/mL',
    25,
    80,
    'assumption: myoepithelial drive saturates near pulse peaks',
  ),
  /** Peak increment of a pulse over basal, as a multiple of (threshold − basal); drawn per pulse. */
  pulsePeakRatioMin: p(
    1.2,
    '1',
    1.05,
    2,
    'calibrated: V8 ejection duration ≥ 45 s (Gardner 2015; Ramsay 2004)',
  ),
  pulsePeakRatioMax: p(
    2.1,
    '1',
    1.5,
    4,
    'calibrated: V8 ejection duration ≤ 3.5 min (Gardner 2015; Ramsay 2004)',
  ),
  /** Mean time from stimulation start to the first pulse, breastfeeding. */
  firstPulseLatchSec: p(
    55,
    's',
    20,
    120,
    'Ramsay 2004 (first ejection ~56 s after latch, via Gardner 2015)',
  ),
  firstPulsePumpSec: p(
    95,
    's',
    40,
    180,
    'Kent 2008 / Prime 2011: first ejection during pumping ~1.5–2 min',
  ),
  /** Mean interval between later pulses while stimulated (renewal process, refractory below). */
  pulseIntervalSec: p(
    195,
    's',
    90,
    600,
    'calibrated: V8 2.5 ± 1.5 ejections per breastfeed (Ramsay 2004), 5.1 ± 2.0 per 15-min double pumping (Prime 2011); Ueda 1994 counts 2.25 pulses/20 min by 2-min sampling, a lower bound',
  ),
  pulseRefractorySec: p(
    25,
    's',
    0,
    120,
    'Wakerley & Lincoln 1973 (rat): bursts are separated; ejections are discrete on ultrasound',
  ),
  doublePumpPulseRateFactor: p(
    1.3,
    '1',
    1,
    1.5,
    'Prime 2011: simultaneous expression elicits an extra ejection',
  ),
  /** Conditioned release: baby cues before latch, or baby present while pumping. */
  cueLeadSec: p(
    240,
    's',
    180,
    600,
    "McNeilly 1983: oxytocin rises 3–10 min before suckling on the baby's cues",
  ),
  cuePeakRatio: p(
    0.7,
    '1',
    0.3,
    1,
    'assumption: conditioned release stays below the ejection threshold',
  ),
  cueFirstPulseFactor: p(
    0.6,
    '1',
    0.3,
    1,
    'assumption from McNeilly 1983: primed reflex → earlier first ejection',
  ),
  /** Ejection: fraction of alveolar milk pushed into the ducts per second at full drive. */
  ejectionRatePerSec: p(
    0.011,
    '1/s',
    0.002,
    0.02,
    'calibrated: V5 67 % removed per feed over 2–3 ejections (Kent 2006; Ramsay 2004)',
  ),
  /** Second half of an ejection: duct milk flowing back into the alveoli, per second. */
  backflowRatePerSec: p(
    0.01,
    '1/s',
    0,
    0.05,
    'Geddes 2009: milk moves back into the breast in the second half of an ejection',
  ),
  /** Resting duct milk per breast at full alveoli (scaled by fullness). */
  ductRestMl: p(4, 'mL', 1, 10, 'Ramsay 2005: ~9 main ducts of ~2 mm hold only a few mL'),
  ductRelaxTauSec: p(600, 's', 60, 3600, 'assumption: ducts return to rest over ~10 min'),
  /** Half-saturation of removal by the duct content. */
  ductHalfSatMl: p(6, 'mL', 1, 20, 'assumption: flow falls as the ducts empty'),

  // --- Prolactin -------------------------------------------------------------------------------
  prolactinHalfLifeMin: p(37, 'min', 27, 47, 'model.md §3: t½ 37 ± 10 min (JCEM pharmacokinetics)'),
  prolactinNonPregnantNgPerMl: p(15, 'ng/mL', 5, 25, 'model.md §3: < 25 ng/mL non-pregnant'),
  prolactinTermNgPerMl: p(200, 'ng/mL', 150, 300, 'model.md §3: ~200 ng/mL at term'),
  /** Exposure (24-h mean) at which the permissive prolactin term is half. */
  prolactinPermissiveHalfNgPerMl: p(
    45,
    'ng/mL',
    25,
    60,
    'calibrated: V11 Sheehan ≥ 0.8 fails to lactate; normal 6-month baseline 59 (Cox 1996) suffices',
  ),
  prolactinActivationHalfNgPerMl: p(
    155,
    'ng/mL',
    60,
    160,
    'assumption: secretory activation needs the high early-postpartum prolactin (~200 ng/mL, model.md §3); V11 Sheehan',
  ),
  prolactinPermissiveHill: p(
    5,
    '1',
    2,
    8,
    'assumption: permissive (flat in the normal range, Cox 1996), steep below',
  ),
  prolactinExposureTauH: p(
    12,
    'h',
    2,
    48,
    'assumption: mammary prolactin action integrates over hours',
  ),
  /** Sessions/day at which the suckling-maintained baseline is fully kept. */
  prolactinStimSessionsPerDay: p(
    6,
    '1/day',
    3,
    10,
    'assumption: baseline is maintained by frequent suckling (Cox 1996 model.md §3)',
  ),

  // --- Progesterone and lactogenesis II -------------------------------------------------------
  progesteroneTermNgPerMl: p(150, 'ng/mL', 100, 200, 'model.md §6: 100–200 ng/mL at term'),
  progesteroneEarlyNgPerMl: p(
    40,
    'ng/mL',
    20,
    60,
    'assumption: second-trimester level, rising to term',
  ),
  progesteronePostpartumNgPerMl: p(
    0.5,
    'ng/mL',
    0.1,
    2,
    'assumption: anovulatory postpartum level',
  ),
  progesteroneHalfLifeMin: p(5, 'min', 2, 30, 'model.md §6: half-life ≤ 5 min'),
  progesteroneInhibitionHalfNgPerMl: p(
    3,
    'ng/mL',
    1,
    20,
    'assumption: withdrawal below a few ng/mL releases secretory activation',
  ),
  progesteroneWithdrawalEventNgPerMl: p(
    10,
    'ng/mL',
    1,
    50,
    'assumption: marks the withdrawal on the timeline',
  ),
  retainedPlacentaP4Fraction: p(
    0.4,
    '1',
    0.1,
    1,
    'assumption: retained tissue keeps progesterone raised (Neifert 1981 case report)',
  ),
  /** Secretory activation: 4 first-order stages, each with this time constant. */
  activationStageTauH: p(
    15.5,
    'h',
    10,
    24,
    'calibrated: milk comes in 2–3 days after placenta delivery (model.md §6)',
  ),
  /** Of the activation stages, how many (the last ones) progesterone holds back. */
  activationProgesteroneGatedStages: p(
    2,
    'stages',
    1,
    4,
    'calibrated: retained placenta (Neifert 1981 and later case reports) — lactation began the day after removal; the earlier stages need only birth and prolactin',
  ),
  colostrumFraction: p(
    0.05,
    '1',
    0.01,
    0.15,
    'calibrated: ~40 mL/day colostrum on day 1 (model.md §6 small volumes)',
  ),

  // --- Synthesis and storage ------------------------------------------------------------------
  storageCapacityDefaultMl: p(
    210,
    'mL',
    74,
    606,
    'Kent 1999: ~210 mL per breast; range 74–382 (up to 606)',
  ),
  fullnessExponent: p(
    2,
    '1',
    1,
    4,
    'model.md §4: synthesis g(f) = 1 − f^γ slows as fullness rises',
  ),
  fullnessSetPoint: p(
    0.45,
    '1',
    0.3,
    0.7,
    'calibrated: V5 (67 % removed per feed) with 210 mL storage (Kent 2006; Daly 1993)',
  ),
  /** Supply adaptation (per day, per unit fullness error). */
  adaptationRatePerDay: p(
    0.6,
    '1/day',
    0.1,
    2,
    'model.md §5: removal changes supply with a lag of days',
  ),
  /** How far sustained extra removal can raise supply above the established level. */
  supplyHeadroomFactor: p(
    1.3,
    '1',
    1.15,
    1.4,
    'IOM 1991: pumping after feeds raises production 15–40 %',
  ),
  supplyFloorFraction: p(
    0.02,
    '1',
    0,
    0.2,
    'assumption: an unused breast keeps a trace of secretion',
  ),

  // --- Milk fat -------------------------------------------------------------------------------
  fatAtFullGPerL: p(
    16,
    'g/L',
    15,
    35,
    'Daly 1993b: fat falls linearly with degree of fullness; calibrated to V9 mean 41 g/L (Kent 2006)',
  ),
  fatAtEmptyGPerL: p(
    62,
    'g/L',
    50,
    100,
    'Daly 1993b: hindmilk of an emptied breast; calibrated to V9',
  ),

  // --- Infant ---------------------------------------------------------------------------------
  feedsPerDayDefault: p(11, '1/day', 8, 14, 'Kent 2006: 11 ± 3 feeds per day on demand'),
  feedTriggerJitter: p(0.35, '1', 0, 0.6, 'Kent 2006: feed volumes vary widely within a day'),
  minFeedGapMin: p(
    45,
    'min',
    15,
    120,
    'assumption: cluster feeds rarely start within 45 min of the last',
  ),
  giveUpFlowMlPerMin: p(
    0.8,
    'mL/min',
    0.2,
    3,
    'assumption: the infant comes off when little milk flows',
  ),
  giveUpAfterSec: p(150, 's', 60, 300, 'assumption: after ~2.5 min of little flow'),
  minFeedSec: p(240, 's', 60, 600, 'assumption: the infant sucks at least a few minutes'),
  /** Second breast offered only if the infant still wants at least this share of a mean feed. */
  secondBreastHungerFraction: p(
    0.35,
    '1',
    0,
    0.6,
    'Kent 2006: 30 % of infants always fed one breast per meal and most meals were unpaired (11 breastfeeds in ~8 meals); a second breast is taken when still hungry',
  ),
  satiatedSuckFactor: p(0.1, '1', 0, 0.3, 'assumption: comfort sucking removes little milk'),
  pumpMaxFlowMlPerMin: p(20, 'mL/min', 5, 40, 'Prime 2011: peak flow rates during expression'),
  firstFeedAfterBirthMin: p(
    45,
    'min',
    15,
    120,
    'WHO: initiate breastfeeding within the first hour',
  ),

  // --- Disturbances ---------------------------------------------------------------------------
  /** Combined pill: direct loss of secretory capacity (before adaptive headroom). */
  contraceptionCombinedEffect: p(
    0.35,
    '1',
    0.2,
    0.5,
    'Tankeyoon 1984 (WHO Task Force, Contraception 30:505; Stud Fam Plann 1988 19:361): after 18 weeks of a combined pill milk volume fell 41.9 % vs 6.1 % in non-hormonal controls, with a decline within 6 weeks; calibrated so the last week of a 6-week course is ~30 % below the progestin-only run (direct effect, with the adaptive ceiling lowered alike)',
  ),
  contraceptionProgestinEffect: p(
    0.0,
    '1',
    0,
    0.05,
    'Tankeyoon 1984 / WHO Task Force 1988: progestin-only pill −12.0 % vs −6.1 % in controls after 18 weeks, not significant',
  ),
  contraceptionOnsetTauDays: p(
    14,
    'day',
    3,
    42,
    'WHO Task Force 1984/1988: decline develops over weeks',
  ),
  stressPulseRateReduction: p(
    0.45,
    '1',
    0.3,
    0.55,
    'Ueda 1994: 2.25 → 1.14–1.28 pulses/20 min under noise or arithmetic (−43 to −49 %)',
  ),
  stressPulseAmplitudeReduction: p(
    0.3,
    '1',
    0,
    0.5,
    'Newton & Newton 1948: distraction cut yield 168 → 99 g, restored by oxytocin; assumption for amplitude',
  ),
  stressFirstPulseDelaySec: p(
    120,
    's',
    30,
    300,
    'Dewey 2001 (J Nutr 131:3012S): stress delays let-down and lactogenesis; assumption for size',
  ),
  stressLactogenesisDelayFactor: p(
    0.25,
    '1',
    0,
    0.5,
    'Dewey 2001/2003: stressful labour delays onset of lactation (by ~ a day)',
  ),
} as const satisfies Record<string, Parameter>;

export type ParameterName = keyof typeof PARAMETERS;

/** Age-dependent tables: [postpartum day, value] pairs, interpolated linearly. */
export interface AgeTable {
  unit: string;
  source: string;
  points: readonly (readonly [number, number])[];
}

export const AGE_TABLES = {
  appetiteMlPerDay: {
    unit: 'mL/day',
    source:
      'Neville 1988 (Am J Clin Nutr 48:1375) day 1–5 rise; Kent 2006 ~800 mL/day from 1 to 6 months',
    points: [
      [0, 30],
      [1, 60],
      [2, 150],
      [3, 300],
      [4, 450],
      [5, 550],
      [7, 620],
      [14, 700],
      [30, 780],
      [60, 790],
      [180, 800],
      [400, 800],
    ],
  },
  maxIntakeMlPerMin: {
    unit: 'mL/min',
    source:
      'assumption: infant milk transfer during an ejection rises with age (Kent 2006 feed volumes)',
    points: [
      [0, 3],
      [3, 6],
      [7, 8],
      [30, 12],
      [90, 14],
      [180, 15],
    ],
  },
  prolactinBaselineNgPerMl: {
    unit: 'ng/mL',
    source: 'Cox 1996: baseline ~119 at 1 month, ~59 at 6 months; ~200 at term (model.md §3)',
    points: [
      [0, 200],
      [7, 160],
      [30, 119],
      [90, 85],
      [180, 59],
      [365, 45],
    ],
  },
  /** Release rate while the nipple is stimulated. */
  prolactinSurgeNgPerMlPerMin: {
    unit: 'ng/mL/min',
    source:
      'calibrated to Cox 1996 peaks (~286 at 1 month, ~91 at 6 months) and Noel 1974 (2–8.5-fold)',
    points: [
      [0, 25],
      [7, 20],
      [30, 15],
      [90, 8],
      [180, 3.5],
      [365, 2.5],
    ],
  },
} as const satisfies Record<string, AgeTable>;

export function fromTable(table: AgeTable, day: number): number {
  const pts = table.points;
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (first === undefined || last === undefined) return 0;
  if (day <= first[0]) return first[1];
  if (day >= last[0]) return last[1];
  for (let i = 1; i < pts.length; i++) {
    const b = pts[i];
    const a = pts[i - 1];
    if (a !== undefined && b !== undefined && day <= b[0]) {
      return a[1] + ((b[1] - a[1]) * (day - a[0])) / (b[0] - a[0]);
    }
  }
  return last[1];
}

/** For the UI: the popular heuristic beside the measured value (evidence.md). */
export const REMOVAL_SHARE_EVIDENCE = {
  heuristic: {
    label: '80/20 rule',
    removedShare: 0.8,
    verdict: 'heuristic; no defined constant in research',
    source: 'seed texts (parent-facing blogs)',
  },
  measured: {
    label: 'measured',
    removedShare: 0.67,
    sd: 0.08,
    source: 'Kent 2006, Pediatrics 117:e387 (67 ± 8 %); Daly, Owens & Hartmann 1993 (76 ± 20 %)',
  },
} as const;
