import { contract, isMethodName, type Handlers } from '../contract/index';
import { AppError, formatPath, type Result } from '../contract/errors';

/** SQLite refusing a write to a library opened read-only (SQLITE_READONLY and its variants). */
function isReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY');
}

/**
 * The single entry point behind every transport: checks the method name, validates the request
 * with the contract's schema, runs the handler and returns errors as data.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  raw: unknown,
): Promise<Result<unknown>> {
  if (!isMethodName(name)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown method "${name}"` } };
  }
  const parsed = contract[name].request.safeParse(raw === undefined ? {} : raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? formatPath(issue.path) : '';
    const code = path.startsWith('scenario') ? 'BAD_SCENARIO' : 'BAD_REQUEST';
    const message = issue ? `${path || 'request'}: ${issue.message}` : 'Invalid request';
    return { ok: false, error: { code, message, path } };
  }
  try {
    const handler = handlers[name] as (request: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toData() };
    if (isReadOnlyError(error)) {
      return {
        ok: false,
        error: {
          code: 'READ_ONLY',
          message: 'The case library is open read-only: nothing can be saved in this session.',
        },
      };
    }
    console.error(`[lactasim] ${name} failed:`, error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
