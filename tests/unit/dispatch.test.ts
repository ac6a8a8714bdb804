import { describe, expect, it } from 'vitest';
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
    const original = console.error;
    console.error = () => undefined;
    expect(await dispatch(crashing, 'app.info', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'disk on fire' },
    });
    console.error = original;
    services.close();
  });
});
