// One verdict vocabulary for claims, used the same way by evidence cards, lessons and the parent
// view: what the literature says about a popular claim as it is stated.
export const VERDICTS = [
  'supported',
  'partly supported',
  'contested',
  'unsupported',
  'practice-based',
] as const;

export type Verdict = (typeof VERDICTS)[number];

/** What each verdict means, for the Evidence screen's key and the handouts. */
export const VERDICT_MEANING: Record<Verdict, string> = {
  supported: 'Measured in people, and the claim says what was measured.',
  'partly supported': 'Part of the claim holds, or it holds as stated only in outline.',
  contested: 'Studies disagree with it, or the figure it rests on is not what was measured.',
  unsupported: 'Studies contradict it, or no study supports it.',
  'practice-based': 'Clinical practice with little or no trial evidence either way.',
};

export function isVerdict(word: string): word is Verdict {
  return (VERDICTS as readonly string[]).includes(word);
}

/** The catalog key of each verdict in the parent texts (`verdicts.<key>`). */
export const VERDICT_KEY: Record<Verdict, string> = {
  supported: 'supported',
  'partly supported': 'partlySupported',
  contested: 'contested',
  unsupported: 'unsupported',
  'practice-based': 'practiceBased',
};
