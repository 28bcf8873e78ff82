import { test, expect, Page } from '@playwright/test';
import { readFileSync } from 'fs';
import { open, saved, addCop } from './helpers';

// A merged regional workspace can hold hundreds of CoPs: long lists show 50 at a time.

async function exportText(page: Page): Promise<string> {
  await open(page, '#/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the whole workspace' }).click();
  return readFileSync((await (await download).path())!, 'utf-8');
}

/** The exported workspace with its one CoP copied to `n` CoPs (new ids and names). */
function withCopies(json: string, n: number): string {
  const file = JSON.parse(json);
  const [first] = file.workspace.communities;
  file.workspace.communities = Array.from({ length: n }, (_, i) => ({
    ...first, id: `${first.id}-${i}`, name: `CoP ${String(i + 1).padStart(3, '0')}`,
  }));
  return JSON.stringify(file);
}

test('long lists show 50 at a time, in the import preview, the lists and the dashboard', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page);
  await addCop(page, 'Seed', 'México');
  await saved(page);
  const file = withCopies(await exportText(page), 120);

  await page.getByLabel('Práctica file to import').setInputFiles({
    name: 'regional.json', mimeType: 'application/json', buffer: Buffer.from(file, 'utf-8'),
  });
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByRole('heading', { name: /120/ })).toBeVisible();
  await expect(page.getByTestId('preview-added').locator('li')).toHaveCount(50);
  await preview.getByRole('button', { name: 'Show 50 more (70 not shown yet)' }).click();
  await expect(page.getByTestId('preview-added').locator('li')).toHaveCount(100);
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await saved(page);

  await open(page, '#/communities');
  const cards = page.getByTestId('cop-card');
  await expect(cards).toHaveCount(50);
  await page.getByRole('button', { name: 'Show 50 more (71 not shown yet)' }).click();
  await expect(cards).toHaveCount(100);
  const last = page.getByRole('button', { name: 'Show 21 more (21 not shown yet)' });
  await last.click();
  await expect(cards).toHaveCount(121);
  await expect(page.getByTestId('show-more')).toHaveCount(0);
  // The form to add a CoP is still reachable under the list.
  await expect(page.getByRole('button', { name: 'Add Community' })).toBeVisible();

  await open(page, '#/score');
  await expect(page.getByTestId('score-cop')).toHaveCount(50);
  await page.getByRole('button', { name: 'Show 50 more (71 not shown yet)' }).click();
  await expect(page.getByTestId('score-cop')).toHaveCount(100);

  await open(page, '#/dashboard');
  await expect(page.getByTestId('dash-row')).toHaveCount(50);
  await page.getByRole('button', { name: 'Show 50 more (71 not shown yet)' }).click();
  await expect(page.getByTestId('dash-row')).toHaveCount(100);

  // Spanish too (switching the language rebuilds the page, so it starts from the first 50 again).
  await page.getByRole('button', { name: /Idioma|Language/ }).click();
  await expect(page.getByRole('button', { name: 'Mostrar 50 más (71 aún sin mostrar)' })).toBeVisible();
  await expect(page.getByTestId('dash-row')).toHaveCount(50);
});
