import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src-main/services/cases/json-error';

describe('jsonErrorOffset', () => {
  const cases: [string, string, number][] = [
    ['a trailing comma in an object', '{"a":1,}', 7],
    ['a missing comma in an array', '[1 2]', 3],
    ['a missing colon', '{"a" 1}', 5],
    ['a bare word', '{"a": yes}', 6],
    ['content after the document', '{} x', 3],
    ['a raw newline inside a string', '["a\nb"]', 3],
    ['an unterminated string (end of text)', '"abc', 4],
    ['an unclosed array (end of text)', '[1, [2', 6],
  ];
  for (const [name, text, offset] of cases) {
    it(`points at ${name}`, () => {
      expect(() => JSON.parse(text)).toThrow();
      expect(jsonErrorOffset(text)).toBe(offset);
    });
  }

  it('returns -1 for valid JSON, deep nesting included', () => {
    expect(jsonErrorOffset('{"a":[1,-2.5e3,true,false,null,"x\\u00e9"],"b":{}}')).toBe(-1);
    expect(jsonErrorOffset('['.repeat(100_000) + ']'.repeat(100_000))).toBe(-1);
  });
});
