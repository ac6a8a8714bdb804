// The source registry is the only place a reference is written out: every id that content cites
// exists, every author–year citation in shipped text resolves to one entry, no journal-style
// reference is written out anywhere else, and no shipped text cites our internal design notes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outsideRange, PARAMETERS, type ParameterName } from '../../../src-main/sim/parameters';
import { AGE_TABLES } from '../../../src-main/sim/tables';
import { TARGETS } from '../../../src-main/sim/validation/targets';
import { parseEvidence } from '../../../src-main/sources/cards';
import {
  citationsIn,
  freeTextReferences,
  fullReference,
  unresolvedCitations,
} from '../../../src-main/sources/cite';
import { parameterSources, tableSources } from '../../../src-main/sources/engine';
import { SOURCE_IDS, SOURCES, isSourceId, sourceOf } from '../../../src-main/sources/registry';
import { VERDICTS } from '../../../src-main/sources/verdicts';
import { STEP_SOURCES } from '../../../src-main/walkthrough/sources';

const root = join(import.meta.dirname, '..', '..', '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(root, path)).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every string in a JSON document, with its JSON path. */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((x, i) => strings(x, `${path}[${i}]`));
  if (node !== null && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** Shipped text a clinician or family reads: content, lessons, scenarios and their catalogs. */
const SHIPPED = filesUnder('resources').filter((f) => f.endsWith('.json'));
const shippedStrings = SHIPPED.flatMap((file) =>
  strings(readJson(file)).map(([path, text]) => ({ where: `${file}: ${path}`, text })),
);

describe('the source registry', () => {
  it('prints a full reference for every entry, with the corrected milk-ejection paper', () => {
    for (const id of SOURCE_IDS) expect(fullReference(id).length, id).toBeGreaterThan(20);
    const ramsay = fullReference('ramsay2004');
    expect(ramsay).toContain('Pediatrics 113(2):361–367');
    expect(ramsay).toContain('doi:10.1542/peds.113.2.361');
    expect(ramsay).not.toContain('Exp Physiol');
  });

  it('marks a source checked only when a reader could find it from the entry', () => {
    // "Checked" means compared with the abstract or publisher page, so the entry must carry what
    // that page showed: who wrote it, when and under what title, and for a paper the journal and
    // where in it (volume or pages): an identifier alone is not what the check confirmed.
    const unfindable = SOURCE_IDS.filter((id) => {
      const s = sourceOf(id);
      if (!s.checked) return false;
      const dated = s.year !== undefined || s.kind === 'practice';
      const paper = s.kind === 'article' || s.kind === 'review';
      const located = !paper || (s.container !== undefined && [s.volume, s.pages].some(Boolean));
      return s.authors === '' || s.title === '' || !dated || !located;
    });
    expect(unfindable).toEqual([]);
  });

  it('gives each cite form to one source only', () => {
    const forms = SOURCE_IDS.flatMap((id) => SOURCES[id].cite.map((f) => f.toLowerCase()));
    expect(forms.length).toBe(new Set(forms).size);
  });

  it('resolves author–year citations, with and without "et al." and initials', () => {
    const ids = (t: string) => citationsIn(t).map((h) => h.id);
    expect(ids('as Ramsay 2004 and Ramsay DT et al. 2004 saw')).toEqual([
      'ramsay2004',
      'ramsay2004',
    ]);
    expect(ids('(Daly 1993b; Daly, Owens & Hartmann 1993)')).toEqual(['daly1993b', 'daly1993']);
    expect(unresolvedCitations('Smithers et al. 2031 found')).toEqual(['Smithers et al. 2031']);
    expect(freeTextReferences('Ramsay 2004, Exp Physiol 89:375')).toEqual(['Exp Physiol 89:375']);
  });

  it('holds one WHO contraception trial citation for the volume effect', () => {
    expect(STEP_SOURCES.contraception).toEqual(['who1984']);
    expect(parameterSources('contraceptionCombinedEffect')).toEqual(['who1984']);
    expect(fullReference('who1984')).toContain('Contraception 30(6):505–522');
  });
});

describe('shipped content cites only the registry', () => {
  it('every evidence card parses, with registry sources and a verdict from the vocabulary', () => {
    const doc = readJson('resources/content/evidence.json') as { claims: unknown[] };
    const cards = parseEvidence(doc);
    expect(cards.length).toBe(doc.claims.length);
    for (const card of cards) expect(VERDICTS).toContain(card.verdict);
  });

  it('every glossary term names registry sources', () => {
    const doc = readJson('resources/content/glossary.json') as {
      terms: { id: string; sources: string[] }[];
    };
    for (const term of doc.terms) {
      expect(term.sources.length, term.id).toBeGreaterThan(0);
      for (const s of term.sources) expect(isSourceId(s), `${term.id}: ${s}`).toBe(true);
    }
  });

  it('every walkthrough step names registry sources', () => {
    for (const ids of Object.values(STEP_SOURCES))
      for (const id of ids) expect(isSourceId(id)).toBe(true);
  });

  it('every author–year citation in resources/ resolves to a registry entry', () => {
    const unresolved = shippedStrings.flatMap(({ where, text }) =>
      unresolvedCitations(text).map((c) => `${where}: ${c}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('no journal-style reference is written out in resources/', () => {
    const written = shippedStrings.flatMap(({ where, text }) =>
      freeTextReferences(text).map((c) => `${where}: ${c}`),
    );
    expect(written).toEqual([]);
  });

  it('no lesson, handout text or card cites an internal document', () => {
    const internal = /\b(model\.md|evidence\.md|architecture\.md|design notes?|issue \d+)\b/i;
    const hits = shippedStrings.filter(({ text }) => internal.test(text)).map((s) => s.where);
    expect(hits).toEqual([]);
  });

  it('gives Kent 2006 feed volumes with their measured SD (76.0 ± 12.6 g)', () => {
    const all = shippedStrings.map((s) => s.text).join('\n');
    expect(all).toContain('76.0 ± 12.6 g');
    expect(all).not.toMatch(/76 ± 15/);
  });

  it('states verdicts in lessons with the one vocabulary', () => {
    const lessons = shippedStrings.filter((s) => s.where.startsWith('resources/lessons/'));
    const stated = lessons.flatMap(({ text }) =>
      [...text.matchAll(/\bverdict: ([a-z-]+(?: supported)?)/gi)].map((m) => m[1] ?? ''),
    );
    expect(stated.length).toBeGreaterThan(5);
    for (const word of stated) expect(VERDICTS).toContain(word.toLowerCase());
    const legacy = /\b(supported in outline|CONTESTED —|Supported: storage capacity)/;
    expect(lessons.filter(({ text }) => legacy.test(text)).map((s) => s.where)).toEqual([]);
  });
});

describe('every engine figure names its sources', () => {
  const names = Object.keys(PARAMETERS) as ParameterName[];

  // The Validation screen shows these notes to clinicians as written.
  const notes = [
    ...names.map((n) => [n, PARAMETERS[n].source] as const),
    ...Object.entries(AGE_TABLES).map(([n, t]) => [n, t.source] as const),
    ...TARGETS.map((t) => [t.id, t.source] as const),
  ];

  it('resolves every citation in parameter, table and target notes', () => {
    const unresolved = notes.flatMap(([n, text]) =>
      unresolvedCitations(text).map((c) => `${n}: ${c}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('writes no journal-style reference in those notes: the registry prints it', () => {
    const written = notes.flatMap(([n, text]) => freeTextReferences(text).map((c) => `${n}: ${c}`));
    expect(written).toEqual([]);
  });

  it('gives every sourced or calibrated parameter at least one source, with no exceptions', () => {
    // A value whose paper cannot be found is an assumption and says so; it is not "sourced".
    const missing = names.filter(
      (n) => PARAMETERS[n].kind !== 'assumption' && parameterSources(n).length === 0,
    );
    expect(missing).toEqual([]);
    expect(parameterSources('prolactinHalfLifeMin')).toEqual(['prolactinPharmacokinetics']);
  });

  it('keeps placeholders for a missing source out of the notes clinicians read', () => {
    const placeholder =
      /still to be identified|to be found|\bTODO\b|\bJCEM\b|pharmacokinetic study\)/i;
    for (const n of names) expect(PARAMETERS[n].source, n).not.toMatch(placeholder);
  });

  it('writes notes a clinician can read: papers, not our design notes or issue numbers', () => {
    for (const [n, text] of notes) expect(text, n).not.toMatch(/model\.md|issue \d|\bV\d/);
  });

  it('keeps every value inside its stated range, but for the fitted ones the screen flags', () => {
    // A fitted value that leaves its range is a finding to show, not to hide: this list only
    // shrinks, and the Validation screen marks each one.
    const outside = names.filter((n) => outsideRange(PARAMETERS[n]));
    expect(outside).toEqual(['pulseIntervalPumpSec', 'ejectionRatePerSec', 'adaptationRatePerDay']);
    for (const n of outside) expect(PARAMETERS[n].kind, n).toBe('calibrated');
  });

  it('gives every age table and every validation target a source', () => {
    for (const name of Object.keys(AGE_TABLES) as (keyof typeof AGE_TABLES)[])
      expect(tableSources(name).length, name).toBeGreaterThan(0);
    for (const t of TARGETS) expect(citationsIn(t.source).length, t.id).toBeGreaterThan(0);
  });
});
