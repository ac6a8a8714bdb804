// Case library methods: request schemas (validated on the main side) and response types (imported
// type-only by the renderer). Times cross the boundary as ISO 8601 strings in UTC.
import { z } from 'zod';
import type { scenarioSchema, Scenario } from '../sim/scenario';
import { method } from './define';
import { jsonObject, refineJson } from './json-value';
import { WALKTHROUGH_BEAT, walkthroughBeatSchema } from './parent';
import { blockText, lineText } from './text';

/** A scenario as a caller may send it; the handler validates it with `parseScenario`. */
export type ScenarioInput = z.input<typeof scenarioSchema>;

// The scenario is checked by the handler rather than here, so its errors carry the code
// BAD_SCENARIO and a full path such as `patch.scenario.mother.storageCapacityMl.left`.
const scenarioField = z.custom<ScenarioInput>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  { message: 'scenario must be a JSON object' },
);

/** `c_` + 12 base32 characters for user cases, `b_<slug>` for built-ins. */
export const caseIdSchema = z.string().regex(/^[a-z]_[a-z0-9-]{1,80}$/, 'not a case id');
export const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'not a scenario slug');

export const titleSchema = lineText(200);
export const tagSchema = lineText(40);
export const tagsSchema = z.array(tagSchema).max(30);
export const notesSchema = blockText(20_000);

/**
 * Details about a real family. Marked personal: left out of exports unless asked for. The baby's
 * age is not one of them: it is the scenario's start, which the model, the parent view and the
 * handout all read.
 */
export const personalSchema = z
  .object({
    parentFirstName: lineText(60).optional(),
    // Written by earlier case editors and read by nothing: accepted so their cases and bundles
    // still load, and dropped there (normalizePersonal), so it cannot disagree with the scenario.
    babyAgeDays: z.number().int().min(0).max(3650).optional(),
  })
  .strict();
/** Personal details as stored, shown and exported: without the retired baby age. */
export type PersonalDetails = Omit<z.infer<typeof personalSchema>, 'babyAgeDays'>;
/** Personal details as a request or an old file may give them. */
export type PersonalDetailsInput = z.infer<typeof personalSchema>;

/** Bounds of one free-form beat: room for a full parent walkthrough several times over. */
export const BEAT_LIMITS = { maxDepth: 16, maxChars: 64_000 } as const;
/** Bounds of all beats of one case together. */
export const BEATS_MAX_CHARS = 1_000_000;

/**
 * Story beats for presentation and walkthrough. Each kind of beat is named by its `type`; a
 * parent walkthrough beat must match its strict schema, other kinds are kept as written within
 * `BEAT_LIMITS`.
 */
export const beatSchema = jsonObject(BEAT_LIMITS).superRefine((beat, ctx) => {
  if (beat['type'] !== WALKTHROUGH_BEAT) return;
  const parsed = walkthroughBeatSchema.safeParse(beat);
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  if (issue) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
});
export const beatsSchema = z
  .array(beatSchema)
  .max(500)
  .superRefine((beats, ctx) =>
    refineJson(beats, ctx, { maxDepth: BEAT_LIMITS.maxDepth + 1, maxChars: BEATS_MAX_CHARS }),
  );
export type Beat = z.infer<typeof beatSchema>;

export const caseSortSchema = z.enum(['title', 'updated', 'created', 'relevance']);
export type CaseSort = z.infer<typeof caseSortSchema>;

export interface CaseSummary {
  id: string;
  title: string;
  tags: string[];
  /** Built-ins are read-only; duplicate one to edit it. */
  builtin: boolean;
  builtinSlug: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** Set while the case is in the trash; it is purged 30 days later. */
  deletedAt: string | null;
  hasPersonal: boolean;
}

export interface TagCount {
  tag: string;
  count: number;
}

export interface CaseListResponse {
  cases: CaseSummary[];
  /** Matches before `limit`/`offset`. */
  total: number;
  /** Every tag in use (in live cases, or in all cases with `includeDeleted`). */
  tags: TagCount[];
}

export interface CaseDetail extends CaseSummary {
  notes: string;
  parentNotes: string;
  scenario: Scenario;
  personal: PersonalDetails | null;
  beats: Beat[];
}

export interface CaseRevisionSummary {
  revision: number;
  title: string;
  savedAt: string;
  current: boolean;
}

export interface CaseRevisionsResponse {
  id: string;
  /** Newest first; the first entry is the current version. */
  revisions: CaseRevisionSummary[];
}

export interface CaseRevisionDetail {
  id: string;
  revision: number;
  savedAt: string;
  current: boolean;
  title: string;
  tags: string[];
  notes: string;
  parentNotes: string;
  scenario: unknown;
  personal: PersonalDetails | null;
  beats: Beat[];
}

export interface CaseDeleteResponse {
  id: string;
  deletedAt: string;
  /** When the case leaves the trash for good. */
  purgeAfter: string;
}

export const BUNDLE_FORMAT = 'lactasim/bundle@1';
export const BUNDLE_MAX_CASES = 10_000;

