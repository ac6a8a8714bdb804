// The parent-facing message catalogs (English and Spanish) and the small markup their captions
// use: `[shown words](termId)` marks a glossary term a parent can tap. Shared by the renderer
// (react-i18next) and the handout (i18next on the main side), so both say the same thing.
import type { Language } from '../contract/parent';
import type { WalkthroughStep } from './steps';
import type { WhatIfDifference } from './what-if';
import { MOST_FEEDS_PER_DAY } from './quantities';
import en from '../../resources/content/parent/en.json';
import es from '../../resources/content/parent/es.json';

export type Catalog = typeof en;
export const CATALOGS: Record<Language, Catalog> = { en, es };
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

export type TermId = keyof Catalog['glossary'];

export type Segment = { text: string } | { text: string; term: TermId };

const TERM = /\[([^\]]+)\]\(([A-Za-z]+)\)/g;

function isTerm(id: string): id is TermId {
  return Object.prototype.hasOwnProperty.call(en.glossary, id);
}

/** Splits a caption into plain text and tappable terms (unknown term ids stay plain text). */
export function segments(caption: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of caption.matchAll(TERM)) {
    const [whole, shown = '', id = ''] = m;
    if (m.index > last) out.push({ text: caption.slice(last, m.index) });
    out.push(isTerm(id) ? { text: shown, term: id } : { text: shown });
    last = m.index + whole.length;
  }
  if (last < caption.length) out.push({ text: caption.slice(last) });
  return out;
}

/** The caption as it is read aloud or printed: the markup removed. */
export function plainText(caption: string): string {
  return caption.replace(TERM, '$1');
}

/** Fills `{{name}}` placeholders (the i18next syntax) from values; used where no i18next runs. */
export function fill(template: string, values: Record<string, number | string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (all, name: string) =>
    name in values ? String(values[name]) : all,
  );
}

/** Every leaf string of a catalog with its dotted key. */
export function catalogEntries(catalog: unknown, prefix = ''): [string, string][] {
  if (typeof catalog === 'string') return [[prefix, catalog]];
  if (catalog !== null && typeof catalog === 'object') {
    return Object.entries(catalog).flatMap(([k, v]) =>
      catalogEntries(v, prefix ? `${prefix}.${k}` : k),
    );
  }
  return [];
}

/** The what-if's difference in one plain sentence ("About 90 mL more milk a day after 7 days."). */
export function whatIfSentence(language: Language, diff: WhatIfDifference): string {
  const w = CATALOGS[language].whatIf;
  const amount = Math.abs(diff.supplyChange);
  // Under 20 mL a day is within the run-to-run wobble of the model: call it the same.
  if (amount < 20) return fill(w.same, { days: diff.days });
  return fill(diff.supplyChange > 0 ? w.more : w.less, { amount, days: diff.days });
}

/** The latch step of a story that starts with the pump, not the baby. */
const startsWithPump = (step: WalkthroughStep) =>
  step.kind === 'latch' && step.params['pump'] === 1;

type CaptionVariant =
  | 'caption'
  | 'captionAtBirth'
  | 'captionVeryOften'
  | 'captionPump'
  | 'captionPumping'
  | 'captionFeedsAndPumping';

/**
 * The variant of a step's caption: a story from birth, a baby feeding more often than any
 * measured, a story that starts with the pump, a pattern with pumping sessions.
 */
function captionVariant(step: WalkthroughStep): CaptionVariant {
  const p = step.params;
  if (step.kind === 'intro' && p['days'] === 0) return 'captionAtBirth';
  if (startsWithPump(step)) return 'captionPump';
  if (step.kind === 'pattern') {
    if ((p['feeds'] ?? 0) > MOST_FEEDS_PER_DAY) return 'captionVeryOften';
    if ((p['pumps'] ?? 0) > 0)
      return (p['feeds'] ?? 0) > 0 ? 'captionFeedsAndPumping' : 'captionPumping';
  }
  return 'caption';
}

/** The catalog caption of a step; a story that starts at birth says so rather than "0 days". */
export function catalogCaption(catalog: Catalog, step: WalkthroughStep): string {
  const texts: Partial<Record<CaptionVariant, string>> = catalog.steps[step.kind];
  return texts[captionVariant(step)] ?? catalog.steps[step.kind].caption;
}

/** A count in the language's words, singular or plural ("1 feed", "8 tomas"). */
export function countText(language: Language, kind: 'feeds' | 'pumps', n: number): string {
  const forms = CATALOGS[language].counts;
  const one = new Intl.PluralRules(language).select(n) === 'one';
  return fill(one ? forms[`${kind}_one`] : forms[`${kind}_other`], { count: n });
}

/**
 * What a step's caption is filled with: its numbers, and its counts of feeds and pumping sessions
 * in words, so "1 feed" is singular in every place the caption is shown or printed.
 */
export function captionValues(
  language: Language,
  step: WalkthroughStep,
): Record<string, number | string> {
  const { feeds, pumps } = step.params;
  return {
    ...step.params,
    ...(feeds !== undefined ? { feedsText: countText(language, 'feeds', feeds) } : {}),
    ...(pumps !== undefined ? { pumpsText: countText(language, 'pumps', pumps) } : {}),
  };
}

/** The i18next key of that caption. */
export function captionKey(step: WalkthroughStep): string {
  return `steps.${step.kind}.${captionVariant(step)}`;
}

/** The variant of a step's title: a story that starts with the pump says "When you pump". */
const titleVariant = (step: WalkthroughStep) => (startsWithPump(step) ? 'titlePump' : 'title');

/** The i18next key of a step's title. */
export function titleKey(step: WalkthroughStep): string {
  return `steps.${step.kind}.${titleVariant(step)}`;
}

/** The catalog title of a step (`titleKey` where no i18next runs). */
export function catalogTitle(catalog: Catalog, step: WalkthroughStep): string {
  const texts: Partial<Record<'title' | 'titlePump', string>> = catalog.steps[step.kind];
  return texts[titleVariant(step)] ?? catalog.steps[step.kind].title;
}
