import { test, expect, Page } from '@playwright/test';
import { readFileSync } from 'fs';
import { open, saved, addCop } from './helpers';

async function exportWorkspace(page: Page): Promise<string> {
  await open(page, '#/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the whole workspace' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^practica-.*\.json$/);
  const path = await file.path();
  return readFileSync(path!, 'utf-8');
}

async function importText(page: Page, name: string, text: string) {
  await open(page, '#/data');
  await page.getByLabel('Práctica file to import').setInputFiles({
    name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf-8'),
  });
}

test('export, clear storage, import: everything is back', async ({ page }) => {
  await open(page);
  await addCop(page, 'Hidalgo', 'México', 'Tula');
  await addCop(page, 'Chontales', 'Nicaragua');
  await saved(page);
  const json = await exportWorkspace(page);
  const parsed = JSON.parse(json);
  expect(parsed.format).toBe('practica');
  expect(parsed.kind).toBe('workspace');
  expect(parsed.schema_version).toBeGreaterThanOrEqual(2);
  expect(parsed.workspace.communities).toHaveLength(2);
  await expect(page.getByTestId('last-export')).toContainText('Last export from this browser');

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await open(page);
  await expect(page.getByTestId('empty')).toBeVisible();

  await importText(page, 'backup.json', json);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await expect(page.getByTestId('preview-added')).toContainText('Hidalgo (México)');
  await expect(page.getByTestId('preview-added')).toContainText('Chontales (Nicaragua)');
  // Nothing is written before confirming.
  await open(page, '#/communities');
  await expect(page.getByTestId('empty')).toBeVisible();

  await importText(page, 'backup.json', json);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/Import done: 2 added/)).toBeVisible();
  await saved(page);
  await page.reload();
  await open(page, '#/communities');
  await expect(page.getByRole('heading', { name: 'Hidalgo', exact: true })).toBeVisible();
  await expect(page.getByText('Tula, México')).toBeVisible();
});

test('a conflict asks for a choice, and the import can be undone', async ({ page }) => {
  await open(page);
  await addCop(page, 'Morelos', 'México');
  await saved(page);
  const json = await exportWorkspace(page);
  const file = JSON.parse(json);
  file.workspace.communities[0].notes = 'Edited by the other team';
  file.workspace.communities[0].updated += 1000;
  await importText(page, 'other-team.json', JSON.stringify(file));
  await expect(page.getByTestId('conflict')).toHaveCount(1);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/Choose what to do for every Community/)).toBeVisible();
  await page.getByLabel('Keep both').check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/1 kept as copies/)).toBeVisible();
  await open(page, '#/communities');
  await expect(page.getByTestId('cop-card')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Morelos (2)' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('cop-card')).toHaveCount(1);
  await saved(page);
  await page.reload();
  await expect(page.getByTestId('cop-card')).toHaveCount(1);
});

test('bad files get a clear message and change nothing', async ({ page }) => {
  await open(page);
  await addCop(page, 'Veracruz', 'México');
  await saved(page);
  await importText(page, 'notes.json', 'hello, this is not json');
  await expect(page.getByTestId('import-error')).toContainText('line 1');
  await importText(page, 'empty.json', '');
  await expect(page.getByTestId('import-error')).toContainText(/empty/i);
  await importText(page, 'other.json', JSON.stringify({ format: 'spreadsheet-x', rows: [] }));
  await expect(page.getByTestId('import-error')).toContainText(/not exported from Práctica|another program/i);
  await importText(page, 'future.json', JSON.stringify({ format: 'practica', kind: 'workspace', schema_version: 99, workspace: {} }));
  await expect(page.getByTestId('import-error')).toContainText('made with a newer Práctica');
  await open(page, '#/communities');
  await expect(page.getByTestId('cop-card')).toHaveCount(1);
});

test('a hostile file is shown as text and runs nothing', async ({ page }) => {
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  await open(page);
  await addCop(page, 'Base', 'México');
  await saved(page);
  const file = JSON.parse(await exportWorkspace(page));
  const cop = file.workspace.communities[0];
  cop.id = 'cop-hostile';
  cop.name = `Evil ${evil}`.slice(0, 80);
  cop.country = evil.slice(0, 80);
  cop.region = evil.slice(0, 80);
  cop.notes = evil;
  file.workspace.name = evil;
  await importText(page, 'evil.json', JSON.stringify(file));
  await expect(page.getByTestId('preview-added')).toContainText('<img src=x');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await open(page, '#/communities');
  await expect(page.getByRole('link', { name: /^Evil <img src=x/ })).toBeVisible();
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await page.locator('main img').count()).toBe(0);
  // Every page that shows CoP names (tables, SVG charts, summaries) keeps them as text.
  for (const hash of ['#/dashboard', '#/score', '#/summary', '#/cop/cop-hostile']) {
    await open(page, hash);
    await expect(page.getByText(/Evil <img src=x/).first()).toBeVisible();
    expect(await page.locator('main img').count(), hash).toBe(0);
    expect(await page.evaluate(() => (window as any).__pwned), hash).toBeUndefined();
  }
});

test('two tabs: a change in one shows in the other without losing its edits', async ({ context }) => {
  const a = await context.newPage();
  await open(a);
  await addCop(a, 'Jinotega', 'Nicaragua');
  await saved(a);
  const b = await context.newPage();
  await open(b);
  await expect(b.getByRole('heading', { name: 'Jinotega', exact: true })).toBeVisible();
  await addCop(b, 'Matagalpa', 'Nicaragua');
  await saved(b);
  await expect(a.getByRole('heading', { name: 'Matagalpa', exact: true })).toBeVisible();
  await addCop(a, 'Chontales', 'Nicaragua');
  await saved(a);
  await expect(b.getByTestId('cop-card')).toHaveCount(3);
  await b.reload();
  await expect(b.getByTestId('cop-card')).toHaveCount(3);
});

test.describe('when the app cannot start', () => {
  // No service worker here, so the aborted .wasm request really fails.
  test.use({ serviceWorkers: 'block' });

  test('a fallback message offers the stored data', async ({ page, context }) => {
    await open(page);
    await addCop(page, 'Hidalgo', 'México');
    await saved(page);
    await context.route('**/*.wasm', (route) => route.abort());
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Práctica could not start' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my data' }).click();
    const file = await download;
    const data = JSON.parse(readFileSync((await file.path())!, 'utf-8'));
    expect(data.format).toBe('practica');
    expect(data.workspace.communities.map((c: any) => c.name)).toContain('Hidalgo');
  });
});
