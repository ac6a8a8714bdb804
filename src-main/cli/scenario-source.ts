// `FILE | case:<id>`: where the command-line tools get a scenario, validated, with one-line errors.
import { readFileSync } from 'node:fs';
import { AppError } from '../contract/errors';
import { parseScenario, type Scenario } from '../sim/index';
import { CliError } from './run';

/** A scenario from the case library; the library (SQLite) is loaded only when asked for. */
async function caseScenario(id: string, db: string | undefined): Promise<Scenario> {
  if (id === '') throw new CliError('case: needs a case id (case:<id>)');
  try {
    const { loadCaseScenario } = await import('../services/cases');
    return loadCaseScenario(id, db);
  } catch (error) {
    if (error instanceof AppError) throw new CliError(`case:${id}: ${error.message}`);
    throw error;
  }
}

function fileScenario(file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = parseScenario(doc);
  if (!parsed.ok) throw new CliError(`${file}: ${parsed.error.message}`);
  return parsed.value;
}

export function loadScenarioSource(source: string, db?: string): Promise<Scenario> | Scenario {
  return source.startsWith('case:')
    ? caseScenario(source.slice('case:'.length), db)
    : fileScenario(source);
}
