// Text fields that people type: titles, tags, names and notes. Control characters (NUL, which
// SQLite's length() stops at, and ESC, which starts a terminal escape sequence when the command
// line prints a title) are refused with the character and its position, so the person can find it.
import { z } from 'zod';
import type { ErrorRule } from './errors';

// C0 controls, DEL, C1 controls (0x9b is a one-byte terminal escape), line/paragraph separators.
// eslint-disable-next-line no-control-regex
const LINE_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// The same, but tab, line feed and carriage return are part of multi-line text.
// eslint-disable-next-line no-control-regex
const BLOCK_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

// A high surrogate without its low half, or a low one without its high half: not text at all
// (SQLite would store it as U+FFFD, so the saved title would differ from the one sent).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const codePoint = (c: string) =>
  `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export interface TextProblem {
  /** For the command line and import reports, in English. */
  message: string;
  rule: ErrorRule;
}

/**
 * The first control character (or broken UTF-16) in `text`, described for a person and as a
 * rule; null when there is none.
 */
export function controlCharProblem(text: string, multiLine = false): TextProblem | null {
  const lone = LONE_SURROGATE.exec(text);
  if (lone !== null) {
    const at = lone.index + 1;
    return {
      message: `is not well-formed text (half of a character pair at character ${at})`,
      rule: { id: 'brokenText', at },
    };
  }
  const match = (multiLine ? BLOCK_CONTROL : LINE_CONTROL).exec(text);
  if (match === null) return null;
  const at = match.index + 1;
  return {
    message:
      `must not contain control characters (found ${codePoint(match[0])} at character ` +
      `${at}); retype it without them`,
    rule: { id: 'controlChar', at },
  };
}

function refuseControls(multiLine: boolean) {
  return (text: string, ctx: z.RefinementCtx) => {
    const problem = controlCharProblem(text, multiLine);
    if (problem !== null)
      ctx.addIssue({ code: 'custom', message: problem.message, params: { rule: problem.rule } });
  };
}

/** One line of text: trimmed, `min`..`max` characters, no control characters. */
export function lineText(max: number, min = 1) {
  return z.string().trim().min(min).max(max).superRefine(refuseControls(false));
}

/**
 * Notes, summaries and captions: line breaks and tabs allowed, other control characters not.
 * With `min` > 0 the text is trimmed first, so blank text does not count.
 */
export function blockText(max: number, min = 0) {
  const base = min > 0 ? z.string().trim().min(min) : z.string();
  return base.max(max).superRefine(refuseControls(true));
}
