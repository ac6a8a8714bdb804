// Every physiological number the engine uses, with its unit, a plausible range, its source and
// how it was obtained. Units are given per entry (per-second rates are derived where used).
//
// kind:
//   'sourced'     the value is read off the cited paper (or model.md, which cites it);
//   'calibrated'  chosen inside the cited range so that a calibration target is met — `fittedTo`
//                 names the target ids in validation/targets.ts, which reports those targets apart
//                 from the independent checks;
//   'assumption'  no paper gives the number; the entry says what the choice rests on. The model's
//                 own definitions (when milk is said to come in) and the scenario defaults are
//                 assumptions too. No number about the body is written in an engine module
//                 itself (tests/unit/sources/engine-numbers.test.ts).
// A note is shown to clinicians on the Validation screen, so it names papers, never our design
// notes; "model.md §N" in a comment refers to design/model.md, which carries the primary citations.

/** A fitted value that left the range first assumed for it: the Validation screen says so. */
export const outsideRange = (p: Parameter): boolean => p.value < p.min || p.value > p.max;

export type ParameterKind = 'sourced' | 'calibrated' | 'assumption';

export interface Parameter {
  value: number;
  unit: string;
  min: number;
  max: number;
  kind: ParameterKind;
  source: string;
  /** Calibration target ids this value was fitted to (kind 'calibrated' only). */
  fittedTo?: readonly string[];
}

const sourced = (value: number, unit: string, min: number, max: number, source: string) =>
  ({ value, unit, min, max, kind: 'sourced', source }) as const satisfies Parameter;
const assumed = (value: number, unit: string, min: number, max: number, source: string) =>
  ({ value, unit, min, max, kind: 'assumption', source }) as const satisfies Parameter;
const fitted = (
  value: number,
  unit: string,
  min: number,
  max: number,
  fittedTo: readonly string[],
  source: string,
) => ({ value, unit, min, max, kind: 'calibrated', fittedTo, source }) as const satisfies Parameter;

