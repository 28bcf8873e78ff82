import { test, expect } from '@playwright/test';
import { open, saved, addCop } from './helpers';

test('storage full: the change stays on screen and a banner offers to export', async ({ page }) => {
  await open(page);
  await addCop(page, 'Hidalgo', 'México');
  await saved(page);
  // Fill this origin's localStorage to the last kilobyte.
  await page.evaluate(() => {
    let chunk = 1 << 20;
    let i = 0;
    while (chunk >= 512) {
      try { localStorage.setItem(`fill/${i++}`, 'f'.repeat(chunk)); } catch { chunk = chunk / 2; }
    }
  });
  await addCop(page, 'Morelos', 'México');
  const banner = page.getByTestId('save-problem');
  await expect(banner).toContainText('Not saved');
  await expect(banner.getByRole('button', { name: 'Export now' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Morelos', exact: true })).toBeVisible();
  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Export now' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  // Room again: the next change saves everything that was waiting.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fill/')).forEach((k) => localStorage.removeItem(k)));
  await addCop(page, 'Veracruz', 'México');
  await saved(page);
  await page.reload();
  await expect(page.getByTestId('cop-card')).toHaveCount(3);
});

test('storage unavailable: the app works in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await open(page);
  await expect(page.getByTestId('save-problem')).toContainText('does not let Práctica save');
  await addCop(page, 'Chontales', 'Nicaragua');
  await expect(page.getByTestId('cop-card')).toHaveCount(1);
});

test('unreadable stored data is set aside, reported and downloadable', async ({ page }) => {
  await open(page);
  await addCop(page, 'Jinotega', 'Nicaragua');
  await addCop(page, 'Matagalpa', 'Nicaragua');
  await saved(page);
  const key = await page.evaluate(() => {
    const k = Object.keys(localStorage).find((x) => x.startsWith('practica/v1/main/cop/'))!;
    localStorage.setItem(k, '{"broken": tru');
    return k;
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  const banner = page.getByTestId('load-problem');
  await expect(banner).toContainText('could not be read');
  await expect(page.getByTestId('cop-card')).toHaveCount(1);
  const aside = await page.evaluate((k) => Object.keys(localStorage).filter((x) => x.startsWith('practica/aside/' + k)), key);
  expect(aside).toHaveLength(1);
  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Download the unreadable data' }).click();
  expect((await download).suggestedFilename()).toContain('practica-unreadable');
});
