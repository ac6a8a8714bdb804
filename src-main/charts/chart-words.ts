// A chart's words in the reader's language or register. Charts are written in English; a words
// map (the clinician's Spanish catalog, or a parent handout's plain words) replaces each English
// phrase, `{{name}}` placeholders filled after the lookup so word order can change.

export type ChartWords = Readonly<Record<string, string>>;

/** Says an English chart phrase in the chart's words, its `{{name}}` placeholders filled. */
export type Say = (english: string, values?: Readonly<Record<string, string | number>>) => string;

export function makeSay(words?: ChartWords): Say {
  return (english, values) => {
    const said = words?.[english] ?? english;
    return values
      ? said.replace(/\{\{(\w+)\}\}/g, (all, name: string) =>
          name in values ? String(values[name]) : all,
        )
      : said;
  };
}

/** A number as the chart's words write it: their "decimal mark" is `,` in Spanish. */
export function localNumber(text: string, say: Say): string {
  if (say('decimal mark') !== ',') return text;
  // Swap the marks: 1,500.5 → 1.500,5.
  return text.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));
}
