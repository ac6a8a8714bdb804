// What every screen shows for a failed call or run: one sentence in the interface language,
// worded from the error's code, field and rule (src-main/labels/errors.ts).
import type { ApiErrorData } from '../../src-main/contract/errors';
import type { Language } from '../../src-main/contract/parent';
import { errorSentence, type ErrorContext } from '../../src-main/labels/errors';
import { ApiError } from './apiError';
import { uiLanguage } from './i18n';

/**
 * The sentence for a contract error, a run's error or anything thrown on the way; in the
 * interface language unless the screen speaks another (the parent view: the family's).
 */
export function errorText(
  e: unknown,
  context: ErrorContext = {},
  language: Language = uiLanguage(),
): string {
  const data: ApiErrorData =
    e instanceof ApiError ? e.data : isErrorData(e) ? e : { code: 'INTERNAL', message: String(e) };
  return errorSentence(data, language, context);
}

function isErrorData(e: unknown): e is ApiErrorData {
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}
