// The one source registry: every reference LactaSim cites, by id. Engine parameters, evidence
// cards, the glossary, lessons, walkthrough steps and every export name sources by these ids (or,
// in running text, by one of an entry's `cite` forms, which resolve to it); nothing else carries a
// reference. Fields that could not be checked against the paper's abstract page are left out rather
// than guessed; `checked` says whether the details below were compared with it.

export type SourceKind =
  'article' | 'review' | 'book' | 'chapter' | 'report' | 'guideline' | 'practice' | 'seed';

export interface Source {
  kind: SourceKind;
  /** "Ramsay DT, Kent JC, Owens RA, Hartmann PE"; empty for practice notes without an author. */
  authors: string;
  year?: number;
  title: string;
  /** Journal (abbreviated as in PubMed), book or publisher. */
  container?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  pmid?: string;
  /** How running text cites it; the first form is the one the app prints. */
  cite: readonly [string, ...string[]];
  /** The details above were compared with the paper's abstract or publisher page. */
  checked: boolean;
  /** What a reader should know about the source itself (e.g. "a review of six studies"). */
  note?: string;
}

const article = (s: Omit<Source, 'kind'>): Source => ({ kind: 'article', ...s });

export const SOURCES = {
  // --- Anatomy and milk ejection ---------------------------------------------------------------
  ramsay2005: article({
    authors: 'Ramsay DT, Kent JC, Hartmann RA, Hartmann PE',
    year: 2005,
    title: 'Anatomy of the lactating human breast redefined with ultrasound imaging',
    container: 'J Anat',
    volume: '206',
    pages: '525–534',
    cite: ['Ramsay et al. 2005', 'Ramsay 2005'],
    checked: true,
  }),
  ramsay2004: article({
    authors: 'Ramsay DT, Kent JC, Owens RA, Hartmann PE',
    year: 2004,
    title: 'Ultrasound imaging of milk ejection in the breast of lactating women',
    container: 'Pediatrics',
    volume: '113',
    issue: '2',
    pages: '361–367',
    doi: '10.1542/peds.113.2.361',
    pmid: '14754950',
    cite: ['Ramsay et al. 2004', 'Ramsay 2004'],
    checked: true,
  }),
  geddes2009: article({
    authors: 'Geddes DT',
    year: 2009,
    title: 'The use of ultrasound to identify milk ejection in women – tips and pitfalls',
    container: 'Int Breastfeed J',
    volume: '4',
    pages: '5',
    doi: '10.1186/1746-4358-4-5',
    pmid: '19486512',
    cite: ['Geddes 2009'],
    checked: true,
  }),
  gardner2015: article({
    authors: 'Gardner H, Kent JC, Lai CT, Mitoulas LR, Cregan MD, Hartmann PE, Geddes DT',
    year: 2015,
    title: 'Milk ejection patterns: an intra-individual comparison of breastfeeding and pumping',
    container: 'BMC Pregnancy Childbirth',
    volume: '15',
    pages: '156',
    doi: '10.1186/s12884-015-0583-3',
    pmid: '26223256',
    cite: ['Gardner et al. 2015', 'Gardner 2015'],
    checked: true,
    note: 'States that a milk ejection lasts 45 s to 3.5 min, citing Ramsay et al. 2004.',
  }),
  prime2011: article({
    authors: 'Prime DK, Geddes DT, Hepworth AR, Trengove NJ, Hartmann PE',
    year: 2011,
    title:
      'Comparison of the patterns of milk ejection during repeated breast expression sessions in women',
    container: 'Breastfeed Med',
    volume: '6',
    pages: '183–190',
    doi: '10.1089/bfm.2011.0014',
    cite: ['Prime et al. 2011', 'Prime 2011'],
    checked: true,
    note: '25 mothers pumping both breasts for 15 min: 5.1 ± 2.0 milk ejections, 3.3 ± 1.2 at 12 months.',
  }),
  textbookPhysiology: {
    kind: 'book',
    authors: '',
    title:
      'Physiology textbooks and reviews (reflex latencies of seconds; hormone half-lives of minutes; pregnancy and non-pregnant hormone levels)',
    cite: ['physiology texts'],
    checked: false,
    note: 'A textbook consensus, not one primary study.',
  },
  textbookAnatomy: {
    kind: 'book',
    authors: '',
    title:
      'The classical description of the breast in anatomy and histology textbooks (15–20 lobes of 20–40 lobules, one duct per lobe, milk sinuses)',
    cite: ['histology texts'],
    checked: false,
    note: 'A textbook consensus, not one primary study; ultrasound (Ramsay et al. 2005) revises part of it.',
  },

  // --- Hormones ---------------------------------------------------------------------------------
  noel1974: article({
    authors: 'Noel GL, Suh HK, Frantz AG',
    year: 1974,
    title:
      'Prolactin release during nursing and breast stimulation in postpartum and nonpostpartum subjects',
    container: 'J Clin Endocrinol Metab',
    cite: ['Noel et al. 1974', 'Noel 1974'],
    checked: false,
  }),
  cox1996: article({
    authors: 'Cox DB, Owens RA, Hartmann PE',
    year: 1996,
    title: 'Blood and milk prolactin and the rate of milk synthesis in women',
    container: 'Exp Physiol',
    volume: '81',
    issue: '6',
    pages: '1007–1020',
    doi: '10.1113/expphysiol.1996.sp003985',
    pmid: '8960706',
    cite: ['Cox et al. 1996', 'Cox 1996', 'Cox, Owens & Hartmann 1996'],
    checked: true,
  }),
  mcneilly1983: article({
    authors: 'McNeilly AS, Robinson IC, Houston MJ, Howie PW',
    year: 1983,
    title: 'Release of oxytocin and prolactin in response to suckling',
    container: 'BMJ',
    volume: '286',
    issue: '6361',
    pages: '257–259',
    doi: '10.1136/bmj.286.6361.257',
    pmid: '6402061',
    cite: ['McNeilly et al. 1983', 'McNeilly 1983'],
    checked: true,
  }),
  lucas1980: article({
    authors: 'Lucas A, Drewett RB, Mitchell MD',
    year: 1980,
    title: 'Breast-feeding and plasma oxytocin concentrations',
    container: 'BMJ',
    cite: ['Lucas et al. 1980', 'Lucas 1980'],
    checked: false,
  }),
  ueda1994: article({
    authors: 'Ueda T, Yokoyama Y, Irahara M, Aono T',
    year: 1994,
    title: 'Influence of psychological stress on suckling-induced pulsatile oxytocin release',
    container: 'Obstet Gynecol',
    volume: '84',
    issue: '2',
    pages: '259–262',
    pmid: '8041543',
    cite: ['Ueda et al. 1994', 'Ueda 1994'],
    checked: true,
  }),
  wakerley1973: article({
    authors: 'Wakerley JB, Lincoln DW',
    year: 1973,
    title:
      'The milk-ejection reflex of the rat: a 20- to 40-fold acceleration in the firing of paraventricular neurones during oxytocin release',
    container: 'J Endocrinol',
    cite: ['Wakerley & Lincoln 1973'],
    checked: false,
  }),
  gimpl2001: {
    kind: 'review',
    authors: 'Gimpl G, Fahrenholz F',
    year: 2001,
    title: 'The oxytocin receptor system: structure, function, and regulation',
    container: 'Physiol Rev',
    cite: ['Gimpl & Fahrenholz 2001'],
    checked: false,
  },
  sheehan1937: article({
    authors: 'Sheehan HL',
    year: 1937,
    title: 'Post-partum necrosis of the anterior pituitary',
    container: 'J Pathol Bacteriol',
    cite: ['Sheehan 1937'],
    checked: false,
  }),

  // --- Synthesis, storage, supply and demand ----------------------------------------------------
  daly1993: article({
    authors: 'Daly SE, Owens RA, Hartmann PE',
    year: 1993,
    title: 'The short-term synthesis and infant-regulated removal of milk in lactating women',
    container: 'Exp Physiol',
    volume: '78',
    issue: '2',
    pages: '209–220',
    pmid: '8471241',
    cite: ['Daly et al. 1993', 'Daly 1993', 'Daly, Owens & Hartmann 1993'],
    checked: true,
  }),
  daly1993b: article({
    authors: 'Daly SE, Di Rosso A, Owens RA, Hartmann PE',
    year: 1993,
    title:
      'Degree of breast emptying explains changes in the fat content, but not fatty acid composition, of human milk',
    container: 'Exp Physiol',
    volume: '78',
    issue: '6',
    pages: '741–755',
    pmid: '8311942',
    cite: ['Daly et al. 1993b', 'Daly 1993b', 'Daly, Di Rosso, Owens & Hartmann 1993'],
    checked: true,
    note: 'Fat of fore- and hindmilk against degree of emptying d (0–1): f = 21.59 + 9.38d + 70.99d² g/L (n = 154, r² = 0.68); emptying explained 41–95 % of the variance of fat in each of nine breasts, whose milk taken by the infants averaged 37–66 g/L.',
  }),
  daly1995: article({
    authors: 'Daly SE, Hartmann PE',
    year: 1995,
    title:
      'Infant demand and milk supply. Part 2: The short-term control of milk synthesis in lactating women',
    container: 'J Hum Lact',
    volume: '11',
    issue: '1',
    pages: '27–37',
    doi: '10.1177/089033449501100120',
    pmid: '7718103',
    cite: ['Daly & Hartmann 1995'],
    checked: true,
  }),
  kent1999: article({
    authors: 'Kent JC, Mitoulas L, Cox DB, Owens RA, Hartmann PE',
    year: 1999,
    title: 'Breast volume and milk production during extended lactation in women',
    container: 'Exp Physiol',
    volume: '84',
    issue: '2',
    pages: '435–447',
    pmid: '10226183',
    cite: ['Kent et al. 1999', 'Kent 1999'],
    checked: true,
  }),
  kent2006: article({
    authors: 'Kent JC, Mitoulas LR, Cregan MD, Ramsay DT, Doherty DA, Hartmann PE',
    year: 2006,
    title:
      'Volume and frequency of breastfeedings and fat content of breast milk throughout the day',
    container: 'Pediatrics',
    volume: '117',
    issue: '3',
    pages: 'e387',
    doi: '10.1542/peds.2005-1417',
    cite: ['Kent et al. 2006', 'Kent 2006'],
    checked: true,
    note: '71 mothers of infants aged 1–6 months, test-weighed over 24–26 h: 11 ± 3 breastfeeds a day; 76.0 ± 12.6 g per breastfeed (range 0–240 g), 67.3 ± 7.8 % of the available milk; fat 41.1 ± 7.8 g/L.',
  }),
  kent2008: article({
    authors: 'Kent JC, Mitoulas LR, Cregan MD, Geddes DT, Larsson M, Doherty DA, Hartmann PE',
    year: 2008,
    title: 'Importance of vacuum for breastmilk expression',
    container: 'Breastfeed Med',
    volume: '3',
    issue: '1',
    pages: '11–19',
    doi: '10.1089/bfm.2007.0028',
    pmid: '18333764',
    cite: ['Kent et al. 2008', 'Kent 2008'],
    checked: true,
    note: 'At the maximum comfortable vacuum, 15 min of pumping removed 65.5 ± 4.1 % of the available milk.',
  }),
  kent2013: article({
    authors: 'Kent JC, Hepworth AR, Sherriff JL, Cox DB, Mitoulas LR, Hartmann PE',
    year: 2013,
    title: 'Longitudinal changes in breastfeeding patterns from 1 to 6 months of lactation',
    container: 'Breastfeed Med',
    cite: ['Kent et al. 2013', 'Kent 2013'],
    checked: false,
  }),
  wilde1995: article({
    authors: 'Wilde CJ, Addey CV, Boddy LM, Peaker M',
    year: 1995,
    title: 'Autocrine regulation of milk secretion by a protein in milk',
    container: 'Biochem J',
    cite: ['Wilde et al. 1995', 'Wilde 1995'],
    checked: false,
    note: 'Shown in goats; a feedback inhibitor of lactation has not been shown in women.',
  }),
  iom1991: {
    kind: 'report',
    authors: 'Institute of Medicine, Subcommittee on Nutrition During Lactation',
    year: 1991,
    title: 'Nutrition During Lactation',
    container: 'Washington, DC: National Academy Press',
    cite: ['IOM 1991'],
    checked: true,
  },
  neville1988: article({
    authors: 'Neville MC, Keller R, Seacat J, et al.',
    year: 1988,
    title:
      'Studies in human lactation: milk volumes in lactating women during the onset of lactation and full lactation',
    container: 'Am J Clin Nutr',
    cite: ['Neville et al. 1988', 'Neville 1988'],
    checked: false,
  }),
  michaelsen1994: article({
    authors: 'Michaelsen KF, Larsen PS, Thomsen BL, Samuels FW',
    year: 1994,
    title:
      'The Copenhagen Cohort Study on Infant Nutrition and Growth: breast-milk intake, human milk macronutrient content, and influencing factors',
    container: 'Am J Clin Nutr',
    cite: ['Michaelsen et al. 1994', 'Michaelsen 1994'],
    checked: false,
  }),
  saint1986: article({
    authors: 'Saint L, Maggiore P, Hartmann PE',
    year: 1986,
    title:
      'Yield and nutrient content of milk in eight women breast-feeding twins and one woman breast-feeding triplets',
    container: 'Br J Nutr',
    volume: '56',
    pages: '49–58',
    cite: ['Saint, Maggiore & Hartmann 1986', 'Saint et al. 1986'],
    checked: true,
  }),
  macy1930: {
    kind: 'article',
    authors: 'Macy IG, et al.',
    year: 1930,
    title:
      'Milk production of women expressing surplus milk for a milk bank (as reported by IOM 1991)',
    cite: ['Macy 1930'],
    checked: false,
    note: 'Cited second-hand, through IOM 1991.',
  },
  riosLeyvraz2023: {
    kind: 'review',
    authors: 'Rios-Leyvraz M, Yao Q',
    year: 2023,
    title:
      'The volume of breast milk intake in infants and young children: a systematic review and meta-analysis',
    container: 'Breastfeed Med',
    cite: ['Rios-Leyvraz & Yao 2023'],
    checked: false,
  },
  deweyBrown2003: {
    kind: 'review',
    authors: 'Dewey KG, Brown KH',
    year: 2003,
    title:
      'Update on technical issues concerning complementary feeding of young children in developing countries and implications for intervention programs',
    container: 'Food Nutr Bull',
    cite: ['Dewey & Brown 2003'],
    checked: false,
  },
  whoComplementary2003: {
    kind: 'guideline',
    authors: 'Pan American Health Organization, World Health Organization',
    year: 2003,
    title: 'Guiding principles for complementary feeding of the breastfed child',
    cite: ['PAHO/WHO 2003', 'WHO 2003'],
    checked: false,
  },
  whoGrowth2006: {
    kind: 'guideline',
    authors: 'WHO Multicentre Growth Reference Study Group',
    year: 2006,
    title: 'WHO Child Growth Standards: length/height-for-age, weight-for-age, weight-for-length',
    container: 'Geneva: World Health Organization',
    cite: ['WHO Child Growth Standards 2006', 'WHO Child Growth Standards (2006)'],
    checked: false,
  },
  whoFirstHour: {
    kind: 'guideline',
    authors: 'World Health Organization',
    title:
      'Recommendation to put newborns to the breast within the first hour after birth (Baby-friendly Hospital Initiative, Ten Steps)',
    cite: ['WHO: initiate breastfeeding within the first hour'],
    checked: false,
  },

  // --- Lactogenesis -----------------------------------------------------------------------------
  neville2001: {
    kind: 'review',
    authors: 'Neville MC, Morton J, Umemura S',
    year: 2001,
    title: 'Lactogenesis: the transition from pregnancy to lactation',
    container: 'Pediatr Clin North Am',
    volume: '48',
    issue: '1',
    pages: '35–52',
    doi: '10.1016/s0031-3955(05)70284-4',
    cite: ['Neville et al. 2001', 'Neville 2001'],
    checked: true,
  },
  neifert1981: article({
    authors: 'Neifert MR, McDonough SL, Neville MC',
    year: 1981,
    title: 'Failure of lactogenesis associated with placental retention',
    container: 'Am J Obstet Gynecol',
    cite: ['Neifert et al. 1981', 'Neifert 1981'],
    checked: false,
    note: 'A case report.',
  }),
  nommensRivers2010: article({
    authors: 'Nommsen-Rivers LA, Chantry CJ, Peerson JM, Cohen RJ, Dewey KG',
    year: 2010,
    title:
      'Delayed onset of lactogenesis among first-time mothers is related to maternal obesity and factors associated with ineffective breastfeeding',
    container: 'Am J Clin Nutr',
    volume: '92',
    issue: '3',
    pages: '574–584',
    doi: '10.3945/ajcn.2010.29192',
    pmid: '20573792',
    cite: ['Nommsen-Rivers et al. 2010', 'Nommsen-Rivers 2010'],
    checked: true,
    note: '431 first-time mothers: median onset of lactogenesis 68.9 h; 44 % after 72 h.',
  }),
  scott2007: article({
    authors: 'Scott JA, Binns CW, Oddy WH',
    year: 2007,
    title: 'Predictors of delayed onset of lactation',
    container: 'Matern Child Nutr',
    volume: '3',
    issue: '3',
    pages: '186–193',
    doi: '10.1111/j.1740-8709.2007.00096.x',
    pmid: '17539887',
    cite: ['Scott, Binns & Oddy 2007', 'Scott et al. 2007'],
    checked: true,
  }),
  dewey2001: article({
    authors: 'Dewey KG',
    year: 2001,
    title: 'Maternal and fetal stress are associated with impaired lactogenesis in humans',
    container: 'J Nutr',
    volume: '131',
    issue: '11',
    pages: '3012S–3015S',
    doi: '10.1093/jn/131.11.3012S',
    pmid: '11694638',
    cite: ['Dewey 2001'],
    checked: true,
    note: 'A review: acute stress reduces oxytocin release during a feed; stress in labour and delivery is associated with delayed onset of lactation.',
  }),
  dewey2003: article({
    authors: 'Dewey KG, Nommsen-Rivers LA, Heinig MJ, Cohen RJ',
    year: 2003,
    title:
      'Risk factors for suboptimal infant breastfeeding behavior, delayed onset of lactation, and excess neonatal weight loss',
    container: 'Pediatrics',
    cite: ['Dewey et al. 2003', 'Dewey 2003'],
    checked: false,
  }),
  hartmannCregan2001: {
    kind: 'review',
    authors: 'Hartmann P, Cregan M',
    year: 2001,
    title: 'Lactogenesis and the effects of insulin-dependent diabetes mellitus and prematurity',
    container: 'J Nutr',
    cite: ['Hartmann & Cregan 2001'],
    checked: false,
  },
  neubauer1993: article({
    authors: 'Neubauer SH, Ferris AM, Chase CG, et al.',
    year: 1993,
    title: 'Delayed lactogenesis in women with insulin-dependent diabetes mellitus',
    container: 'Am J Clin Nutr',
    cite: ['Neubauer et al. 1993', 'Neubauer 1993'],
    checked: false,
  }),
  rasmussen2004: article({
    authors: 'Rasmussen KM, Kjolhede CL',
    year: 2004,
    title:
      'Prepregnant overweight and obesity diminish the prolactin response to suckling in the first week postpartum',
    container: 'Pediatrics',
    volume: '113',
    issue: '5',
    pages: 'e465–e471',
    doi: '10.1542/peds.113.5.e465',
    pmid: '15121990',
    cite: ['Rasmussen & Kjolhede 2004'],
    checked: true,
  }),
  onset2022: article({
    authors: '',
    year: 2022,
    title: 'A study of the onset of lactation and first breast contact',
    container: 'Nutrients',
    cite: ['Nutrients 2022 14:876', 'Nutrients 2022'],
    checked: false,
    note: 'Authors and title not yet checked; cited by journal, volume and article number.',
  }),
  santoro2010: article({
    authors: 'Santoro W Jr, Martinez FE, Ricco RG, Jorge SM',
    year: 2010,
    title:
      'Colostrum ingested during the first day of life by exclusively breastfed healthy newborn infants',
    container: 'J Pediatr',
    cite: ['Santoro et al. 2010', 'Santoro 2010'],
    checked: false,
  }),
  saint1984: article({
    authors: 'Saint L, Smith M, Hartmann PE',
    year: 1984,
    title:
      'The yield and nutrient content of colostrum and milk of women from giving birth to 1 month post-partum',
    container: 'Br J Nutr',
    volume: '52',
    issue: '1',
    pages: '87–95',
    doi: '10.1079/bjn19840074',
    pmid: '6743645',
    cite: ['Saint et al. 1984', 'Saint 1984'],
    checked: true,
    note: 'Nine infants test-weighed from birth: colostrum in the first 24 h 37.1 g (range 7.0–122.5).',
  }),
  bergman2013: {
    kind: 'review',
    authors: 'Bergman NJ',
    year: 2013,
    title: 'Neonatal stomach volume and physiology suggest feeding at 1-h intervals',
    container: 'Acta Paediatr',
    volume: '102',
    issue: '8',
    pages: '773–777',
    doi: '10.1111/apa.12291',
    pmid: '23662739',
    cite: ['Bergman 2013'],
    checked: true,
    note: 'A viewpoint article reviewing six studies of stomach capacity: about 20 mL at birth.',
  },

  // --- Disturbances -----------------------------------------------------------------------------
  neifert1990: article({
    authors: 'Neifert M, DeMarzo S, Seacat J, Young D, Leff M, Orleans M',
    year: 1990,
    title:
      'The influence of breast surgery, breast appearance, and pregnancy-induced breast changes on lactation sufficiency as measured by infant weight gain',
    container: 'Birth',
    volume: '17',
    issue: '1',
    pages: '31–38',
    doi: '10.1111/j.1523-536x.1990.tb00007.x',
    pmid: '2288566',
    cite: ['Neifert et al. 1990', 'Neifert 1990'],
    checked: true,
    note: '319 first-time mothers: 15 % had insufficient milk at 3 weeks despite intensive help; periareolar incision RR 4.55 (95 % CI 2.21–9.43).',
  }),
  kraut2017: {
    kind: 'review',
    authors: 'Kraut RY, Brown E, Korownyk C, et al.',
    year: 2017,
    title:
      'The impact of breast reduction surgery on breastfeeding: systematic review of observational studies',
    container: 'PLoS One',
    cite: ['Kraut et al. 2017', 'Kraut 2017'],
    checked: false,
  },
  who1984: article({
    authors:
      'Tankeyoon M, Dusitsin N, Chalapati S, Koetsawang S, Saibiang S, Sas M, Gellen JJ, Ayeni O, Gray R, Pinol A, Zegers L (WHO Task Force on Oral Contraceptives)',
    year: 1984,
    title: 'Effects of hormonal contraceptives on milk volume and infant growth',
    container: 'Contraception',
    volume: '30',
    issue: '6',
    pages: '505–522',
    cite: ['Tankeyoon et al. 1984', 'Tankeyoon 1984', 'WHO Task Force 1984'],
    checked: true,
    note: 'Randomised, double-blind: combined pill (n = 86) vs progestin-only pill (n = 85) from 6 weeks postpartum; after 18 weeks milk volume fell 41.9 % with the combined pill, 12.0 % with the progestin-only pill.',
  }),
  who1988: article({
    authors: 'WHO Task Force on Oral Contraceptives',
    year: 1988,
    title: 'Effects of hormonal contraceptives on breast milk composition and infant growth',
    container: 'Stud Fam Plann',
    volume: '19',
    issue: '6 Pt 1',
    pages: '361–369',
    pmid: '2906764',
    cite: ['WHO Task Force 1988'],
    checked: true,
    note: 'The same trial as Tankeyoon et al. 1984, reporting milk composition.',
  }),

  // --- Milk composition, diet and immunity ------------------------------------------------------
  nasser2010: article({
    authors: 'Nasser R, Stephen AM, Goh YK, Clandinin MT',
    year: 2010,
    title:
      'The effect of a controlled manipulation of maternal dietary fat intake on medium and long chain fatty acids in human breast milk in Saskatoon, Canada',
    container: 'Int Breastfeed J',
    volume: '5',
    pages: '3',
    doi: '10.1186/1746-4358-5-3',
    cite: ['Nasser et al. 2010', 'Nasser 2010'],
    checked: true,
    note: 'Changing the fat in the diet changed which fatty acids were in milk within 4 days; earlier studies it cites saw changes 8–10 h after a meal.',
  }),
  hassiotou2013: article({
    authors: 'Hassiotou F, Hepworth AR, Metzger P, Tat Lai C, Trengove N, Hartmann PE, Filgueira L',
    year: 2013,
    title: 'Maternal and infant infections stimulate a rapid leukocyte response in breastmilk',
    container: 'Clin Transl Immunology',
    volume: '2',
    issue: '4',
    pages: 'e3',
    doi: '10.1038/cti.2013.1',
    pmid: '25505951',
    cite: ['Hassiotou et al. 2013', 'Hassiotou 2013'],
    checked: true,
  }),
  hanson1981: {
    kind: 'chapter',
    authors: 'Hanson LÅ, Carlsson B, Cruz JR, Mellander L',
    year: 1981,
    title:
      'The mammary gland immune response and its relationship to intestinal antigenic exposure',
    container: 'In: The Mucosal Immune System. Springer Netherlands',
    cite: ['Hanson et al. 1981', 'Hanson 1981'],
    checked: true,
    note: 'Describes the entero-mammary link: secretory IgA in milk against microbes and food proteins met in the mother’s gut.',
  },
  moore2016: {
    kind: 'review',
    authors: 'Moore ER, Bergman N, Anderson GC, Medley N',
    year: 2016,
    title: 'Early skin-to-skin contact for mothers and their healthy newborn infants',
    container: 'Cochrane Database Syst Rev',
    issue: '11',
    pages: 'CD003519',
    doi: '10.1002/14651858.CD003519.pub4',
    cite: ['Moore et al. 2016', 'Moore 2016'],
    checked: true,
    note: 'Outcomes measured: breastfeeding at 1–4 months and exclusive breastfeeding, not the timing of milk coming in.',
  },

  // --- Not research: the source texts and clinical practice --------------------------------------
  seedHowMade: {
    kind: 'seed',
    authors: '',
    title: 'Breast milk production: how is breast milk made? (parent-facing blog post)',
    cite: ['seed text: how breast milk is made'],
    checked: false,
  },
  seedStages: {
    kind: 'seed',
    authors: '',
    title: 'Breastmilk production is divided into two stages (parent-facing blog post)',
    cite: ['seed text: breastmilk production stages'],
    checked: false,
  },
  smith1997: {
    kind: 'seed',
    authors: 'Smith LJ',
    year: 1997,
    title: 'How mother’s milk is made (quoted in the source text)',
    cite: ['Smith 1997', 'Linda J. Smith'],
    checked: false,
  },
  practiceBlockFeeding: {
    kind: 'practice',
    authors: '',
    title:
      'Block feeding for oversupply (one breast for about 4 h): lactation consultants’ practice; no trial of its outcomes was found',
    cite: ['practice-based: block feeding'],
    checked: false,
  },
  practiceSafety: {
    kind: 'practice',
    authors: '',
    title:
      'Common early-weeks safety advice used by lactation services; the family’s care team’s advice comes first',
    cite: ['practice-based: when to get help'],
    checked: false,
  },
  practiceTeaching: {
    kind: 'practice',
    authors: '',
    title: 'Clinical teaching without a measured constant (e.g. growth spurts settle in 2–3 days)',
    cite: ['clinical teaching (practice-based)', 'clinical teaching'],
    checked: false,
  },
  practiceOneBreast: {
    kind: 'practice',
    authors: 'La Leche League Canada',
    title: 'Guidance that one breast can feed a baby fully',
    cite: ['La Leche League Canada'],
    checked: false,
  },
  pumpingSurvey: {
    kind: 'practice',
    authors: '',
    title: 'Survey of exclusively pumping parents (weak evidence)',
    cite: ['exclusive-pumping parent survey (weak evidence)'],
    checked: false,
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];

export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(SOURCES, id);
}

export function sourceOf(id: SourceId): Source {
  return SOURCES[id];
}
