import { test, expect } from '@playwright/test';
import { open, saved, addCop } from './helpers';

test('a new CoP is still there after a reload', async ({ page }) => {
  await open(page);
  await expect(page.getByTestId('empty')).toBeVisible();
  await addCop(page, 'Hidalgo', 'México', 'Tula');
  await saved(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('heading', { name: 'Hidalgo', exact: true })).toBeVisible();
  await expect(page.getByText('Tula, México')).toBeVisible();
});

test('bad input gets a specific message and nothing is added', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Add Community' }).click();
  await expect(page.getByText('Type a name for the Community of Practice.')).toBeVisible();
  await expect(page.getByText('Type the country, for example México or Nicaragua.')).toBeVisible();
  await expect(page.locator('#new-cop-name')).toBeFocused();
  await expect(page.locator('#new-cop-name')).toHaveAttribute('aria-invalid', 'true');
  await addCop(page, 'Morelos', 'México');
  await page.locator('#new-cop-name').fill('morelos');
  await page.locator('#new-cop-country').fill('México');
  await page.getByRole('button', { name: 'Add Community' }).click();
  await expect(page.getByText(/Another Community of Practice already has this name/)).toBeVisible();
  await expect(page.getByTestId('cop-card')).toHaveCount(1);
});

test('edit renames a CoP; delete asks first and can be undone', async ({ page }) => {
  await open(page);
  await addCop(page, 'Jinotega', 'Nicaragua');
  await page.getByRole('button', { name: 'Edit Jinotega' }).click();
  await page.locator('#edit-cop-name').fill('Jinotega Norte');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: 'Jinotega Norte', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Delete Jinotega Norte' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Delete Jinotega Norte');
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByTestId('cop-card')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Jinotega Norte', exact: true })).toBeVisible();
  await saved(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Jinotega Norte', exact: true })).toBeVisible();
});

test('Spanish is remembered across reloads and sets the page language', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: /Idioma|Language/ }).click();
  await expect(page.getByRole('link', { name: 'Comunidades' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // The page is rebuilt in Spanish; the focus stays on the switch, where the person left it.
  await expect(page.getByRole('button', { name: /Idioma/ })).toBeFocused();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('heading', { name: 'Comunidades de Práctica' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('a stored language beats the browser language, and stays', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-MX' });
  await context.addInitScript(() => localStorage.setItem('practica/v1/lang', 'en'));
  const page = await context.newPage();
  await open(page);
  await expect(page.getByRole('heading', { name: 'Communities of Practice' })).toBeVisible();
  // The i18n crate re-applies the browser language once after start-up; it must not stick.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Communities', exact: true })).toBeVisible();
  await context.close();
});

test('a slow connection sees "Loading…" until the app runs', async ({ page }) => {
  // Hold the WebAssembly download until the message has been seen.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto('./#/communities');
  // In the browser's language (English here) only.
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expect(page.getByText('Cargando…')).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  release();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('#loading')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Communities of Practice' })).toBeVisible();
});

test('the site is sent compressed', async ({ page, request }) => {
  await open(page);
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.endsWith('.wasm')));
  expect(wasm).toBeTruthy();
  const br = await request.get(wasm!, { headers: { 'Accept-Encoding': 'br' } });
  expect(br.headers()['content-encoding']).toBe('br');
  expect(br.headers()['content-type']).toBe('application/wasm');
  const gz = await request.get(wasm!, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  const plain = await request.get(wasm!, { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect((await plain.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
});

test('first visit follows the browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-MX' });
  const page = await context.newPage();
  // Even the "Loading…" before the app runs.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto('./#/communities');
  await expect(page.getByRole('status').filter({ hasText: 'Cargando…' })).toBeVisible();
  await expect(page.getByText('Loading…')).toBeHidden();
  release();
  await open(page);
  await expect(page.getByRole('heading', { name: 'Comunidades de Práctica' })).toBeVisible();
  await context.close();
});

test('a deep link loads on reload, from a sub-path', async ({ page }) => {
  await open(page, '#/about');
  await expect(page.getByRole('heading', { name: 'About the method' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'About the method' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'About the method' })).toHaveAttribute('aria-current', 'page');
  expect(new URL(page.url()).pathname).toBe('/practica/');
});

test('after one visit the app works offline', async ({ page, context }) => {
  await open(page);
  await addCop(page, 'Chontales', 'Nicaragua');
  await saved(page);
  // Wait until the service worker controls the page (it precaches the whole build first).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('heading', { name: 'Chontales', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'About the method' }).click();
  await expect(page.getByRole('heading', { name: 'About the method' })).toBeVisible();
  await context.setOffline(false);
});