export const PARAMETERS = {
  // --- Suckling reflex -------------------------------------------------------------------------
  // model.md §1
  nerveLatencySec: sourced(
    2,
    's',
    0.5,
    5,
    'the nipple signal reaches the pituitary within seconds',
  ),
  nerveRiseTauSec: assumed(3, 's', 1, 10, 'afferent activity builds over a few sucks'),
  // model.md §1
  pituitaryLatencySec: sourced(5, 's', 1, 30, 'pituitary release follows within seconds'),

  // --- Oxytocin and milk ejection ------------------------------------------------------------
  oxytocinBasalPgPerMl: sourced(5, 'pg/mL', 1, 15, 'McNeilly 1983: a few pg/mL between feeds'),
  // model.md §2
  oxytocinHalfLifeSec: sourced(
    180,
    's',
    60,
    360,
    'plasma half-life a few minutes (~3 min, approximate)',
  ),
  oxytocinReleaseSec: assumed(
    30,
    's',
    10,
    60,
    'pulses are discrete and short (Ueda 1994 saw them at 2-min sampling)',
  ),
  oxytocinThresholdPgPerMl: assumed(
    20,
    'pg/mL',
    10,
    40,
    'above basal, below typical pulse peaks (McNeilly 1983)',
  ),
  oxytocinSaturationPgPerMl: assumed(
    45,
    'pg/mL',
    25,
    80,
    'myoepithelial drive saturates near pulse peaks',
  ),
  /** Peak increment of a pulse over basal, as a multiple of (threshold − basal); drawn per pulse. */
  pulsePeakRatioMin: fitted(
    1.15,
    '1',
    1.05,
    2,
    ['C8'],
    'ejections last 45 s – 3.5 min (Gardner 2015 citing Ramsay 2004); fitted so at least 90 % do (C8): a lone pulse at this ratio gives about 40 s',
  ),
  pulsePeakRatioMax: fitted(
    1.8,
    '1',
    1.5,
    4,
    ['C8'],
    'longest ejection ≤ 3.5 min (Gardner 2015 citing Ramsay 2004)',
  ),
  /** Mean time from stimulation start to the first pulse. */
  firstPulseLatchSec: sourced(
    50,
    's',
    20,
    120,
    'Ramsay 2004 (via Gardner 2015): first ejection ~56 s after latch; the pulse precedes it by the rise time',
  ),
  firstPulsePumpSec: sourced(
    95,
    's',
    40,
    180,
    'Kent 2008; Prime 2011: first ejection during pumping ~1.5–2 min',
  ),
  /**
   * Mean interval between later pulses while an infant suckles. Ueda 1994 counted 2.25 ± 0.71
   * pulses per 20 min from plasma sampled every 2 min; the model's oxytocin is sampled the same
   * way (validation C5) and this interval is fitted to that count.
   */
  pulseIntervalLatchSec: fitted(
    680,
    's',
    120,
    900,
    ['C5'],
    'Ueda 1994: 2.25 ± 0.71 pulses per 20 min of suckling, 2-min sampling',
  ),
  /**
   * The same for a breast pump (ejections seen in milk flow, Prime 2011). It was fitted towards
   * C6a and does not reach it: a pulse due during an ejection waits for its end (plus
   * pulseRefractorySec), and while pumping a pulse lands on the last one's oxytocin, so each
   * ejection after the first lasts 3.5–4.7 min and 15 min holds 4 at any interval up to 200 s.
   */
  pulseIntervalPumpSec: fitted(
    75,
    's',
    90,
    400,
    ['C6'],
    'Prime 2011: 5.1 ± 2.0 ejections per 15-min double pumping. Fitted towards that count but it does not reach it: a new pulse waits until the current ejection is over, and while pumping each ejection after the first lasts 3.5–4.7 min, so 15 min holds 4 ejections at any interval up to 200 s; 75 s is where the fit stopped',
  ),
  /** Each interval between pulses is the mean interval times a uniform draw in this range. */
  pulseIntervalSpreadMin: assumed(
    0.55,
    '1',
    0.3,
    1,
    'oxytocin pulses come irregularly (Ueda 1994: 2.25 ± 0.71 pulses per 20 min); how widely the intervals vary is not measured',
  ),
  pulseIntervalSpreadMax: assumed(
    1.45,
    '1',
    1,
    1.7,
    'the same spread above the mean interval (Ueda 1994 gives the count per feed, not the intervals)',
  ),
  /** The time to the first pulse is its mean times a uniform draw in this range. */
  firstPulseSpreadMin: assumed(
    0.6,
    '1',
    0.3,
    1,
    'the first milk ejection comes sooner at some feeds than at others; how widely it varies is not measured',
  ),
  firstPulseSpreadMax: assumed(1.4, '1', 1, 1.7, 'the same spread above the mean time'),
  pulseRefractorySec: assumed(
    25,
    's',
    0,
    120,
    'bursts are separated (Wakerley & Lincoln 1973, rat); ejections are discrete on ultrasound',
  ),
  /** Conditioned release: baby cues before latch, or baby present while pumping. */
  cueLeadSec: sourced(
    240,
    's',
    180,
    600,
    "McNeilly 1983: oxytocin rises 3–10 min before suckling on the baby's cues",
  ),
  cuePeakRatio: assumed(0.7, '1', 0.3, 1, 'conditioned release stays below the ejection threshold'),
  cueFirstPulseFactor: assumed(
    0.6,
    '1',
    0.3,
    1,
    'a primed reflex gives an earlier first ejection (McNeilly 1983)',
  ),
  /** Ejection: fraction of alveolar milk pushed into the ducts per second at full drive. */
  ejectionRatePerSec: fitted(
    0.06,
    '1/s',
    0.002,
    0.03,
    ['C3'],
    'infants remove 67 ± 8 % of available milk per feed (Kent 2006)',
  ),
  /**
   * Residual milk: the share of the breast's capacity that ejection cannot squeeze out (the breast
   * is never empty: infants leave 24–33 % on average, Kent 2006). Fitted so that pumping after
   * feeds, which takes mostly residual milk, raises production as much as reported.
   */
  residualFraction: fitted(
    0.15,
    '1',
    0,
    0.3,
    ['C7', 'C3'],
    'pumping after feeds raises production 15–40 % over days (IOM 1991); infants take 67 % of available milk (Kent 2006)',
  ),
  /** Second half of an ejection: duct milk flowing back into the alveoli, per second. */
  backflowRatePerSec: assumed(
    0.002,
    '1/s',
    0,
    0.05,
    'Geddes 2009 saw milk move back into the breast in the second half of an ejection; the rate is not measured',
  ),
  /** Resting duct milk per breast at full alveoli (scaled by fullness). */
  ductRestMl: sourced(4, 'mL', 1, 10, 'Ramsay 2005: ~9 main ducts of ~2 mm hold only a few mL'),
  ductRelaxTauSec: assumed(600, 's', 60, 3600, 'ducts return to rest over ~10 min'),
  /** Half-saturation of removal by the duct content. */
  ductHalfSatMl: assumed(6, 'mL', 1, 20, 'flow falls as the ducts empty'),

  // --- Prolactin -------------------------------------------------------------------------------
  // model.md §3
  prolactinHalfLifeMin: sourced(
    37,
    'min',
    27,
    47,
    'plasma half-life 37 ± 10 min once a prolactin infusion was stopped (prolactin pharmacokinetic study in five men); measured in men, not in lactating women',
  ),
  // model.md §3
  prolactinNonPregnantNgPerMl: sourced(15, 'ng/mL', 5, 25, '< 25 ng/mL non-pregnant'),
  // model.md §3
  prolactinTermNgPerMl: sourced(200, 'ng/mL', 150, 300, '~200 ng/mL at term'),
  /**
   * Exposure (12-h mean) at which the permissive prolactin term is half. Not fitted: C11 holds at
   * any value from 10 to 60 ng/mL. What it moves is weaning (at 15, 27 % of supply is left 2
   * weeks after the last feed: I14 red) and, at 60, the built-in cases of small storage on a
   * 4-hourly schedule and of the progestin-only pill no longer show what their text says.
   */
  prolactinPermissiveHalfNgPerMl: assumed(
    30,
    'ng/mL',
    15,
    60,
    'below the lowest baseline measured in a lactating mother (59 ng/mL at 6 months, Cox 1996), where milk production does not follow the prolactin level, and above the non-pregnant level (< 25 ng/mL), so prolactin sustains milk throughout lactation and not after weaning; no paper gives the half-point',
  ),
  /**
   * Exposure at which the secretory activation drive is half. Sheehan syndrome at 0.8 must leave
   * milk not coming in (C11), which needs at least ~110 ng/mL (at 100, 22.7 % of the milk is still
   * removed; at 120, 14 %); at 200 the median onset moves to 75 h (C9).
   */
  prolactinActivationHalfNgPerMl: fitted(
    150,
    'ng/mL',
    60,
    160,
    ['C11'],
    'secretory activation needs the high early-postpartum prolactin (~200 ng/mL): with Sheehan syndrome at 0.8 milk must fail to come in (Sheehan 1937), which needs a half-point of at least about 110 ng/mL; the drive rises with the 4th power of prolactin around this level, a steepness that is assumed',
  ),
  prolactinPermissiveHill: assumed(
    5,
    '1',
    2,
    8,
    'permissive: flat across the lactating range (Cox 1996), steep below it',
  ),
  prolactinExposureTauH: assumed(12, 'h', 2, 48, 'mammary prolactin action integrates over hours'),
  /** Sessions/day at which the suckling-maintained baseline is fully kept. */
  prolactinStimSessionsPerDay: assumed(
    6,
    '1/day',
    3,
    10,
    'the baseline is kept up by frequent suckling (Cox 1996); falls towards non-pregnant without it',
  ),
  /** How long the count of feeds behind the suckling-maintained baseline remembers a feed. */
  prolactinStimTauDays: assumed(
    2,
    'day',
    1,
    7,
    'the baseline follows how often the breasts were stimulated over the last days (Cox 1996); the time scale is not measured',
  ),
  /** Before the run starts feeds are not stepped one by one: their prolactin is averaged. */
  prolactinEarlySurgeFactor: assumed(
    1.5,
    '1',
    1,
    3,
    'before the first simulated hour, prolactin is taken as 1.5 × the baseline: the baseline plus the surges of early feeds (2–8.5-fold for part of each feed, Noel 1974) averaged over the day; the average is not measured',
  ),

  // --- Progesterone and lactogenesis II -------------------------------------------------------
  // model.md §6
  progesteroneTermNgPerMl: sourced(150, 'ng/mL', 100, 200, '100–200 ng/mL at term'),
  progesteroneEarlyNgPerMl: assumed(40, 'ng/mL', 20, 60, 'second-trimester level, rising to term'),
  /** Weeks over which pregnancy progesterone climbs from the early level to the term level. */
  progesteroneRiseWeeks: assumed(
    28,
    'week',
    20,
    30,
    "a steady climb from 12 weeks' gestation to term; the shape of the rise is not modelled in detail",
  ),
  gestationDays: sourced(
    280,
    'day',
    259,
    294,
    'a term pregnancy lasts about 40 weeks from the last menstrual period (physiology texts)',
  ),
  // model.md §6
  progesteroneHalfLifeMin: sourced(5, 'min', 2, 30, 'placental progesterone half-life ≤ 5 min'),
  /** What remains after the placental fall: maternal (luteal/adrenal) progesterone, falling over days. */
  progesteroneResidualNgPerMl: assumed(
    12,
    'ng/mL',
    5,
    20,
    "progesterone still made by the mother's own glands once the placenta's has cleared: chosen so that about 6 ng/mL remains on days 3–5 after birth, a figure quoted for those days whose original measurement we have not been able to confirm",
  ),
  progesteroneResidualHalfLifeDays: assumed(
    4,
    'day',
    2,
    7,
    'with the level above, about 6 ng/mL on days 3–5 and follicular-phase levels within weeks; how fast it falls has not been confirmed by a measurement',
  ),
  progesteroneFloorNgPerMl: sourced(
    0.5,
    'ng/mL',
    0.1,
    2,
    'anovulatory lactating women: follicular-phase levels (< 1 ng/mL)',
  ),
  /** Progesterone at which activation is half held back: above the measured postpartum level.
   *  Falling below it is the timeline's "Progesterone withdrawal", so that event always comes
   *  before milk comes in. */
  progesteroneInhibitionHalfNgPerMl: assumed(
    25,
    'ng/mL',
    10,
    60,
    'must lie above the measured postpartum ~6 ng/mL (which does not hold milk back) and below levels kept by retained placental tissue',
  ),
  retainedPlacentaP4Fraction: assumed(
    0.4,
    '1',
    0.1,
    1,
    'retained tissue keeps progesterone raised (Neifert 1981 case report)',
  ),
  /** The model's definition of lactogenesis II on its activation scale (0 none, 1 complete). */
  milkInActivation: assumed(
    0.5,
    '1',
    0.5,
    0.5,
    'a definition, not a measurement: milk is said to come in when secretory activation is half complete; the timing this gives is what is fitted to the measured onset (Nommsen-Rivers 2010: median 68.9 h)',
  ),
  /** Secretory activation: 4 first-order stages, each with this time constant. */
  activationStageTauH: fitted(
    14,
    'h',
    6,
    24,
    ['C9'],
    'median onset 68.9 h in first-time mothers (Nommsen-Rivers 2010)',
  ),
  /** Of the activation stages, how many (the last ones) progesterone holds back. */
  activationProgesteroneGatedStages: fitted(
    2,
    'stages',
    1,
    4,
    ['C12'],
    'retained placenta (Neifert 1981 and later case reports): lactation began the day after removal',
  ),
  /**
   * Delays of secretory activation by risk factor, as a shift of the median onset in hours (the
   * stage time constants are lengthened so the 4-stage chain's median moves by this much).
   */
  firstBirthDelayH: fitted(
    12,
    'h',
    0,
    48,
    ['C10'],
    'first birth: adjusted OR 3.16 for onset after 72 h (Scott, Binns & Oddy 2007), fitted over 100 simulated mothers a group with the caesarean delay and the spread of onset times',
  ),
  caesareanDelayH: fitted(
    4,
    'h',
    0,
    48,
    ['C10'],
    'caesarean birth: adjusted OR 2.40 for onset after 72 h (Scott, Binns & Oddy 2007), fitted over 100 simulated mothers a group with the first-birth delay and the spread of onset times',
  ),
  diabetesType1DelayH: sourced(
    24,
    'h',
    12,
    36,
    'type 1 diabetes: lactogenesis markers take an additional 24 h (Hartmann & Cregan 2001; Neubauer 1993)',
  ),
  obesityDelayH: assumed(
    8,
    'h',
    0,
    24,
    'BMI ≥ 30: delayed onset more likely (Nommsen-Rivers 2010; Rasmussen & Kjolhede 2004: lower prolactin response to suckling); size not quantified',
  ),
  obesityBmi: assumed(
    30,
    'kg/m²',
    27,
    30,
    'obesity as usually defined (BMI 30 kg/m² or more) gives the delay above; Dewey 2003 saw the risk rise from a BMI over 27',
  ),
  stressDelayH: assumed(
    12,
    'h',
    0,
    24,
    'Dewey 2001/2003: stressful labour delays onset of lactation; size at full stress not quantified',
  ),
  /**
   * Individual spread of activation timing (lognormal SD on the stage time constant). Fitted with
   * firstBirthDelayH and caesareanDelayH: the wider the spread, the fewer mothers a given delay
   * moves past 72 h, so the odds ratios of C10 set it (over 100 mothers, 0.18 makes C10a 4.49 and
   * 0.26 makes C10b 1.93). The median (C9) hardly moves with it, and the share of first-time
   * mothers after 72 h stays 27–36 % at any spread from 0.1 to 0.4 (I25: 44 %).
   */
  activationSpreadSd: fitted(
    0.22,
    '1',
    0,
    0.5,
    ['C10'],
    'fitted with the delays for first birth and caesarean birth to their odds ratios for onset after 72 h (Scott, Binns & Oddy 2007): a wider spread lets a delay move fewer mothers past 72 h. It does not give the 44 % of first-time mothers after 72 h that Nommsen-Rivers 2010 reported: that share stays 27–36 % at any spread from 0.1 to 0.4',
  ),
  colostrumFraction: assumed(
    0.04,
    '1',
    0.01,
    0.15,
    'small volumes of colostrum before activation; first-day intake 15 ± 11 g (Santoro 2010) to 37 g (Saint 1984)',
  ),
  /** Colostrum held in each breast at the start of a run before milk has come in. */
  colostrumStartMl: assumed(
    10,
    'mL',
    2,
    30,
    'a few mL of colostrum per breast: newborns take 15 ± 11 g on the first day (Santoro 2010); the amount stored is not measured',
  ),
  /** Supply adapts to removal only once the last activation stage has begun. */
  adaptationActivationMin: assumed(
    0.05,
    '1',
    0,
    0.2,
    'local control of supply works on secretory tissue: it starts once secretory activation has begun',
  ),

  // --- Synthesis, storage and supply ------------------------------------------------------------
  storageCapacityDefaultMl: sourced(
    210,
    'mL',
    74,
    606,
    'Kent 1999: 209.9 ± 11.0 mL per breast; range 74–382 (up to 606)',
  ),
  /** Least storage a breast keeps after surgery on nearly all its lobes. */
  storageCapacityMinMl: assumed(
    5,
    'mL',
    1,
    20,
    'a few mL, so that a breast with nearly all lobes removed still has a store; far below any measured capacity (Kent 1999: 74 mL the smallest)',
  ),
  // model.md §4
  fullnessExponent: assumed(
    3,
    '1',
    1,
    6,
    'g(f) = 1 − f^γ; short-term synthesis depends only weakly on emptying (faster in 6 of 13 breasts, Daly 1993)',
  ),
  /** Fullness the breast is kept at over days; synthesis capacity rises below it and falls above. */
  fullnessSetPoint: fitted(
    0.42,
    '1',
    0.2,
    0.6,
    ['C3', 'C2'],
    'Kent 2006: 76 ± 12.6 mL per breastfeed, 67 % of available milk, with 210 mL storage',
  ),
  /** Local control over days (per day, per unit of fullness error). */
  adaptationRatePerDay: fitted(
    0.08,
    '1/day',
    0.1,
    2,
    ['C7'],
    'pumping after feeds raises production 15–40 % over days (IOM 1991)',
  ),
  /** Highest synthesis capacity a breast reaches (mL/h at the set point). */
  supplyMaxMlPerHour: sourced(
    90,
    'mL/h',
    50,
    120,
    'Cox 1996: short-term synthesis up to 90 mL/h per breast; wet nurses produced up to 3.5 L/day (Macy 1930, via Neville)',
  ),
  /** An unused breast keeps only a trace of secretion. */
  supplyFloorMlPerHour: assumed(
    0.2,
    'mL/h',
    0,
    2,
    'an involuted breast yields only drops for weeks (Kent 1999 followed production to weaning)',
  ),

  // --- Milk fat ---------------------------------------------------------------------------------
  // Fat of the milk being removed, f = a + b·d + c·d² (g/L), d the degree of emptying 0..1: Daly's
  // published regression over the fore- and hindmilk of nine breasts, used as printed. The abstract
  // gives no confidence interval for the coefficients, so each range is the value itself.
  fatInterceptGPerL: sourced(
    21.59,
    'g/L',
    21.59,
    21.59,
    'Daly, Di Rosso, Owens & Hartmann 1993: fat = 21.59 + 9.38d + 70.99d² g/L, d the degree of emptying 0–1 (154 fore- and hindmilk samples, r² = 0.68); this is the constant term',
  ),
  fatLinearGPerL: sourced(
    9.38,
    'g/L',
    9.38,
    9.38,
    'Daly, Di Rosso, Owens & Hartmann 1993: fat = 21.59 + 9.38d + 70.99d² g/L; this is the term in d',
  ),
  fatQuadraticGPerL: sourced(
    70.99,
    'g/L',
    70.99,
    70.99,
    'Daly, Di Rosso, Owens & Hartmann 1993: fat = 21.59 + 9.38d + 70.99d² g/L; this is the term in d², so fat rises more steeply as the breast empties',
  ),
  // model.md §7
  milkEnergyKcalPerMl: sourced(0.67, 'kcal/mL', 0.65, 0.7, 'energy 65–70 kcal/dL'),

  // --- Infant -------------------------------------------------------------------------------------
  mealsPerDay: sourced(
    8,
    '1/day',
    4,
    13,
    'Kent 2006: 11 ± 3 breastfeeds a day taken as about 8 meals',
  ),
  feedTriggerJitter: assumed(
    0.35,
    '1',
    0,
    0.6,
    'Kent 2006: feed volumes vary from negligible to 240 g within a day',
  ),
  minFeedGapMin: assumed(
    30,
    'min',
    15,
    120,
    'a meal ends; a breastfeed within 30 min is the same meal (Kent 2006 definition)',
  ),
  giveUpFlowMlPerMin: assumed(0.8, 'mL/min', 0.2, 3, 'the infant comes off when little milk flows'),
  giveUpAfterSec: assumed(
    900,
    's',
    60,
    1200,
    'after ~15 min of little flow: comfort sucking goes on between ejections, ~9 min apart at the breast (2.25 pulses per 20 min, Ueda 1994)',
  ),
  minFeedSec: assumed(240, 's', 60, 600, 'the infant sucks at least a few minutes'),
  /** Second breast offered only if the infant still wants at least this share of a meal. */
  secondBreastHungerFraction: fitted(
    0.3,
    '1',
    0,
    0.6,
    ['C1'],
    'Kent 2006: 11 breastfeeds in ~8 meals; 30 % of infants always took one breast per meal',
  ),
  satiatedSuckFactor: assumed(0.1, '1', 0, 0.3, 'comfort sucking removes little milk'),
  /** The nipple signal of a satisfied infant's sucking, relative to a hungry one's. */
  satiatedNerveInput: assumed(
    0.5,
    '1',
    0.2,
    1,
    'comfort sucking is gentler than feeding, so it stimulates the nipple less; the size is not measured',
  ),
  /** A stated daily appetite is read against the intake curve no earlier than this day. */
  appetiteReferenceDay: assumed(
    14,
    'day',
    7,
    28,
    'a stated appetite is the intake of an established feeder: by 2 weeks intake has risen from colostrum volumes to near its plateau (Neville 1988)',
  ),
  /** Need scales with (weight / median weight for age) to this power. */
  needWeightExponent: assumed(
    1,
    '1',
    0.5,
    1,
    "intake rises with the infant's current weight (Michaelsen 1994); that it rises in proportion to weight is a model assumption",
  ),
  /** A hungry infant's deficit is capped: it cannot be hungrier than two meals. */
  hungerCapMeals: assumed(
    2,
    'meals',
    1,
    4,
    'an underfed infant feeds as often as it can, not without limit',
  ),
  pumpMaxFlowMlPerMin: fitted(
    6,
    'mL/min',
    3,
    40,
    ['C6'],
    'a pump removes 65.5 ± 4.1 % of available milk in 15 min (Kent 2008)',
  ),
  firstFeedAfterBirthMin: sourced(
    45,
    'min',
    15,
    120,
    'UNICEF & WHO 2018: put newborns to the breast within the first hour after birth',
  ),
  /** Scenario defaults where a scenario says nothing: a typical case, never a recommendation. */
  placentaDeliveredAtH: assumed(
    0.5,
    'h',
    0.1,
    1,
    'the placenta usually follows within about 30 min of birth (clinical teaching); a scenario may give its own time',
  ),
  blockFeedingHours: assumed(
    4,
    'h',
    3,
    6,
    'one breast for about 4 h at a time (practice-based: block feeding); a scenario may give its own block length',
  ),
  minutesPerBreastDefault: assumed(
    20,
    'min',
    5,
    45,
    'the longest time on one breast when the scenario gives none: the time per breast of a scheduled feed, and the most an on-demand feed stays on one side before switching or ending (sooner when the baby is satisfied or gives up); Kent 2006 gives 5–37 min as the range of the babies’ mean breastfeed lengths, not a limit',
  ),
  /** Complementary foods start near 6 months. */
  solidsStartDays: sourced(183, 'day', 120, 365, 'WHO: complementary foods from 6 months'),

  // --- Disturbances ---------------------------------------------------------------------------
  /** Combined pill: direct loss of synthesis after its onset (and adaptation cannot win it back). */
  contraceptionCombinedEffect: fitted(
    0.36,
    '1',
    0.2,
    0.5,
    ['C13'],
    'Tankeyoon 1984 (WHO Task Force): after 18 weeks milk volume −41.9 % with a combined pill vs −6.1 % in non-hormonal controls',
  ),
  contraceptionProgestinEffect: sourced(
    0.0,
    '1',
    0,
    0.05,
    'Tankeyoon 1984: progestin-only −12.0 % vs −6.1 % in controls, not significant',
  ),
  contraceptionOnsetTauDays: sourced(
    14,
    'day',
    3,
    42,
    'WHO Task Force 1984/1988: the decline develops over weeks',
  ),
  stressPulseRateReduction: sourced(
    0.45,
    '1',
    0.3,
    0.55,
    'Ueda 1994: 2.25 → 1.14–1.28 pulses/20 min under noise or arithmetic (−43 to −49 %), milk yield unchanged',
  ),
  stressFirstPulseDelaySec: assumed(
    60,
    's',
    30,
    300,
    'Dewey 2001: stress delays let-down; size not measured',
  ),
} as const satisfies Record<string, Parameter>;

export type ParameterName = keyof typeof PARAMETERS;

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
    sd: 0.078,
    source:
      'Kent 2006, Pediatrics 117:e387 (67.3 ± 7.8 %); Daly, Owens & Hartmann 1993 (76 ± 20 %)',
  },
} as const;
