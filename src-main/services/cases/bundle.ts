// `.lactasim` bundles (LactaSim 0.1's `.lactasim.json` still import): reading (the whole file is
// checked before anything is written) and writing (personal details left out unless asked for).
// Format: docs/bundle-format.md.
import { AppError } from '../../contract/errors';
import { formatPath } from '../../contract/errors';
import {
  BUNDLE_FORMAT,
  bundleCaseSchema,
  bundleEnvelopeSchema,
  type BundleCase,
  type CaseBundle,
  type PersonalDetailsInput,
  type Beat,
} from '../../contract/cases';
import type { CaseRecord } from '../../store/index';
import { jsonErrorOffset } from './json-error';
import { normalizePersonal, normalizeTags } from './mapping';
import { checkScenario, joinPath } from './scenario';

export const BUNDLE_MAX_BYTES = 50 * 1024 * 1024;

function bad(message: string, path?: string): AppError {
  return new AppError('BAD_IMPORT', message, path);
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** Decodes a file's bytes as JSON, with the size limit and a located syntax error. */
export function parseBundleBytes(bytes: Uint8Array): unknown {
  if (bytes.byteLength > BUNDLE_MAX_BYTES) {
    throw bad(
      `file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; bundles are limited to ${BUNDLE_MAX_BYTES / 1048576} MB`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw bad('file is not UTF-8 text, so it is not a LactaSim bundle');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(text);
    const where =
      offset >= text.length
        ? `${lineColumn(text, text.length)} (the file ends too early; is it truncated?)`
        : lineColumn(text, Math.max(0, offset));
    throw bad(`file is not valid JSON at ${where}: ${message.split('\n')[0]}`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks every part of a bundle and returns its cases; throws BAD_IMPORT naming the path. */
export function validateBundle(value: unknown): BundleCase[] {
  if (!isObject(value)) {
    throw bad(
      `expected a LactaSim bundle object with "format": "${BUNDLE_FORMAT}", got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
    );
  }
  const format = value.format;
  if (format !== BUNDLE_FORMAT) {
    const message =
      typeof format === 'string' && format.startsWith('lactasim/bundle@')
        ? `bundle format "${format}" is not supported; this LactaSim reads "${BUNDLE_FORMAT}" (update the app to import newer bundles)`
        : `not a LactaSim bundle: "format" must be "${BUNDLE_FORMAT}"`;
    throw bad(message, 'format');
  }
  const envelope = bundleEnvelopeSchema.safeParse(value);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const path = issue === undefined ? '' : formatPath(issue.path);
    throw bad(`${path || 'bundle'}: ${issue?.message ?? 'invalid bundle'}`, path);
  }
  const seenIds = new Map<string, number>();
  return envelope.data.cases.map((raw, i) => {
    const prefix = `cases[${i}]`;
    const parsed = bundleCaseSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = joinPath(prefix, issue === undefined ? '' : formatPath(issue.path));
      throw bad(`${path}: ${issue?.message ?? 'invalid case'}`, path);
    }
    const c = parsed.data;
    if (c.id !== undefined) {
      const first = seenIds.get(c.id);
      if (first !== undefined) {
        throw bad(
          `${prefix}.id: "${c.id}" appears twice in the file (also cases[${first}].id)`,
          `${prefix}.id`,
        );
      }
      seenIds.set(c.id, i);
    }
    const scenario = checkScenario(c.scenario, `${prefix}.scenario`, 'BAD_IMPORT');
    const out: BundleCase = {
      title: c.title,
      tags: normalizeTags(c.tags),
      notes: c.notes,
      parentNotes: c.parentNotes,
      beats: c.beats,
      scenario,
    };
    if (c.id !== undefined) out.id = c.id;
    if (c.personal !== undefined) out.personal = c.personal;
    return out;
  });
}

export function buildBundle(
  records: readonly CaseRecord[],
  keepPersonal: boolean,
  appVersion: string,
  now: number,
): CaseBundle {
  return {
    format: BUNDLE_FORMAT,
    exportedAt: new Date(now).toISOString(),
    app: { version: appVersion },
    cases: records.map((r) => {
      const c: BundleCase = {
        id: r.id,
        title: r.title,
        tags: r.tags,
        notes: r.notes,
        parentNotes: r.parentNotes,
        beats: r.beats as Beat[],
        scenario: r.scenario as BundleCase['scenario'],
      };
      const personal = keepPersonal ? normalizePersonal(r.personal as PersonalDetailsInput) : null;
      if (personal !== null) c.personal = personal;
      return c;
    }),
  };
}
