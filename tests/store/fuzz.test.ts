// Every contract method × a fixed set of malformed inputs, over real HTTP against real services
// on a real SQLite file: wrong types, missing and extra keys, huge strings, deep nesting, NaN and
// Infinity, control characters, bad encodings and bodies that are not JSON. No answer may be a
// 5xx, every error must have the contract's shape without internal text, and the database must
// be byte-for-byte the same afterwards.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../src-main/contract/index';
import { createServices } from '../../src-main/services/index';
import { startWebServer, type WebServer } from '../../src-main/web/server';
import { postApi, callApi, type ApiAnswer } from '../fixtures/api-client';
import { dumpDb, repoRoot, resourcesDir, sampleScenario, tempDbPath } from './helpers';

const token = 'fuzz-token';
const dbPath = tempDbPath();
const services = createServices({ edition: 'web', dataPath: dbPath, dbPath, resourcesDir });
let server: WebServer;
let origin: string;

/** Raw JSON fragments put in place of one value of a valid request. */
const BAD_VALUES: Record<string, string> = {
  'a fraction': '12345.678',
  'a negative number': '-1',
  'an overflowing number (Infinity)': '1e999',
  NaN: 'NaN',
  'a boolean': 'true',
  null: 'null',
  'an empty array': '[]',
  'an empty object': '{}',
  'NUL and a terminal escape': JSON.stringify('\u0000\u001b[2J\u009b31m'),
  'a huge string': JSON.stringify('x'.repeat(100_001)),
  'a lone surrogate': '"\\ud800"',
  'nesting 100 deep': `${'['.repeat(100)}${']'.repeat(100)}`,
  'an object with __proto__': '{"__proto__":{"polluted":true}}',
};

