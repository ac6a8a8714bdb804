// Observable Plot–style SVG snapshots: compare normalised output with tests/fixtures/charts/<name>.svg;
// on a mismatch write <name>-changed.svg beside it for a visual diff and fail. A missing snapshot is
// written (first run); UPDATE_SNAPSHOTS=1 rewrites all of them.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { snapshotDir } from '../../fixtures/charts/fixture';

/** Rounds every decimal to 1 place so last-digit float differences between platforms don't fail. */
export function normaliseSvg(svg: string): string {
  return svg.replace(/(?<![:\d.])-?\d+\.\d+/g, (m) => {
    const r = Math.round(Number(m) * 10) / 10;
    return String(Object.is(r, -0) ? 0 : r);
  });
}

/** Returns null when the snapshot matches, else a message naming the -changed file. */
export function checkSnapshot(name: string, svg: string): string | null {
  const file = join(snapshotDir, `${name}.svg`);
  const changed = join(snapshotDir, `${name}-changed.svg`);
  const actual = normaliseSvg(svg) + '\n';
  if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(file)) {
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return null;
  }
  if (readFileSync(file, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return null;
  }
  writeFileSync(changed, actual);
  return `${name}.svg differs from the snapshot; see ${changed} (UPDATE_SNAPSHOTS=1 to accept)`;
}