/** One case in a `.lactasim` bundle. */
export const bundleCaseSchema = z
  .object({
    /** The id in the exporting library; informative only, imports always get new ids. */
    id: lineText(100).optional(),
    title: titleSchema,
    tags: tagsSchema.default([]),
    notes: notesSchema.default(''),
    parentNotes: notesSchema.default(''),
    personal: personalSchema.optional(),
    beats: beatsSchema.default([]),
    scenario: z.unknown(),
  })
  .strict();

export const bundleEnvelopeSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    exportedAt: z.iso.datetime({ offset: true }).optional(),
    app: z
      .object({ version: lineText(50, 0) })
      .strict()
      .optional(),
    cases: z.array(z.unknown()).max(BUNDLE_MAX_CASES),
  })
  .strict();

export interface BundleCase {
  id?: string;
  title: string;
  tags: string[];
  notes: string;
  parentNotes: string;
  personal?: PersonalDetails;
  beats: Beat[];
  scenario: Scenario;
}

export interface CaseBundle {
  format: typeof BUNDLE_FORMAT;
  exportedAt: string;
  app: { version: string };
  cases: BundleCase[];
}

export interface ImportResponse {
  imported: { id: string; title: string }[];
}

/** A bundle record whose title is already used (in the library or earlier in the same file). */
export interface DuplicateTitle {
  kind: 'case' | 'lesson';
  /** Index in the bundle's `cases` (or `lessons`). */
  index: number;
  title: string;
  /** What `duplicateTitles: 'rename'` would call it, e.g. "Maria (2)". */
  renamedTo: string;
}

export interface ImportCheckResponse {
  /** Records (cases; for a lesson bundle, lessons and cases) the bundle would import. */
  count: number;
  duplicates: DuplicateTitle[];
}

const importRequest = z
  .object({
    bundle: z.unknown(),
    /** 'rename': a title already in use gets a number, "Maria (2)"; 'keep' (default): as is. */
    duplicateTitles: z.enum(['keep', 'rename']).optional(),
  })
  .strict();

const idRequest = z.object({ id: caseIdSchema }).strict();
const revisionNumber = z.number().int().min(1);

const patchSchema = z
  .object({
    title: titleSchema.optional(),
    tags: tagsSchema.optional(),
    notes: notesSchema.optional(),
    parentNotes: notesSchema.optional(),
    scenario: scenarioField.optional(),
    /** null removes the personal details. */
    personal: personalSchema.nullable().optional(),
    beats: beatsSchema.optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'patch is empty' });

export const caseMethods = {
  'cases.list': method<CaseListResponse>()(
    z
      .object({
        query: lineText(200, 0).optional(),
        tag: tagSchema.optional(),
        /** Default: relevance when there is a query, otherwise most recently updated. */
        sort: caseSortSchema.optional(),
        includeDeleted: z.boolean().default(false),
        limit: z.number().int().min(1).max(10_000).default(500),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
  ),
  'cases.get': method<CaseDetail>()(idRequest),
  'cases.create': method<CaseDetail>()(
    z
      .object({
        /** Start from a built-in scenario's document ... */
        fromBuiltin: slugSchema.optional(),
        /** ... or from this one. Exactly one of the two. */
        scenario: scenarioField.optional(),
        /** Default: the built-in's title or the scenario's name. */
        title: titleSchema.optional(),
        tags: tagsSchema.default([]),
        notes: notesSchema.default(''),
        parentNotes: notesSchema.default(''),
        personal: personalSchema.optional(),
        beats: beatsSchema.default([]),
      })
      .strict()
      .refine((r) => (r.fromBuiltin === undefined) !== (r.scenario === undefined), {
        message: 'give exactly one of fromBuiltin and scenario',
      }),
  ),
  'cases.update': method<CaseDetail>()(
    z.object({ id: caseIdSchema, baseRevision: revisionNumber, patch: patchSchema }).strict(),
  ),
  'cases.duplicate': method<CaseDetail>()(idRequest),
  'cases.delete': method<CaseDeleteResponse>()(idRequest),
  'cases.undoDelete': method<CaseSummary>()(idRequest),
  'cases.revisions': method<CaseRevisionsResponse>()(idRequest),
  'cases.getRevision': method<CaseRevisionDetail>()(
    z.object({ id: caseIdSchema, revision: revisionNumber }).strict(),
  ),
  'cases.restoreRevision': method<CaseDetail>()(
    z.object({ id: caseIdSchema, revision: revisionNumber, baseRevision: revisionNumber }).strict(),
  ),
  'cases.exportBundle': method<CaseBundle>()(
    z
      .object({
        ids: z.array(caseIdSchema).min(1).max(BUNDLE_MAX_CASES),
        /** false (default): personal details are left out of the file. */
        keepPersonal: z.boolean().default(false),
      })
      .strict(),
  ),
  /** Checks a bundle as an import would, writing nothing: how many cases, which titles repeat. */
  'cases.checkImport': method<ImportCheckResponse>()(z.object({ bundle: z.unknown() }).strict()),
  'cases.importBundle': method<ImportResponse>()(importRequest),
};

export type CaseMethodName = keyof typeof caseMethods;
