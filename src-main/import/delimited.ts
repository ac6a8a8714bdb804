// Reads a delimited text file (CSV as spreadsheets and tracker apps save it) into records, each
// with the line it starts on as an editor counts lines: a quoted cell may hold line breaks, and
// "\r\n", "\n" and a lone "\r" each end one line. The delimiter is a comma, a semicolon (the
// CSV of spreadsheets in Spanish and most European locales) or a tab, named by an Excel
// "sep=" first line or else taken from the header.

export type Delimiter = ',' | ';' | '\t';

export interface DelimitedRecord {
  /** 1-based line on which the record starts. */
  line: number;
  cells: string[];
}

export interface DelimitedText {
  delimiter: Delimiter;
  records: DelimitedRecord[];
}

const DELIMITERS: Delimiter[] = [',', ';', '\t'];

/** The delimiter used most outside quotes on the first non-empty line; a comma on a tie. */
function guessDelimiter(firstLine: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch as Delimiter))
      counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

export function readDelimited(input: string): DelimitedText {
  let text = input.replace(/^\uFEFF/, '');
  let firstLine = 1;
  const sep = /^sep=(.)\r?\n?/i.exec(text);
  let delimiter: Delimiter | null = null;
  if (sep && DELIMITERS.includes(sep[1] as Delimiter)) {
    delimiter = sep[1] as Delimiter;
    text = text.slice(sep[0].length);
    firstLine = 2;
  }
  delimiter ??= guessDelimiter(/^[\r\n]*([^\r\n]*)/.exec(text)?.[1] ?? '');
  const records: DelimitedRecord[] = [];
  let line = firstLine;
  let cells: string[] = [];
  let cell = '';
  let start = line;
  let quoted = false;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { delimiter, records };
}
