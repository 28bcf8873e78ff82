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
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('heading', { name: 'Comunidades de Práctica' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('first visit follows the browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-MX' });
  const page = await context.newPage();
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
