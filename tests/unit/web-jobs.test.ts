// The web edition under load, over real HTTP: the real server in its own process (so a run that
// blocked its thread would hold up every request, as before the job pool), long jobs in its
// worker pool while short requests keep answering, runs past the sample cap refused before
// running, traces as binary frames. The response limit is tested on an in-process server whose
// limit is lowered.
import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFrame, FRAME_MIME } from '../../src-main/contract/codec';
import { simulate, type Scenario, type Trace } from '../../src-main/sim/index';
import { startWebServer, TOKEN_HEADER } from '../../src-main/web/server';
import { testServices } from '../fixtures/services';
import { startWebEdition } from '../fixtures/web-edition';

interface Endpoint {
  port: number;
  token: string;
}

let web: Endpoint;
let stopWeb: () => Promise<void>;
/** In this process: the test services behind a server whose answers may be at most 1 MB. */
let small: Endpoint;
let stopSmall: () => Promise<void>;

beforeAll(async () => {
  const started = await startWebEdition();
  web = { port: Number(new URL(started.edition.origin).port), token: started.edition.token };
  stopWeb = started.stop;
  const { services } = testServices();
  const rendererDir = mkdtempSync(join(tmpdir(), 'lactasim-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>LactaSim</title>');
  const server = await startWebServer({
    handlers: services.handlers,
    rendererDir,
    token: 'small',
    maxResponseBytes: 1024 * 1024,
  });
  small = { port: server.port, token: 'small' };
  stopSmall = async () => {
    await server.close();
    services.close();
  };
}, 60_000);
afterAll(async () => {
  await stopWeb();
  await stopSmall();
});

interface Answer {
  status: number;
  type: string;
  body: Buffer;
  /** performance.now() when the answer's headers arrived, and when all of it had. */
  headersAt: number;
  doneAt: number;
}

function call(method: string, body: unknown, on: Endpoint = web): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: on.port,
        method: 'POST',
        path: `/api/${method}`,
        headers: { [TOKEN_HEADER]: on.token, 'content-type': 'application/json' },
      },
      (res) => {
        const headersAt = performance.now();
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type']),
            body: Buffer.concat(chunks),
            headersAt,
            doneAt: performance.now(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const utf8 = {
  decode: (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.length).toString(),
};

function scenario(hours: number, feeding: Scenario['feeding']): Scenario {
  return {
    schema: 'lactasim/scenario@1',
    name: 'jobs test',
    start: { postpartumHours: 1008 },
    durationHours: hours,
    mother: { storageCapacityMl: { left: 210, right: 210 }, conditions: [] },
    feeding,
  };
}

/** 60 days of back-to-back pumping: every second of it stepped finely, a run of seconds. */
const longRun = scenario(60 * 24, {
  plan: 'explicit',
  events: Array.from({ length: 360 }, (_, i) => ({
    atMinutes: i * 240,
    kind: 'pump' as const,
    side: 'both' as const,
    durationMinutes: 240,
  })),
  seed: 1,
});

describe('web edition with the job pool', () => {
  it('answers a short request while a long run is under way, before the long one', async () => {
    // A first small run loads the worker, so the long run below is running, not loading.
    expect((await call('sim.run', { scenario: scenario(1, { plan: 'onDemand' }) })).status).toBe(
      200,
    );
    const long = call('sim.run', { scenario: longRun, resolutionSec: 60 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const shortSentAt = performance.now();
    const short = await call('cases.list', {});
    const longAnswer = await long;
    expect(short.status).toBe(200);
    expect(longAnswer.status).toBe(200);
    // Overlap: the short request went out while the long one was pending and was answered in
    // full before the long answer even began.
    expect(shortSentAt).toBeLessThan(longAnswer.headersAt);
    expect(short.doneAt).toBeLessThan(longAnswer.headersAt);
    expect(JSON.parse(short.body.toString()).value.cases.length).toBeGreaterThan(0);
  });

  it('sends a trace as one binary frame equal to the engine run here', async () => {
    const s = scenario(24, { plan: 'onDemand', seed: 3 });
    const answer = await call('sim.run', { scenario: s });
    expect(answer.status).toBe(200);
    expect(answer.type).toBe(FRAME_MIME);
    const result = decodeFrame(answer.body, utf8) as { ok: true; value: Trace };
    const local = simulate(s);
    expect(result.value.timesSec).toEqual(local.timesSec);
    expect(result.value.channels.leftStoredMl).toEqual(local.channels.leftStoredMl);
    expect(result.value.events).toEqual(local.events);
  });

  it('refuses a run past the sample cap with 400 naming the limit and the way round', async () => {
    const sixMonths = scenario(180 * 24, { plan: 'onDemand' });
    const sentAt = performance.now();
    const answer = await call('sim.run', { scenario: sixMonths, resolutionSec: 0.5 });
    expect(answer.status).toBe(400);
    // The bound: refused in under a second, i.e. counted before anything is run.
    expect(answer.doneAt - sentAt).toBeLessThan(1000);
    const { error } = JSON.parse(answer.body.toString());
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.path).toBe('resolutionSec');
    expect(error.message).toContain('the limit is 300,000 samples per run');
    const finest = /one sample every ([\d.]+) s or more/.exec(error.message)?.[1];
    expect(finest).toBeDefined();
    // The way round works: the resolution it names runs, a finer one is refused.
    const finer = await call('sim.run', {
      scenario: sixMonths,
      resolutionSec: Number(finest) - 0.1,
    });
    expect(finer.status).toBe(400);
    const named = await call('sim.run', { scenario: sixMonths, resolutionSec: Number(finest) });
    expect(named.status).toBe(200);
    // And the server is still answering.
    expect((await call('cases.list', {})).status).toBe(200);
  });

  it('refuses an answer past the response limit with 413, naming the limit', async () => {
    const answer = await call(
      'sim.run',
      { scenario: scenario(6, { plan: 'onDemand' }), resolutionSec: 0.5 },
      small,
    );
    expect(answer.status).toBe(413);
    const { error } = JSON.parse(answer.body.toString());
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/the limit is 1 MB per answer\. Ask for a coarser resolution/);
  });
});
