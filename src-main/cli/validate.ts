// `npx tsx src-main/cli/validate.ts`: the V1–V12 table; exit 1 if any target is red or wrong.
import { formatValidationTable, runValidation } from '../sim/validation';

const { results, population } = runValidation();
process.stdout.write(formatValidationTable(results, population) + '\n');
const failed = results.filter((r) => r.verdict === 'red' || r.verdict === 'wrong trend');
process.exitCode = failed.length > 0 ? 1 : 0;
