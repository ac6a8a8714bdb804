// Evidence cards (resources/content/evidence.json): a popular claim, where it comes from, its
// verdict in the one vocabulary and the registry sources behind it. Read the same way by the app
// and by the exports; a malformed card drops out rather than breaking a screen or a report.
import { z } from 'zod';
import { isSourceId, type SourceId } from './registry';
import { VERDICTS } from './verdicts';

const sourceId = z.string().refine(isSourceId, 'not a source in the registry');

const cardSchema = z.object({
  id: z.string(),
  claim: z.string(),
  /** The source text the claim was taken from. */
  from: sourceId,
  verdict: z.enum(VERDICTS),
  /** The verdict in a few words of its own ("contradicted by ultrasound"). */
  verdictNote: z.string(),
  detail: z.string(),
  sources: z.array(sourceId).min(1),
  /** Glossary terms (structures, hormones) the claim is about. */
  appliesTo: z.array(z.string()),
});

export type EvidenceCard = Omit<z.infer<typeof cardSchema>, 'from' | 'sources'> & {
  from: SourceId;
  sources: SourceId[];
};

export function parseEvidence(doc: unknown): EvidenceCard[] {
  const claims = (doc as { claims?: unknown } | null)?.claims;
  if (!Array.isArray(claims)) return [];
  return claims.flatMap((c) => {
    const parsed = cardSchema.safeParse(c);
    return parsed.success ? [parsed.data as EvidenceCard] : [];
  });
}
