import log from 'electron-log/node';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configureLogging, logFilePath } from '../../../src-main/main/logging';

afterEach(() => log.errorHandler.stopCatching());

describe('logs in a file', () => {
  it('writes to logs/lactasim.log in the user-data folder', () => {
    const userData = mkdtempSync(join(tmpdir(), 'lactasim-logs-'));
    const file = logFilePath(userData);
    expect(file).toBe(join(userData, 'logs', 'lactasim.log'));
    configureLogging(log, file, { captureConsole: false });
    log.info('opened the library');
    log.error('could not open /x/lactasim.db', new Error('database is locked'));
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/\[info\]\s+opened the library/);
    expect(text).toMatch(/\[error\]\s+could not open \/x\/lactasim\.db Error: database is locked/);
    expect(log.transports.file.maxSize).toBe(5 * 1024 * 1024);
  });
});
