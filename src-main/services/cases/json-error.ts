// Where JSON text first goes wrong. Node 20's JSON.parse names the offset only for some errors
// ("Unexpected token" has none), and a clinician importing a hand-edited file needs a line and
// column. Runs only after JSON.parse has failed; iterative so deep nesting cannot overflow.

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** End of the string starting at `start` (a quote), or `{ error }` at the offending character. */
function scanString(text: string, start: number): number | { error: number } {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { error: i }; // raw control characters are not allowed in strings
    if (c === 0x5c) {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return { error: i };
      i = ESCAPE.lastIndex;
    } else i++;
  }
  return { error: text.length };
}

/** Offset of the first syntax error, or `text.length` when the text ends too early. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  // What may come next: a value, or (inside a container) a separator or a key.
  const stack: ('array' | 'object')[] = [];
  type Want = 'value' | 'firstValueOrClose' | 'key' | 'firstKeyOrClose' | 'colon' | 'after';
  let want: Want = 'value';
  const skip = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  /** Consumes a string; returns the error offset or null. */
  const string = (): number | null => {
    const end = scanString(text, i);
    if (typeof end !== 'number') return end.error;
    i = end;
    return null;
  };
  const match = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  for (;;) {
    skip();
    if (i >= text.length) return stack.length === 0 && want === 'after' ? -1 : text.length;
    const ch = text[i]!;
    switch (want) {
      case 'key':
      case 'firstKeyOrClose':
        if (ch === '}' && want === 'firstKeyOrClose') {
          stack.pop();
          i++;
          want = 'after';
        } else if (ch === '"') {
          const error = string();
          if (error !== null) return error;
          want = 'colon';
        } else return i;
        break;
      case 'colon':
        if (ch !== ':') return i;
        i++;
        want = 'value';
        break;
      case 'value':
      case 'firstValueOrClose':
        if (ch === ']' && want === 'firstValueOrClose') {
          stack.pop();
          i++;
          want = 'after';
        } else if (ch === '{') {
          stack.push('object');
          i++;
          want = 'firstKeyOrClose';
        } else if (ch === '[') {
          stack.push('array');
          i++;
          want = 'firstValueOrClose';
        } else if (ch === '"') {
          const error = string();
          if (error !== null) return error;
          want = 'after';
        } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
          i += 4;
          want = 'after';
        } else if (text.startsWith('false', i)) {
          i += 5;
          want = 'after';
        } else if (match(NUMBER)) want = 'after';
        else return i;
        break;
      case 'after': {
        const top = stack[stack.length - 1];
        if (top === undefined) return i; // trailing content after the document
        if (ch === ',') {
          i++;
          want = top === 'array' ? 'value' : 'key';
        } else if ((ch === ']' && top === 'array') || (ch === '}' && top === 'object')) {
          stack.pop();
          i++;
          want = 'after';
        } else return i;
        break;
      }
    }
  }
}
