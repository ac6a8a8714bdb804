// Parent view methods and the walkthrough's stored shape. A case keeps its edited walkthrough as
// one entry of `beats` (type "parentWalkthrough"), so it travels with revisions and bundles.
import { z } from 'zod';
import { scenarioSchema } from '../sim/scenario';
import type { Scenario } from '../sim/scenario';
import { method } from './define';
import { drawingSchema } from './svg-drawing';
import { blockText, lineText } from './text';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PAPERS = ['A4', 'Letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** Every step the generator knows; each has a title and caption in the catalogs. */
export const STEP_KINDS = [
  'intro',
  'birth',
  'milkComesIn',
  'retainedPlacenta',
  'latch',
  'prolactin',
  'letDown',
  'stress',
  'surgery',
  'sheehan',
  'contraception',
  'smallStorage',
  'oversupply',
  'pumping',
  'moreOutMoreMade',
  'pattern',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** One step as the clinician left it: which step, and their own words where they reworded it. */
export const storedStepSchema = z
  .object({
    kind: z.enum(STEP_KINDS),
    title: lineText(120).optional(),
    caption: blockText(600, 1).optional(),
    note: blockText(1000, 1).optional(),
  })
  .strict();
export type StoredStep = z.infer<typeof storedStepSchema>;

export const WALKTHROUGH_BEAT = 'parentWalkthrough';

/** The beat: chosen steps in the clinician's order, and personal notes for the family. */
export const walkthroughBeatSchema = z
  .object({
    type: z.literal(WALKTHROUGH_BEAT),
    steps: z
      .array(storedStepSchema)
      .max(STEP_KINDS.length)
      .refine((s) => new Set(s.map((x) => x.kind)).size === s.length, {
        message: 'a step may appear only once',
      }),
    notes: blockText(4000).default(''),
    /** The title the family sees on screen and on the handout (default: a neutral one). */
    parentTitle: lineText(120).optional(),
    /** What the family knows about the baby that the scenario does not hold. */
    baby: z
      .object({ wetDiapersPerDay: z.number().int().min(0).max(30).optional() })
      .strict()
      .optional(),
  })
  .strict();
export type WalkthroughBeat = z.infer<typeof walkthroughBeatSchema>;

/** A family's usual pattern, entered by the clinician (or read from a feed log). */
export const feedingPatternSchema = z
  .object({
    /** 0 for a mother who pumps and does not put the baby to the breast. */
    feedsPerDay: z.number().int().min(0).max(16),
    /** One breast per feed (alternating) or both breasts each feed. */
    sides: z.enum(['one', 'both']),
    minutesPerBreast: z.number().min(1).max(60),
    /** Pump sessions a day: right after feeds first, any more spread between them. */
    pumpsPerDay: z.number().int().min(0).max(16),
  })
  .strict();
export type FeedingPattern = z.infer<typeof feedingPatternSchema>;

/** The layouts a feed log may have: four tracker apps' exports, or a plain table. */
export const FEED_LOG_FORMATS = [
  'huckleberry',
  'babyTrackerNursing',
  'babyTrackerPump',
  'babyConnect',
  'babyBuddy',
  'table',
] as const;
export type FeedLogFormat = (typeof FEED_LOG_FORMATS)[number];

export const DATE_ORDERS = ['dayFirst', 'monthFirst'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/**
 * One note about one row. `code` names the kind (the renderer words it in the family's
 * language from `values`); `message` is the same in English for the API and the command line.
 */
export interface FeedLogProblem {
  /** 1-based line in the file as an editor counts it (the header is usually line 1). */
  line: number;
  code: string;
  values: Record<string, string | number>;
  message: string;
}

export interface FeedLogImport {
  /** The case's scenario with the log as its explicit feeding events; null when nothing usable. */
  scenario: Scenario | null;
  /** The layout the header was read as; null when it is not a feed log. */
  format: FeedLogFormat | null;
  rows: number;
  usedRows: number;
  problems: FeedLogProblem[];
  /** Rows left out on purpose (bottle feeds, nappies, sleep…), not errors. */
  ignored: FeedLogProblem[];
  /** Readings the user should know of (a feed across a clock change). */
  notices: FeedLogProblem[];
  /** How d/m dates were read and why, with the first such date as an example. */
  dateOrder: {
    order: DateOrder;
    decidedBy: 'data' | 'choice';
    example: { text: string; year: number; month: number; day: number };
  } | null;
  /** The data cannot tell day/month from month/day: the user must choose (example text). */
  askDateOrder: string | null;
  /** Rows before the model's longest run, left out to keep the latest part of the log. */
  trimmed: { rows: number; firstKept: string; days: number } | null;
  /** Readable rows, but none a breastfeed or a pump session. */
  noBreastRows: boolean;
  days: number;
  feedsPerDay: number;
  loggedVolumeMl: number | null;
}

export interface ParentHandoutResponse {
  filename: string;
  mime: 'application/pdf';
  base64: string;
}

/** The longest feed log read at once; the view sends a longer file's latest lines. */
export const FEED_LOG_MAX_CHARS = 2_000_000;

export const parentMethods = {
  /** Validates a feed-log CSV row by row and turns it into the scenario's feeding events. */
  'parent.importFeedLog': method<FeedLogImport>()(
    z
      .object({
        scenario: scenarioSchema,
        csv: z.string().max(FEED_LOG_MAX_CHARS),
        /** false: any bad row means no scenario is returned. */
        skipBadRows: z.boolean().default(false),
        /** How to read d/m dates when the data cannot tell (the user's answer). */
        dateOrder: z.enum(DATE_ORDERS).optional(),
      })
      .strict(),
  ),
  /** The parent handout PDF in the chosen language and paper size. */
  'parent.handout': method<ParentHandoutResponse>()(
    z
      .object({
        scenario: scenarioSchema,
        /** The title printed on the handout and in its metadata. */
        parentTitle: lineText(120),
        /** The clinician's own title, printed only when they choose to. */
        caseTitle: lineText(200).optional(),
        /** Personal details, printed only when the clinician chooses to. */
        personal: z
          .object({ parentFirstName: lineText(60).optional() })
          .strict()
          .optional(),
        language: z.enum(LANGUAGES),
        paper: z.enum(PAPERS),
        /** The steps chosen for the handout, in order, with the clinician's words. */
        walkthrough: walkthroughBeatSchema.optional(),
        /**
         * The parent drawing at each chosen step's moment, as the screen draws it (shapes only,
         * `svg-drawing.ts`); printed beside the step with its plain labels.
         */
        drawings: z
          .array(z.object({ kind: z.enum(STEP_KINDS), drawing: drawingSchema }).strict())
          .max(STEP_KINDS.length)
          .default([]),
        parentNotes: blockText(20_000).default(''),
        /** A what-if to show beside the family's pattern; none unless chosen. */
        whatIf: z.enum(['moreFeeds', 'pumpAfterFeeds', 'blockFeeding']).optional(),
        pattern: feedingPatternSchema.optional(),
      })
      .strict(),
  ),
};

export type ParentMethodName = keyof typeof parentMethods;
