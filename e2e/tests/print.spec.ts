import { test, expect, Page } from '@playwright/test';
import { loadExample, visit } from './pages';

// Printing: the app's chrome (header, navigation, buttons) is hidden; the content is shown.
async function printable(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.app-header')).toBeHidden();
  await expect(page.locator('nav:visible')).toHaveCount(0);
  await expect(page.locator('main button:visible')).toHaveCount(0);
}

test.beforeEach(async ({ page }) => {
  await loadExample(page);
});

test('the CoP results print without the app chrome', async ({ page }) => {
  await visit(page, 'cop/example-hidalgo');
  await printable(page);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main')).toContainText('Hidalgo');
  await expect(page.locator('main table').first()).toBeVisible();
});

test('the composition tables print without the app chrome', async ({ page }) => {
  await visit(page, 'composition');
  await printable(page);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main table').first()).toBeVisible();
});

test('the summary prints without the app chrome', async ({ page }) => {
  await visit(page, 'summary/example-hidalgo');
  await printable(page);
  // Only the finished document prints (the editor and the page heading are for the screen).
  const doc = page.getByTestId('summary-doc');
  await expect(doc).toBeVisible();
  await expect(doc.locator('h1, h2, h3').first()).toBeVisible();
  await expect(page.locator('.summary-editor')).toBeHidden();
});
