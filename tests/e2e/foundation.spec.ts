import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { test, expect } from './fixtures';

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

test('prints exactly one line naming the URL with its token', async ({ web }) => {
  expect(web.stdout).toHaveLength(1);
  expect(web.stdout[0]).toMatch(
    /^LactaSim web edition: http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/,
  );
});

test('home screen shows the name, the case library and the simulation view', async ({
  page,
  web,
}) => {
  await page.goto(web.url);
  await expect(page.getByRole('heading', { level: 1, name: 'LactaSim' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Case library' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Simulation' })).toBeVisible();
  // app.info crossed the HTTP transport: the footer names the data file of this server.
  await expect(page.getByLabel('About this copy')).toContainText(web.dbPath);
  await expect(page.getByLabel('About this copy')).toContainText('web edition');
  // The token leaves the address bar once read.
  expect(page.url()).not.toContain('token=');
  await page.screenshot({ path: 'test-results/screens/home-1280x720.png' });
});

test('navigation between screens works by keyboard', async ({ page, web }) => {
  await page.goto(web.url);
  const link = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Case library' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/cases$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Case library' })).toBeVisible();
  await expect(page).toHaveTitle('Case library · LactaSim');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'LactaSim' })).toBeVisible();
});

test('API requests without the session token get 401 and a JSON error', async ({
  request,
  web,
}) => {
  const missing = await request.post(`${web.origin}/api/app.info`, { data: {} });
  expect(missing.status()).toBe(401);
  expect(await missing.json()).toEqual({
    ok: false,
    error: { code: 'UNAUTHORIZED', message: 'Missing or wrong session token' },
  });
  const wrong = await request.post(`${web.origin}/api/app.info`, {
    data: {},
    headers: { 'x-lactasim-token': 'guess' },
  });
  expect(wrong.status()).toBe(401);
  const right = await request.post(`${web.origin}/api/app.info`, {
    data: {},
    headers: { 'x-lactasim-token': web.token },
  });
  expect(right.status()).toBe(200);
  expect(await right.json()).toMatchObject({
    ok: true,
    value: { name: 'LactaSim', edition: 'web' },
  });
});

test('nothing listens on any interface but 127.0.0.1', async ({ web }) => {
  const port = Number(new URL(web.origin).port);
  expect(await canConnect('127.0.0.1', port)).toBe(true);
  const others = Object.values(networkInterfaces())
    .flat()
    .filter((i) => i !== undefined && !(i.family === 'IPv4' && i.address.startsWith('127.')))
    .map((i) => i!.address);
  others.push('::1');
  for (const address of others) expect(await canConnect(address, port), address).toBe(false);
});
