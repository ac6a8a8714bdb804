import { afterAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../src-main/contract/index';
import { AppError } from '../../src-main/contract/errors';
import { dispatch } from '../../src-main/services/dispatch';
import { testServices } from '../fixtures/services';

describe('dispatch', () => {
  it('answers app.info with versions and the data path', async () => {
    const { services, dbPath } = testServices();
    const result = await dispatch(services.handlers, 'app.info', {});
    expect(result).toMatchObject({ ok: true, value: { name: 'LactaSim', dataPath: dbPath } });
    services.close();
  });

  it('refuses an unknown method by name', async () => {
    const { services } = testServices();
    const result = await dispatch(services.handlers, 'app.format', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'Unknown method "app.format"' },
    });
    services.close();
  });

  it('rejects unknown request keys with their path', async () => {
    const { services } = testServices();
    const result = await dispatch(services.handlers, 'app.info', { verbose: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('BAD_REQUEST');
    services.close();
  });

  it('turns an AppError thrown by a handler into error data, and other errors into INTERNAL', async () => {
    const { services } = testServices();
    const failing = {
      ...services.handlers,
      'app.info': () => {
        throw new AppError('NOT_FOUND', 'No such thing', 'id');
      },
    } as Handlers;
    expect(await dispatch(failing, 'app.info', {})).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such thing', path: 'id' },
    });
    const crashing = {
      ...services.handlers,
      'app.info': () => {
        throw new Error('disk on fire');
      },
    } as Handlers;
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    const result = await dispatch(crashing, 'app.info', {});
    console.error = original;
    // The caller gets a reference, never the internal text; the log has both.
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message).not.toContain('disk on fire');
    const reference = /reference ([0-9A-F]{8})/.exec(result.error.message)?.[1];
    expect(reference).toBeDefined();
    expect(String(logged[0]?.[0])).toContain(reference!);
    expect((logged[0]?.[1] as Error).message).toBe('disk on fire');
    services.close();
  });
});

describe('dispatch refuses bad input with a 4xx-class code and changes nothing', () => {
  const { services } = testServices();
  afterAll(() => services.close());
  const call = (name: string, request: unknown) => dispatch(services.handlers, name, request);
  const errorOf = async (name: string, request: unknown) => {
    const result = await call(name, request);
    if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
    return result.error;
  };

  it('names an unknown key in the path, including __proto__ inside beats', async () => {
    expect(await errorOf('cases.list', { limit: 5, verbose: true })).toEqual({
      code: 'BAD_REQUEST',
      message: 'verbose: unknown key "verbose" is not allowed',
      path: 'verbose',
      rule: { id: 'unknownKey', key: 'verbose' },
    });
    const proto = JSON.parse('{"type":"note","__proto__":{"polluted":true}}') as unknown;
    const error = await errorOf('cases.create', { fromBuiltin: 'x', beats: [proto] });
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toBe('beats[0]: the key "__proto__" is not allowed');
  });

  it('refuses control characters in titles, tags and names with the character and place', async () => {
    const error = await errorOf('lessons.create', { title: '\u0000' });
    expect(error).toMatchObject({ code: 'BAD_REQUEST', path: 'title' });
    expect(error.message).toContain('U+0000 at character 1');
    const escape = await errorOf('cases.create', { fromBuiltin: 'x', title: 'Maria \u001b[2J' });
    expect(escape.message).toContain('U+001B at character 7');
    const tag = await errorOf('cases.create', { fromBuiltin: 'x', tags: ['ok', 'a\u009bb'] });
    expect(tag.path).toBe('tags[1]');
    const name = await errorOf('cases.create', {
      fromBuiltin: 'x',
      personal: { parentFirstName: 'Ana\u0007' },
    });
    expect(name.path).toBe('personal.parentFirstName');
  });

  it('keeps line breaks in notes but refuses other control characters there', async () => {
    const error = await errorOf('cases.create', { fromBuiltin: 'x', notes: 'a\nb\tc\u0000' });
    expect(error.path).toBe('notes');
    // Line breaks alone pass validation and reach the handler (which then finds no built-in "x").
    expect((await errorOf('cases.create', { fromBuiltin: 'x', notes: 'a\nb\tc' })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('bounds the depth of the whole request and of every free-form beat', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(await errorOf('cases.list', { query: deep })).toMatchObject({ code: 'BAD_REQUEST' });
    let beat: Record<string, unknown> = { type: 'note' };
    for (let i = 0; i < 20; i++) beat = { type: 'note', inner: beat };
    const error = await errorOf('cases.create', { fromBuiltin: 'x', beats: [beat] });
    expect(error.message).toMatch(/^beats\[0\](\.inner)+: nests deeper than 16 levels$/);
    const big = await errorOf('cases.create', {
      fromBuiltin: 'x',
      beats: [{ type: 'note', text: 'x'.repeat(70_000) }],
    });
    expect(big.message).toBe('beats[0]: is larger than 64 kB of JSON');
  });

  it('refuses non-JSON values that only IPC could carry (NaN, Infinity, dates)', async () => {
    expect((await errorOf('cases.list', { limit: NaN })).code).toBe('BAD_REQUEST');
    const error = await errorOf('cases.create', {
      fromBuiltin: 'x',
      beats: [{ type: 'note', at: Infinity }],
    });
    expect(error.message).toBe('beats[0].at: must be a finite number (got Infinity)');
    expect((await errorOf('cases.create', { fromBuiltin: 'x', beats: [new Date()] })).code).toBe(
      'BAD_REQUEST',
    );
  });

  it('answers a write that cannot get the lock with BUSY, not INTERNAL', async () => {
    const busy = {
      ...services.handlers,
      'cases.list': () => {
        throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
      },
    } as Handlers;
    const result = await dispatch(busy, 'cases.list', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('BUSY');
      expect(result.error.message).not.toContain('database is locked');
    }
  });
});
