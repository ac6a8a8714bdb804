// Every built-in parent-facing text must read at US grade 8 or below.
// English: Flesch-Kincaid grade (flesch-kincaid + syllable, maintained libraries).
// Spanish: no maintained US-grade library for Spanish is installed, so the test computes the
// Fernández-Huerta index (1959), the Spanish adaptation of Flesch reading ease:
//   L = 206.84 − 0.60·P − 1.02·F   (P syllables per 100 words, F words per sentence).
// F is taken as mean sentence length, as in Flesch's formula it adapts; reading it as sentences
// per 100 words (a common misprint) would score shorter sentences as harder.
// On its scale 60–70 is "standard" (US grades 7–8) and above 70 easier, so L ≥ 60 is the
// Spanish bar for grade 8. Syllables are counted by the rule below (vowel nuclei with Spanish
// diphthongs and hiatus); it is an approximation, stated as such in the README.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import { STEP_KINDS } from '../../../src-main/contract/parent';
import {
  CATALOGS,
  catalogEntries,
  countText,
  fill,
  plainText,
} from '../../../src-main/walkthrough/catalog';

/** Typical values for the placeholders, so the text is scored as a parent reads it. */
const SAMPLE = {
  days: 42,
  day: 42,
  length: '7 days shown',
  seconds: 60,
  amount: 800,
  feeds: 10,
  percent: 60,
  count: 3,
  used: 14,
  rows: 16,
  n: 2,
  m: 7,
  line: 3,
  message: 'side must be Left, Right or Both',
};

const words = (text: string) => text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
/** Sentences end with . ! ? or …; a fragment without an end is one sentence. */
const sentences = (text: string) => Math.max(1, (text.match(/[.!?…]+(\s|$)/g) ?? []).length);
/** Texts of four words or more are scored one by one; shorter labels are scored together. */
const isProse = (text: string) => words(text).length >= 4;

function englishGrade(text: string): number {
  const w = words(text);
  const syl = w.reduce((s, x) => s + syllable(x), 0);
  return fleschKincaid({ sentence: sentences(text), word: w.length, syllable: syl });
}

const STRONG = 'aeoáéíóú';
const VOWEL = 'aeiouáéíóúüy';
/** Spanish syllables: one per vowel nucleus; two adjacent strong vowels are a hiatus. */
function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/y$/, 'i');
  let count = 0;
  let prev = '';
  for (const ch of w) {
    const vowel = VOWEL.includes(ch) && ch !== 'y';
    if (vowel && (prev === '' || (STRONG.includes(ch) && STRONG.includes(prev)))) count += 1;
    prev = vowel ? ch : '';
  }
  return Math.max(1, count);
}

function fernandezHuerta(text: string): number {
  const w = words(text);
  const syl = w.reduce((s, x) => s + spanishSyllables(x), 0);
  return 206.84 - 0.6 * ((syl / w.length) * 100) - 1.02 * (w.length / sentences(text));
}

function texts(lang: 'en' | 'es'): [string, string][] {
  const counts = {
    feedsText: countText(lang, 'feeds', 10),
    pumpsText: countText(lang, 'pumps', 2),
  };
  return catalogEntries(CATALOGS[lang]).map(([k, v]) => [
    k,
    plainText(fill(v, { ...SAMPLE, ...counts })),
  ]);
}

describe('readability of parent-facing text', () => {
  it('counts Spanish syllables with diphthongs and hiatus', () => {
    expect(spanishSyllables('leche')).toBe(2);
    expect(spanishSyllables('bebé')).toBe(2);
    expect(spanishSyllables('cuando')).toBe(2);
    expect(spanishSyllables('oxitocina')).toBe(5);
    expect(spanishSyllables('día')).toBe(2);
    expect(spanishSyllables('leer')).toBe(2);
    expect(spanishSyllables('hay')).toBe(1);
  });

  it('every English sentence text is at or below grade 8 (Flesch-Kincaid)', () => {
    const over = texts('en')
      .filter(([, t]) => isProse(t))
      .map(([k, t]) => [k, Math.round(englishGrade(t) * 10) / 10] as const)
      .filter(([, g]) => g > 8);
    expect(over).toEqual([]);
  });

  it('the short English labels, read together, are at or below grade 8', () => {
    const labels = texts('en')
      .filter(([, t]) => !isProse(t))
      .map(([, t]) => `${t}.`);
    expect(labels.length).toBeGreaterThan(10);
    expect(englishGrade(labels.join(' '))).toBeLessThanOrEqual(8);
  });

  it('every Spanish sentence text scores at least 60 on Fernández-Huerta (≈ grade 8)', () => {
    const under = texts('es')
      .filter(([, t]) => isProse(t))
      .map(([k, t]) => [k, Math.round(fernandezHuerta(t))] as const)
      .filter(([, l]) => l < 60);
    expect(under).toEqual([]);
  });

  it('the short Spanish labels, read together, score at least 60', () => {
    const labels = texts('es')
      .filter(([, t]) => !isProse(t))
      .map(([, t]) => `${t}.`);
    expect(fernandezHuerta(labels.join(' '))).toBeGreaterThanOrEqual(60);
  });
});

describe('catalogs', () => {
  it('English and Spanish have exactly the same keys and placeholders', () => {
    const en = new Map(catalogEntries(CATALOGS.en));
    const es = new Map(catalogEntries(CATALOGS.es));
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
    const holes = (s: string) => (s.match(/\{\{\w+\}\}|\]\(\w+\)/g) ?? []).sort();
    for (const [k, v] of en) expect([k, holes(es.get(k)!)]).toEqual([k, holes(v)]);
  });

  it('has a title and a caption for every step kind', () => {
    for (const kind of STEP_KINDS) {
      expect(CATALOGS.en.steps[kind].title.length).toBeGreaterThan(0);
      expect(CATALOGS.es.steps[kind].caption.length).toBeGreaterThan(0);
    }
  });
});
