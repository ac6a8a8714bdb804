// Turns what a person types into an FTS5 query. FTS5 syntax (quotes, NEAR, column filters, `-`)
// would otherwise make ordinary input a syntax error; each word becomes a quoted prefix term and
// the terms are ANDed.

/** Returns null when the text holds no searchable word. */
export function toFtsQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}_]+/gu);
  if (words === null) return null;
  return words
    .slice(0, 16)
    .map((w) => `"${w}"*`)
    .join(' ');
}
