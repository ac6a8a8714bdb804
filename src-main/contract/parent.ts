// Parent view methods and the walkthrough's stored shape. A case keeps its edited walkthrough as
// one entry of `beats` (type "parentWalkthrough"), so it travels with revisions and bundles.
import { z } from 'zod';
import { scenarioSchema } from '../sim/scenario';
import type { Scenario } from '../sim/scenario';
import { method } from './define';
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
  })
  .strict();
export type WalkthroughBeat = z.infer<typeof walkthroughBeatSchema>;

/** A family's usual pattern, entered by the clinician (or read from a feed log). */
export const feedingPatternSchema = z
  .object({
    feedsPerDay: z.number().int().min(1).max(16),
    /** One breast per feed (alternating) or both breasts each feed. */
    sides: z.enum(['one', 'both']),
    minutesPerBreast: z.number().min(1).max(60),
    /** Pump sessions a day, each right after a feed. */
    pumpsPerDay: z.number().int().min(0).max(16),
  })
  .strict();
export type FeedingPattern = z.infer<typeof feedingPatternSchema>;

export interface FeedLogProblem {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  message: string;
}

export interface FeedLogImport {
  /** The case's scenario with the log as its explicit feeding events; null when nothing usable. */
  scenario: Scenario | null;
  rows: number;
  usedRows: number;
  problems: FeedLogProblem[];
  /** Rows left out on purpose (e.g. bottle feeds), not errors. */
  ignored: FeedLogProblem[];
  days: number;
  feedsPerDay: number;
  loggedVolumeMl: number | null;
}

export interface ParentHandoutResponse {
  filename: string;
  mime: 'application/pdf';
  base64: string;
}

export const parentMethods = {
  /** Validates a feed-log CSV row by row and turns it into the scenario's feeding events. */
  'parent.importFeedLog': method<FeedLogImport>()(
    z
      .object({
        scenario: scenarioSchema,
        csv: z.string().max(2_000_000),
        /** false: any bad row means no scenario is returned. */
        skipBadRows: z.boolean().default(false),
      })
      .strict(),
  ),
  /** The parent handout PDF in the chosen language and paper size. */
  'parent.handout': method<ParentHandoutResponse>()(
    z
      .object({
        scenario: scenarioSchema,
        caseTitle: lineText(200),
        language: z.enum(LANGUAGES),
        paper: z.enum(PAPERS),
        walkthrough: walkthroughBeatSchema.optional(),
        parentNotes: blockText(20_000).default(''),
        /** A what-if to show beside the family's pattern. */
        whatIf: z.enum(['moreFeeds', 'pumpAfterFeeds', 'blockFeeding']).optional(),
        pattern: feedingPatternSchema.optional(),
      })
      .strict(),
  ),
};

export type ParentMethodName = keyof typeof parentMethods;