/** Whole bodies that are not a request object, sent to every method. */
const BAD_BODIES: Record<string, string | ArrayBuffer> = {
  'not JSON': '{not json',
  'NaN literal': 'NaN',
  'NaN inside': '{"limit":NaN}',
  'not UTF-8': Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]).buffer,
  'JSON null': 'null',
  'a JSON array': '[]',
  'a JSON string': '"cases"',
  'a JSON number': '42',
  'arrays nested 100 000 deep': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  'objects nested 10 000 deep': `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
  '__proto__ at the top': '{"__proto__":{"polluted":true}}',
  'a NUL key': '{"\\u0000":1}',
  'a 1 MB unknown key': JSON.stringify({ x: 'y'.repeat(1_000_000) }),
  'JSON with trailing garbage': '{}}',
};

/** Addresses with broken percent-encoding or odd method names. */
const BAD_PATHS = [
  '/%',
  '/%E0%A4%A',
  '/%zz',
  '/%00',
  '/api/%',
  '/api/%E0%A4%A',
  '/api/cases.get%00',
  '/api/..%2f..%2fetc%2fpasswd',
  '/api/',
  `/api/${'x'.repeat(5000)}`,
];

/** Where the value is the content of a file (a feed log), any text is a valid input. */
const FREE_TEXT: readonly string[] = ['parent.importFeedLog csv'];

/** Keys whose value is a document checked by its own parser: mutated whole, not inside. */
const DOCUMENT_KEYS = new Set(['scenario', 'bundle']);

const PLACEHOLDER = '\u0001FUZZ\u0001';
const QUOTED_PLACEHOLDER = JSON.stringify(PLACEHOLDER);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Input {
  label: string;
  body: string | ArrayBuffer;
  /** The path of the mutated value, for the free-text allowance. */
  path?: string;
}

/** Every value path of the request, documents counted as one value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const last = prefix[prefix.length - 1];
  if (typeof last === 'string' && DOCUMENT_KEYS.has(last)) return [prefix];
  const own: (string | number)[][] = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) {
    return value.length === 0 ? own : [...own, ...paths(value[0]!, [...prefix, 0])];
  }
  return [...own, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function withValue(value: Json, path: (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    Json
  >;
  copy[head!] = withValue(copy[head!]!, rest, replacement);
  return copy as Json;
}

function withoutKey(value: { [key: string]: Json }, key: string): Json {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

function isRequired(name: MethodName, key: string): boolean {
  const shape = (
    contract[name].request as unknown as {
      shape: Record<string, { safeParse(v: unknown): { success: boolean } }>;
    }
  ).shape;
  return !(shape[key]?.safeParse(undefined).success ?? true);
}

function inputsFor(name: MethodName, valid: { [key: string]: Json }): Input[] {
  const inputs: Input[] = Object.entries(BAD_BODIES).map(([label, body]) => ({ label, body }));
  const text = (v: Json) => JSON.stringify(v);
  for (const path of paths(valid)) {
    const where = path.map(String).join('.');
    const template = text(withValue(valid, path, PLACEHOLDER));
    for (const [label, fragment] of Object.entries(BAD_VALUES)) {
      inputs.push({
        label: `${where} = ${label}`,
        body: template.replace(QUOTED_PLACEHOLDER, fragment),
        path: where,
      });
    }
  }
  for (const key of Object.keys(valid)) {
    if (isRequired(name, key)) {
      inputs.push({ label: `missing ${key}`, body: text(withoutKey(valid, key)) });
    }
  }
  inputs.push({ label: 'an extra key', body: text({ ...valid, extra: 1 }) });
  inputs.push({
    label: 'a __proto__ key',
    body: text(valid).replace(
      /^\{/,
      Object.keys(valid).length > 0 ? '{"__proto__":{},' : '{"__proto__":{}',
    ),
  });
  for (const [key, value] of Object.entries(valid)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      inputs.push({
        label: `an extra key in ${key}`,
        body: text({ ...valid, [key]: { ...value, extra: 1 } }),
      });
    }
  }
  return inputs;
}

/** One valid request per method; the compiler breaks here when a method is added. */
let validRequests: Record<MethodName, { [key: string]: Json }>;

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'lactasim-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>LactaSim</title>');
  server = await startWebServer({ handlers: services.handlers, rendererDir, token });
  origin = server.url.replace(/\/$/, '');
  const scenario = sampleScenario() as Json;
  const userCase = await callApi<{ id: string; revision: number }>(origin, token, 'cases.create', {
    fromBuiltin: 'typical-feed-6-weeks',
    title: 'Fuzz target',
    tags: ['fuzz'],
  });
  const lesson = await callApi<{ id: string; revision: number }>(origin, token, 'lessons.create', {
    title: 'Fuzz lesson',
    beats: [{ caseId: userCase.id, atHours: 1, caption: 'A beat' }],
  });
  const caseBundle = await callApi<Json>(origin, token, 'cases.exportBundle', {
    ids: [userCase.id],
  });
  const lessonBundle = await callApi<Json>(origin, token, 'lessons.exportBundle', {
    ids: [lesson.id],
  });
  // An import makes a backup, which backups.restore can name.
  await callApi(origin, token, 'cases.importBundle', { bundle: caseBundle });
  const { backups } = await callApi<{ backups: { name: string }[] }>(
    origin,
    token,
    'backups.list',
    {},
  );
  const csv = readFileSync(join(repoRoot, 'tests/fixtures/feed-logs/good-iso.csv'), 'utf8');
  validRequests = {
    'app.info': {},
    'sim.run': { scenario, resolutionSec: 60 },
    'cases.list': { query: 'fuzz', tag: 'fuzz', sort: 'title', limit: 10, offset: 0 },
    'cases.get': { id: userCase.id },
    'cases.create': { fromBuiltin: 'typical-feed-6-weeks', title: 'Fuzz copy' },
    'cases.update': { id: userCase.id, baseRevision: userCase.revision, patch: { title: 'New' } },
    'cases.duplicate': { id: userCase.id },
    'cases.delete': { id: userCase.id },
    'cases.undoDelete': { id: userCase.id },
    'cases.revisions': { id: userCase.id },
    'cases.getRevision': { id: userCase.id, revision: 1 },
    'cases.restoreRevision': { id: userCase.id, revision: 1, baseRevision: userCase.revision },
    'cases.exportBundle': { ids: [userCase.id] },
    'cases.checkImport': { bundle: caseBundle },
    'cases.importBundle': { bundle: caseBundle, duplicateTitles: 'rename' },
    'export.charts': { scenario, caseTitle: 'Fuzz', charts: ['milk-stored'], format: 'csv' },
    'export.anatomy': {
      scenario,
      caseTitle: 'Fuzz',
      title: 'Fuzz drawing',
      drawing: {
        tag: 'svg',
        attrs: { viewBox: '0 0 10 10', width: 10, height: 10 },
        children: [{ tag: 'circle', attrs: { cx: 5, cy: 5, r: 4, fill: '#c08a62' }, children: [] }],
      },
      format: 'frame',
      frameWidth: 160,
    },
    'export.save': { files: [{ filename: 'a.csv', mime: 'text/csv', base64: 'YQ==' }] },
    'parent.importFeedLog': { scenario, csv },
    'parent.handout': { scenario, caseTitle: 'Fuzz', language: 'en', paper: 'A4' },
    'lessons.list': { includeDeleted: false },
    'lessons.get': { id: lesson.id },
    'lessons.create': { title: 'Another lesson' },
    'lessons.update': { id: lesson.id, baseRevision: lesson.revision, patch: { title: 'New' } },
    'lessons.duplicate': { id: lesson.id },
    'lessons.delete': { id: lesson.id },
    'lessons.undoDelete': { id: lesson.id },
    'lessons.exportBundle': { ids: [lesson.id] },
    'lessons.checkImport': { bundle: lessonBundle },
    'lessons.importBundle': { bundle: lessonBundle, duplicateTitles: 'rename' },
    'lessons.handout': { id: lesson.id },
    'backups.list': {},
    'backups.restore': { name: backups[0]!.name },
  };
}, 60_000);

afterAll(async () => {
  await server?.close();
  services.close();
});

/** What an error may never show the user: the internals behind it. */
const INTERNAL_TEXT = /SQLITE|constraint|RangeError|TypeError|call stack|\bat .+\.(ts|js):\d+/i;

describe('fuzzing every contract method over HTTP', () => {
  it('answers every malformed input with a 4xx error and changes no row', async () => {
    const before = dumpDb(dbPath);
    const backupsBefore = services.handlers['backups.list']({});
    const counts = new Map<number, number>();
    const failures: string[] = [];
    const byChance: string[] = [];
    let total = 0;
    const record = (what: string, answer: ApiAnswer, freeText: boolean) => {
      total += 1;
      counts.set(answer.status, (counts.get(answer.status) ?? 0) + 1);
      if (answer.status >= 500) failures.push(`${what}: ${answer.status}`);
      if (answer.status < 300) {
        // Only a request the schema accepts can succeed (e.g. `includeDeleted: true`); the
        // database comparison below proves that none of them wrote anything.
        if (!freeText) byChance.push(what);
        return;
      }
      if (answer.body.ok || answer.status < 400) {
        failures.push(`${what}: ${answer.status} without an error`);
        return;
      }
      const { code, message } = answer.body.error;
      if (typeof code !== 'string' || typeof message !== 'string' || message === '') {
        failures.push(`${what}: malformed error ${JSON.stringify(answer.body)}`);
      } else if (INTERNAL_TEXT.test(message)) {
        failures.push(`${what}: internal text in "${message}"`);
      }
    };

    for (const name of METHOD_NAMES) {
      for (const input of inputsFor(name, validRequests[name])) {
        const answer = await postApi(origin, token, name, input.body);
        record(`${name} ${input.label}`, answer, FREE_TEXT.includes(`${name} ${input.path}`));
      }
    }
    for (const path of BAD_PATHS) {
      for (const method of ['GET', 'POST']) {
        const response = await fetch(`${origin}${path}`, {
          method,
          headers: { 'x-lactasim-token': token },
          ...(method === 'POST' ? { body: '{}' } : {}),
        });
        const text = await response.text();
        let body: ApiAnswer['body'];
        try {
          body = JSON.parse(text) as ApiAnswer['body'];
        } catch {
          body = { ok: false, error: { code: 'BAD_REQUEST', message: text } };
        }
        record(`${method} ${path.slice(0, 40)}`, { status: response.status, body }, false);
      }
    }

    const summary = [...counts].sort(([a], [b]) => a - b).map(([s, n]) => `${n} × ${s}`);
    console.log(
      `fuzz: ${total} requests over ${METHOD_NAMES.length} methods: ${summary.join(', ')}`,
    );
    expect(failures).toEqual([]);
    expect(byChance).toEqual(['lessons.list includeDeleted = a boolean']);
    expect(counts.get(500) ?? 0).toBe(0);
    expect(dumpDb(dbPath)).toBe(before);
    expect(services.handlers['backups.list']({})).toEqual(backupsBefore);
  }, 600_000);
});
