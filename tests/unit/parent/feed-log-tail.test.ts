// A feed log over the size read at once: the view sends its header and last whole lines, the
// main side reads that part, and a problem in it is numbered as the line of the whole file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFeedLog } from '../../../src-main/import/feed-log';
import { parseScenario, type Scenario } from '../../../src-main/sim/scenario';
import { lineInFile, tailWithin } from '../../../src-renderer/features/parent/feedLogTail';

const root = join(import.meta.dirname, '..', '..', '..');
const base = ((): Scenario => {
  const file = join(root, 'resources', 'scenarios', 'typical-feed-6-weeks.json');
  const r = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();

/** Ten days of feeds every three hours, one bad row on the last day (file line 77). */
function log(lineEnd: string, sep = ''): string {
  const rows = ['Time,Side,Duration,Volume'];
  for (let day = 1; day <= 10; day++)
    for (let hour = 0; hour < 24; hour += 3) {
      const stamp = `2025-03-${String(day).padStart(2, '0')} ${String(hour).padStart(2, '0')}:00`;
      rows.push(day === 10 && hour === 9 ? `${stamp},Middle,15,` : `${stamp},Left,15,`);
    }
  return sep + rows.join(lineEnd) + lineEnd;
}

describe('a long feed log', () => {
  it('sends the whole file when it fits', () => {
    expect(tailWithin(log('\n'), 100_000)).toEqual({ text: log('\n'), dropped: null });
  });

  it('keeps the header and the last whole lines within the limit, and says which were left out', () => {
    for (const end of ['\n', '\r\n']) {
      const file = log(end);
      const tail = tailWithin(file, 1000);
      expect(tail.text.length).toBeLessThanOrEqual(1000);
      expect(tail.text.startsWith(`Time,Side,Duration,Volume${end}`)).toBe(true);
      expect(file.endsWith(tail.text.slice(`Time,Side,Duration,Volume${end}`.length))).toBe(true);
      const lines = file.split(end);
      // Lines 2..to were left out; the part sent is the header and lines to+1 on.
      expect(tail.dropped?.from).toBe(2);
      expect(tail.text).toBe([lines[0], ...lines.slice(tail.dropped!.to)].join(end));
    }
  });

  it('keeps a spreadsheet’s sep= line with the header', () => {
    const tail = tailWithin(log('\n', 'sep=,\n'), 1000);
    expect(tail.text.startsWith('sep=,\nTime,Side,Duration,Volume\n')).toBe(true);
    expect(tail.dropped?.from).toBe(3);
  });

  it('reads the part sent and numbers its problems as lines of the whole file', () => {
    const file = log('\n');
    const tail = tailWithin(file, 1000);
    const result = importFeedLog(base, tail.text, { skipBadRows: true });
    const sent = tail.text.split('\n').length - 2;
    expect(result.usedRows).toBe(sent - 1);
    expect(result.problems.map((p) => lineInFile(p.line, tail))).toEqual([77]);
    expect(file.split('\n')[76]).toContain('Middle');
  });
});
