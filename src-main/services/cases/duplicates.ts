// Titles for imported cases that repeat one already in use: "Maria" becomes "Maria (2)", or
// "Maria (3)" when that is taken too. Titles compare without regard to ASCII case, as the
// library's title index does.
import type { DuplicateTitle } from '../../contract/cases';

const TITLE_MAX = 200;

/** `title` with the number `n`, shortened so the result still fits a title. */
function numbered(title: string, n: number): string {
  const suffix = ` (${n})`;
  return `${title.slice(0, TITLE_MAX - suffix.length).trimEnd()}${suffix}`;
}

/** Index → new title, for the titles `duplicates` renames (none unless asked to rename). */
export function renames(
  duplicates: readonly DuplicateTitle[],
  rename: boolean,
): Map<number, string> {
  return new Map(rename ? duplicates.map((d) => [d.index, d.renamedTo]) : []);
}

/**
 * For each incoming title that is taken (by `inLibrary`, or by an earlier title of the same
 * file), the first free numbered title. Titles that are free are not listed.
 */
export function duplicateTitles(
  kind: DuplicateTitle['kind'],
  titles: readonly string[],
  inLibrary: (title: string) => boolean,
): DuplicateTitle[] {
  const key = (t: string) => t.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const taken = new Set<string>();
  const isTaken = (t: string) => taken.has(key(t)) || inLibrary(t);
  const out: DuplicateTitle[] = [];
  titles.forEach((title, index) => {
    if (!isTaken(title)) {
      taken.add(key(title));
      return;
    }
    let n = 2;
    while (isTaken(numbered(title, n))) n += 1;
    const renamedTo = numbered(title, n);
    taken.add(key(renamedTo));
    out.push({ kind, index, title, renamedTo });
  });
  return out;
}
