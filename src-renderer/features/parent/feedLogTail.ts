// A feed log longer than the main side reads at once keeps its header and its last whole lines,
// as a long log keeps its latest part; the lines left out are said, and problems found in the
// part sent are numbered as the lines of the whole file, as the family's editor shows them.

export interface LogTail {
  text: string;
  /** The file's lines (counted from 1) that were not sent; null when all of it was. */
  dropped: { from: number; to: number } | null;
}

/** Lines with their endings, so the part sent keeps the file's own line breaks. */
const linesOf = (text: string) => text.split(/(?<=\n)/);

export function tailWithin(csv: string, maxChars: number): LogTail {
  if (csv.length <= maxChars) return { text: csv, dropped: null };
  const lines = linesOf(csv);
  // A spreadsheet's `sep=;` line comes before the header; both are needed to read the rest.
  const headLines = /^\uFEFF?sep=/i.test(lines[0] ?? '') ? 2 : 1;
  const head = lines.slice(0, headLines).join('');
  let size = head.length;
  let first = lines.length;
  while (first > headLines && size + lines[first - 1]!.length <= maxChars) {
    first -= 1;
    size += lines[first]!.length;
  }
  return {
    text: head + lines.slice(first).join(''),
    dropped: { from: headLines + 1, to: first },
  };
}

/** A line of the part sent as the line of the whole file. */
export function lineInFile(line: number, tail: LogTail): number {
  if (tail.dropped === null || line < tail.dropped.from) return line;
  return line + tail.dropped.to - tail.dropped.from + 1;
}
