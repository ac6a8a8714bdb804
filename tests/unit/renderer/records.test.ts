import { describe, expect, it } from 'vitest';
import { appI18n } from '../../../src-renderer/app/i18n';
import {
  NO_QUERY,
  countOf,
  filterAndSort,
  type RecordSummary,
} from '../../../src-renderer/features/library/records';

interface Lesson extends RecordSummary {
  summary: string;
}

const lesson = (
  id: string,
  title: string,
  summary: string,
  createdAt: string,
  updatedAt: string,
  deletedAt: string | null = null,
): Lesson => ({ id, title, summary, builtin: false, createdAt, updatedAt, deletedAt });

const lessons = [
  lesson('l_b', 'Let-down reflex', 'Oxytocin and the milk ejection', '2026-01-02', '2026-03-01'),
  lesson('l_a', 'block feeding', 'Oversupply: one breast per block', '2026-01-03', '2026-02-01'),
  lesson('l_c', 'Myths and evidence', 'What the body does', '2026-01-01', '2026-04-01'),
  lesson('l_d', 'Weaning', 'Milk stasis', '2026-01-04', '2026-01-05', '2026-05-01'),
];
const text = (l: Lesson) => `${l.title}\n${l.summary}`;
const ids = (list: Lesson[]) => list.map((l) => l.id);

describe('the shared list: searching and sorting records listed whole (lessons)', () => {
  it('keeps the list order without a query and leaves out the trash', () => {
    expect(ids(filterAndSort(lessons, NO_QUERY, text))).toEqual(['l_b', 'l_a', 'l_c']);
  });

  it('matches every word of the query in title or summary, ignoring case', () => {
    expect(ids(filterAndSort(lessons, { ...NO_QUERY, query: 'MILK' }, text))).toEqual(['l_b']);
    expect(ids(filterAndSort(lessons, { ...NO_QUERY, query: 'breast block' }, text))).toEqual([
      'l_a',
    ]);
    expect(filterAndSort(lessons, { ...NO_QUERY, query: 'breast reflex' }, text)).toEqual([]);
  });

  it('shows the trash with includeDeleted', () => {
    const q = { ...NO_QUERY, query: 'milk', includeDeleted: true };
    expect(ids(filterAndSort(lessons, q, text))).toEqual(['l_b', 'l_d']);
  });

  it('sorts as the case library does: title A–Z, otherwise newest first', () => {
    const by = (sort: 'title' | 'updated' | 'created') =>
      ids(filterAndSort(lessons, { ...NO_QUERY, sort }, text));
    expect(by('title')).toEqual(['l_a', 'l_b', 'l_c']);
    expect(by('updated')).toEqual(['l_c', 'l_b', 'l_a']);
    expect(by('created')).toEqual(['l_a', 'l_b', 'l_c']);
  });

  it('does not reorder the list it was given', () => {
    filterAndSort(lessons, { ...NO_QUERY, sort: 'title' }, text);
    expect(ids(lessons)).toEqual(['l_b', 'l_a', 'l_c', 'l_d']);
  });

  it('counts in words', () => {
    expect(countOf(1, 'case')).toBe('1 case');
    expect(countOf(0, 'lesson')).toBe('0 lessons');
    expect(countOf(7, 'lesson')).toBe('7 lessons');
  });

  it('counts in the interface language', async () => {
    await appI18n.changeLanguage('es');
    try {
      expect(countOf(1, 'lesson')).toBe('1 lección');
      expect(countOf(3, 'case')).toBe('3 casos');
    } finally {
      await appI18n.changeLanguage('en');
    }
  });
});
