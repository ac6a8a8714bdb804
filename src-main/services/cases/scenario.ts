// Scenario validation for the case library: the engine's own parser, with paths prefixed so an
// error points into the request or file it came from.
import { AppError, type ErrorCode } from '../../contract/errors';
import { controlCharProblem } from '../../contract/text';
import { parseScenario, type Scenario } from '../../sim/scenario';

export function joinPath(prefix: string, path: string | undefined): string {
  if (path === undefined || path === '') return prefix;
  if (prefix === '') return path;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/**
 * Returns the document itself once it is known to be valid. The name is a title people see in
 * lists and on the command line, so it is held to the title rule too (no control characters).
 */
export function checkScenario(
  input: unknown,
  prefix: string,
  code: ErrorCode = 'BAD_SCENARIO',
): Scenario {
  const result = parseScenario(input);
  if (result.ok) {
    const problem = controlCharProblem(result.value.name);
    if (problem === null) return input as Scenario;
    const path = joinPath(prefix, 'name');
    throw new AppError(code, `${path}: ${problem.message}`, path, problem.rule);
  }
  const path = joinPath(prefix, result.error.path);
  // parseScenario's message is "<path or (document)>: <problem>"; re-prefix it with our path.
  const where = result.error.path === '' ? '(document)' : result.error.path;
  const message = result.error.message.startsWith(`${where}: `)
    ? result.error.message.slice(where.length + 2)
    : result.error.message;
  throw new AppError(code, `${path}: ${message}`, path, result.error.rule);
}
