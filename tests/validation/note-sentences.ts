// Every sentence of every built-in lesson's speaker notes, and what covers it: the beat's caption
// claim (its test in beat-claims.test.ts runs the model on the beat), a claim in claims.test.ts, a
// validation target that compares the model with the cited figure, an engine parameter that takes
// the cited value from its source, or a review saying why the sentence claims no effect the model
// has to show (anatomy, an evidence verdict, a prompt to the presenter, a cited finding the model
// does not simulate). The guard in beat-claims.test.ts fails on a new or reworded sentence until
// it is listed here, and never accepts a mere review for a sentence about the model.

export type NoteCover =
  | { by: 'caption' }
  | { by: 'claim'; text: string }
  | { by: 'target'; id: string }
  | { by: 'parameter'; name: string }
  | { by: 'reviewed'; why: string };

const byCaption: NoteCover = { by: 'caption' };
const byClaim = (text: string): NoteCover => ({ by: 'claim', text });
const byTarget = (id: string): NoteCover => ({ by: 'target', id });
const byParameter = (name: string): NoteCover => ({ by: 'parameter', name });
const reviewed = (why: string): NoteCover => ({ by: 'reviewed', why });

/** "lesson: caption" → sentence of its notes → what covers it. */
export const NOTE_SENTENCES: Record<string, Record<string, NoteCover>> = {
  'how-milk-is-made: The lactating breast: lobes, lobules, alveoli, ducts': {
    'About 15–20 lobes, each of 20–40 lobules; each lobule is a cluster of alveoli.': reviewed(
      'anatomy from histology texts; the model has no lobes',
    ),
    'The classical anatomy of the histology texts, as in the parent texts this lesson answers; ultrasound revises the duct count (later beat).':
      reviewed('where the anatomy comes from (no effect)'),
  },
  'how-milk-is-made: Milk is made in the alveoli, by lactocytes': {
    'Lactocytes lining each alveolus take nutrients from the blood and make milk; myoepithelial cells wrap the alveolus (histology texts).':
      byCaption,
  },
  'how-milk-is-made: Suckling sends a nerve signal to the brain': {
    'Latch stimulates nerve endings in nipple and areola; the signal reaches the hypothalamus and pituitary within seconds (physiology texts; McNeilly et al. 1983).':
      byCaption,
  },
  'how-milk-is-made: Prolactin (anterior pituitary) permits milk synthesis': {
    'Suckling raises prolactin several-fold, peaking around the end of the feed: on average 8.5 times the pre-feed level in the first 6 weeks and 6 times at 7–28 weeks (Noel 1974).':
      byTarget('I6'),
    'The model follows the smaller rises of Cox et al. 1996 (about 2.5-fold).': byTarget('I6'),
    'Half-life about 37 min.': byParameter('prolactinHalfLifeMin'),
    'Prolactin is permissive: Cox et al. 1996 found no relation between plasma prolactin and the short-term rate of synthesis.':
      reviewed(
        'a cited finding (Cox 1996); the model makes prolactin permissive, tested in tests/unit/sim/subsystems.test.ts',
      ),
  },
  'how-milk-is-made: Oxytocin (posterior pituitary) squeezes milk out': {
    'Oxytocin comes in pulses (Ueda 1994: 2.25 ± 0.71 per 20 min of suckling) and contracts the myoepithelial cells: a milk ejection (Ramsay et al. 2004).':
      byTarget('C5'),
  },
  'how-milk-is-made: Ultrasound: about 9 ducts, no milk sinuses': {
    'Ramsay et al. 2005: 9.6 ± 2.9 main ducts that branch near the nipple and no sinuses.':
      reviewed('anatomy from ultrasound (Ramsay 2005); the model has no duct count'),
    "The classical 'milk sinus' picture is contradicted by ultrasound (verdict: unsupported).":
      reviewed('an evidence verdict on anatomy'),
    'Milk is stored in the alveoli; ducts only carry it.': reviewed('anatomy from ultrasound'),
  },
  'how-milk-is-made: Storage capacity and breast size': {
    'Storage capacity ≈ 210 mL per breast, range ~74–606 mL (Kent 1999).': byParameter(
      'storageCapacityDefaultMl',
    ),
    "Kent measured the day's swing of breast volume; the simulated breast holds at most 210 mL, and over a day of feeds it swings less than half of that (Validation screen).":
      byClaim('over a day of feeds it swings less than half of that'),
    'Unrelated to breast size — verdict: partly supported.': reviewed(
      'an evidence verdict; the model has no breast size',
    ),
    'Plausible, but no study measured size against capacity; the glandular:fat proportion did not predict production (Ramsay et al. 2005).':
      reviewed('the evidence behind the verdict; the model has no breast size'),
  },
  "let-down-reflex: Before the latch: the baby's cues can start oxytocin": {
    "Oxytocin can rise 3–10 min before suckling in response to the baby's cues (McNeilly et al. 1983): the conditioned reflex.":
      byCaption,
  },
  'let-down-reflex: Latch: nerve endings fire': {
    'The nerve signal from nipple and areola reaches the hypothalamus within seconds (physiology texts).':
      byCaption,
  },
  'let-down-reflex: The posterior pituitary releases oxytocin': {
    'Pulsatile release: 2.25 ± 0.71 pulses per 20 min of suckling (Ueda 1994).': byTarget('C5'),
    'Plasma half-life a few minutes (approximate).': byParameter('oxytocinHalfLifeSec'),
  },
  'let-down-reflex: Myoepithelial cells contract: the first milk ejection': {
    'Above a threshold oxytocin contracts the cells around each alveolus and pushes stored milk into the ducts.':
      byCaption,
    'Each ejection lasts 45 s – 3.5 min (Gardner 2015 citing Ramsay 2004).': byTarget('C8'),
  },
  'let-down-reflex: More ejections follow; most are not felt (Ramsay 2004)': {
    '2.5 ± 1.5 ejections per breastfeed (Ramsay 2004); most mothers feel only the first.':
      byTarget('I1'),
    'In the second half of each ejection milk flows back into the breast (Geddes 2009).': reviewed(
      'a cited finding (Geddes 2009) on milk flow within an ejection, not charted here',
    ),
    'The model does not model what is felt; it shows the later ejections of this feed.': byCaption,
  },
  'let-down-reflex: Fat rises as the breast empties': {
    'Fat of the milk removed rises with the degree of emptying, more steeply as the breast drains: about 22 g/L from a full breast, 59 g/L when it is two-thirds empty (Daly, Di Rosso, Owens & Hartmann 1993, whose curve the model uses as published).':
      byCaption,
    "Mothers' milk averaged 41.1 ± 7.8 g/L over a day (Kent 2006); the model's average comes out higher (see Validation).":
      byTarget('I18'),
  },
  'let-down-reflex: Without ejection, only duct milk is available': {
    'Only the few mL already in the ducts can be removed without a let-down: why the reflex matters.':
      byCaption,
    'Ultrasound shows the ducts are small and hold little milk (Ramsay et al. 2005).':
      reviewed('anatomy from ultrasound'),
  },
  'let-down-reflex: Stress delays let-down; the feed still gets its milk': {
    'Acute stress (noise, mental arithmetic) cut oxytocin pulses from 2.25 to about 1.2 per 20 min of suckling, yet the milk taken was unchanged (Ueda 1994).':
      byCaption,
    'A later first ejection under stress is reported (Dewey 2001); its size is not measured.':
      byCaption,
    'Compare pumping sessions with and without the baby present in this case.': reviewed(
      'a prompt to the presenter',
    ),
    "In the model stress spaces the pulses out when a baby suckles (Ueda's measure); in these pumping sessions each pulse waits for the ejection before it to end, so their number hardly changes and the first ejection comes later.":
      byClaim('in the model it spaces oxytocin pulses out when a baby suckles, not while pumping'),
  },
  'supply-and-demand: Milk removed drives milk made': {
    "24-h production matches the baby's demand: storage capacity was related to demand (r² = 0.91, Daly 1993).":
      byCaption,
    "In the simulation a breast's storage capacity, measured the same way, follows the milk taken from it less closely (the Validation screen's check).":
      byTarget('I32'),
    'Removal, not a fixed target, sets supply.': byCaption,
  },
  'supply-and-demand: A full breast makes milk more slowly': {
    'As alveoli fill, synthesis slows (local control by fullness).': byCaption,
    'The feedback inhibitor of lactation is shown in goats (Wilde 1995), not yet in humans.':
      reviewed('where the evidence for the mechanism comes from (goats, not humans)'),
    'Short-term synthesis averages 23 mL/h per breast (Cox 1996).': byTarget('I2'),
  },
  'supply-and-demand: Babies take about two-thirds of what is there': {
    'Measured: infants remove 67.3 ± 7.8 % of the available milk per feed, 76.0 ± 12.6 g per breastfeed (Kent 2006); 76 ± 20 % (Daly 1993).':
      byTarget('C3'),
  },
  "supply-and-demand: The '80/20 rule' is a heuristic (contested)": {
    'Verdict: contested.': reviewed('an evidence verdict'),
    "The parent texts' '80/20 ratio' (baby takes 80 %, 20 % spare) is a popular heuristic; no such constant has been measured.":
      reviewed('an evidence verdict on a heuristic; the measured share is claim C3'),
    'The measured share is 67.3 ± 7.8 % (Kent 2006).': byTarget('C3'),
    'Show both; teach the measured figure.': reviewed('a prompt to the presenter'),
  },
  'supply-and-demand: Small storage, frequent feeds: supply still met': {
    'Storage 90 mL per breast.': reviewed("what the case is (its scenario's storage)"),
    'Frequent feeds keep the breasts emptier so daily production still meets demand.': byCaption,
    'Capacity range ~74–606 mL (Kent 1999).': byParameter('storageCapacityDefaultMl'),
  },
  'supply-and-demand: Small storage on a 4-hourly schedule: supply falls': {
    'With small storage, breasts stay full between scheduled feeds, synthesis slows and supply falls over days: local control by fullness (Daly, Owens & Hartmann 1993).':
      byCaption,
    'This case runs two weeks.': reviewed('what the case is (its length)'),
  },
  'supply-and-demand: Too little removal lowers supply': {
    'Ten days of feeds only every 6 h: milk left in the breast lowers its synthesis capacity over days (Daly 1993; Wilde 1995 in goats).':
      byCaption,
  },
  'supply-and-demand: Feeding plus expressing brings it back': {
    'Then 3-hourly feeds plus pumping after each: more removal raises supply with a lag of days; pumping after feeds adds 15–40 % (IOM 1991).':
      byCaption,
  },
  'colostrum-to-milk: Before the placenta: progesterone holds milk back': {
    'During pregnancy prolactin is high, but progesterone (100–200 ng/mL at term) limits secretion to small volumes of colostrum (Neville et al. 2001).':
      byCaption,
  },
  'colostrum-to-milk: The placenta is delivered': {
    'Delivery of the placenta removes the main source of progesterone, whose level falls within minutes (Neville et al. 2001).':
      byCaption,
  },
  'colostrum-to-milk: Progesterone falls; the first feeds are colostrum': {
    'Small volumes of colostrum in the first feeds: Saint et al. 1984 measured 37.1 g in the first 24 h (range 7–122.5 g).':
      byCaption,
    'Skin-to-skin contact — verdict: partly supported.': reviewed(
      'an evidence verdict; the model has no skin-to-skin effect on milk coming in',
    ),
    'The Cochrane review (Moore et al. 2016) measured breastfeeding at 1–4 months, not when milk comes in.':
      reviewed('what the cited review measured'),
  },
  'colostrum-to-milk: Secretory activation builds over the next days': {
    'Secretory activation follows progesterone withdrawal over 2–3 days, only while prolactin is present (Neville et al. 2001).':
      byCaption,
  },
  'colostrum-to-milk: Day 2–3: milk comes in': {
    'Lactogenesis II: synthesis rises steeply.': byCaption,
    'A later onset is linked to first birth and caesarean birth (Scott, Binns & Oddy 2007), obesity (Nommsen-Rivers et al. 2010), type 1 diabetes (Neubauer et al. 1993) and stress in labour (Dewey 2001).':
      byTarget('C10a'),
  },
  'colostrum-to-milk: Supply now follows removal': {
    'Once milk is in, supply adapts to how much is removed, over days (Daly et al. 1993).':
      byCaption,
  },
  'when-things-go-wrong: Retained placenta: progesterone stays high': {
    'Retained placental tissue keeps progesterone up and delays milk coming in: in case reports lactation began the day after removal (Neifert et al. 1981).':
      byCaption,
  },
  'when-things-go-wrong: Removed on day 6: milk comes in a day later': {
    'In the model milk comes in only after removal, as in the case reports (Neifert et al. 1981).':
      byCaption,
  },
  'when-things-go-wrong: Sheehan syndrome: the anterior pituitary fails': {
    'Necrosis of the anterior pituitary after postpartum haemorrhage (Sheehan 1937); failure to lactate is its classic sign: 14 of 20 women in one series made no milk after the birth (Dökmetaş et al. 2006).':
      byTarget('C11'),
    'Prolactin output falls; oxytocin (posterior pituitary) is usually spared.': byCaption,
    'In the model, milk removed falls below 20 % of the same case without it.': byClaim(
      'Sheehan syndrome: the anterior pituitary fails',
    ),
  },
  'when-things-go-wrong: Breast surgery: cut ducts stay dry': {
    'Reductions that cut the column of tissue under the nipple leave few mothers breastfeeding successfully: median 4 %, against 75 % when it is partly and 100 % when it is fully preserved (Kraut 2017).':
      reviewed('a cited outcome (Kraut 2017): how many mothers breastfeed, not a model quantity'),
    "The model takes the cut lobes' output away.": byCaption,
    'Periareolar incision RR 4.55 for insufficient lactation (Neifert 1990).': reviewed(
      'a cited risk ratio (Neifert 1990), not a model quantity',
    ),
  },
  'when-things-go-wrong: Combined pill: supply falls': {
    'In the WHO trial (Tankeyoon et al. 1984), started at 6 weeks, milk volume fell 41.9 % after 18 weeks on a combined estrogen–progestin pill against 12.0 % on a progestin-only pill.':
      byTarget('C13'),
  },
  'when-things-go-wrong: Progestin-only pill: little change': {
    'Same mother on a progestin-only pill from 6 weeks: supply holds, as in the same trial (Tankeyoon et al. 1984).':
      byCaption,
    'Compare with the previous beat.': reviewed('a prompt to the presenter'),
  },
  'when-things-go-wrong: Acute stress: later let-down, same milk': {
    'Fewer oxytocin pulses during suckling with unchanged milk yield (Ueda 1994); a later first ejection (Dewey 2001).':
      byCaption,
    'The model shows fewer pulses when a baby suckles, not in these pumping sessions, where each pulse waits for the ejection before it to end.':
      byClaim('in the model it spaces oxytocin pulses out when a baby suckles, not while pumping'),
    'Pumping with the baby present helps through the conditioned reflex (McNeilly et al. 1983).':
      byClaim('Pumping with the baby present brings the first ejection sooner'),
  },
  'oversupply-block-feeding: Oversupply: large storage, high supply': {
    'This case: large storage and a supply of about 1500 mL/day against typical intakes of 800 ± 100 mL/day (Kent 2006).':
      byCaption,
  },
  'oversupply-block-feeding: Forceful let-down (practice-based): not shown by the model': {
    'A full, high-supply breast ejects a lot of milk at once; the baby may cough or pull off.':
      reviewed('the practice-based description the next sentence labels as such'),
    "A description from clinical teaching and mothers' accounts in the parent texts; no trial has measured it.":
      reviewed('says where the evidence is (practice-based)'),
    'In this model the fastest flow of this full, high-supply breast is about that of a typical breast (about 20 mL/min), so the chart shows no rush.':
      byCaption,
  },
  'oversupply-block-feeding: Switching sides every 5 min: slightly lower-fat milk': {
    'Fat rises with the degree of emptying (Daly, Di Rosso, Owens & Hartmann 1993).': byClaim(
      'Fat rises as the breast empties',
    ),
    'In this model, 5-min feeds on both sides give milk about a tenth lower in fat than feeding one side at a time; how much that matters to the baby is debated.':
      byCaption,
  },
  'oversupply-block-feeding: Block feeding: one side per ~4-hour block': {
    'Verdict: practice-based — block feeding is clinical practice with little trial evidence.':
      reviewed('an evidence verdict (practice-based)'),
    'The unused side stays full for hours, and a full breast slows its own synthesis (local control; Daly, Owens & Hartmann 1993).':
      byCaption,
  },
  'oversupply-block-feeding: Supply falls toward demand over days': {
    'Removal drives production: when the baby takes only what it needs, supply falls toward that over days (Daly 1993; Kent 2006: babies take 67 % of what is there).':
      byClaim('Supply falls toward demand over days'),
    'In this model it falls with any side pattern; that block feeding makes it fall faster is practice-based, not shown in trials.':
      byClaim('In this model it falls with any side pattern'),
  },
  'myths-and-evidence: Milk sinuses behind the areola? (unsupported)': {
    'Verdict: unsupported — contradicted by ultrasound: no sinuses; 9–10 compressible main ducts branch near the nipple; milk is stored in the alveoli (Ramsay et al. 2005).':
      reviewed('an evidence verdict on anatomy'),
  },
  'myths-and-evidence: What ultrasound shows instead': {
    'Ultrasound view after Ramsay 2005: about 9 main ducts (range 4–18); the classical milk sinuses are contradicted by ultrasound.':
      reviewed('anatomy from ultrasound'),
  },
  "myths-and-evidence: The '80/20 rule' (contested): measured 67 %": {
    'Verdict: contested — a heuristic; no such constant has been measured.': reviewed(
      'an evidence verdict on a heuristic',
    ),
    'Infants remove 67.3 ± 7.8 % per feed (Kent 2006); 76 ± 20 % (Daly 1993).': byTarget('C3'),
  },
  "myths-and-evidence: 'Breasts are never empty': true on average": {
    'Verdict: partly supported — true on average, overstated as absolute: infants leave ~24–33 % on average, but single feeds can remove up to 100 % (Kent 2006; Daly 1993); synthesis continues ~23 mL/h per breast (Cox 1996).':
      byCaption,
  },
  'myths-and-evidence: Peanut butter for fattier milk? Unsupported': {
    'Verdict: unsupported.': reviewed('an evidence verdict'),
    'Fat concentration is explained mainly by how empty the breast is (Daly 1993b); fat eaten reaches milk over hours and changes which fatty acids it holds, not its total fat (Nasser et al. 2010).':
      reviewed('the evidence behind a verdict on a diet claim; the model has no diet input'),
  },
  'myths-and-evidence: Bigger breasts store more? Not measured': {
    'Verdict: partly supported — plausible, but no primary study compared breast size with storage capacity.':
      reviewed('an evidence verdict; the model has no breast size'),
    'Indirect evidence: the glandular:fat proportion did not predict production (Ramsay et al. 2005), and production continued at preconception breast size (Kent 1999).':
      reviewed('the evidence behind the verdict'),
  },
  'myths-and-evidence: Oxytocin and bonding: partly supported': {
    'Verdict: partly supported.': reviewed('an evidence verdict'),
    "Oxytocin's central effects on calm and bonding are described in reviews (Gimpl & Fahrenholz 2001), much of it from animal studies; keep the wording modest.":
      reviewed('the evidence behind a verdict on behaviour; the model has no bonding'),
  },
};

/** A note's sentences: split after . ! or ? before a capital, so "Cox et al. 1996" stays whole. */
export const noteSentences = (notes: string): string[] =>
  notes
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z'])/)
    .filter((s) => s.length > 0);
