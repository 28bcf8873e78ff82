import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'fs';
import { open, saved, addCop } from './helpers';

// The paper's Table 2 (Alcalde-Rabanal et al. 2018): physicians, nurses, other per CoP.
const COPS: [string, string][] = [
  ['Hidalgo', 'México'], ['Morelos', 'México'], ['Veracruz', 'México'],
  ['Chontales', 'Nicaragua'], ['Jinotega', 'Nicaragua'], ['Matagalpa', 'Nicaragua'],
];
const T2013: Record<string, number[]> = {
  Hidalgo: [13, 11, 4], Morelos: [21, 11, 4], Veracruz: [5, 5, 7],
  Chontales: [16, 6, 20], Jinotega: [14, 28, 12], Matagalpa: [1, 12, 10],
};
const T2015: Record<string, number[]> = {
  Hidalgo: [13, 11, 3], Morelos: [17, 12, 2], Veracruz: [5, 5, 7],
  Chontales: [9, 9, 2], Jinotega: [15, 12, 5], Matagalpa: [1, 10, 2],
};
const PROFESSIONS = ['physicians', 'nurses', 'other'];

/** The six CoPs through the Communities form, then the composition page with Baseline/End. */
async function setUp(page: Page) {
  await open(page);
  for (const [name, country] of COPS) await addCop(page, name, country);
  await saved(page);
  await page.getByRole('link', { name: 'Composition' }).click();
  await expect(page.getByRole('heading', { name: 'Membership composition' })).toBeVisible();
  await page.getByRole('button', { name: 'Create “Baseline” and “End”' }).click();
  await expect(page.getByTestId('snap-item')).toHaveCount(2);
  await expect(page.getByTestId('comp-grid')).toBeVisible();
}

function cell(page: Page, cop: string, profession: string) {
  return page.getByRole('textbox', { name: `${cop}, ${profession}`, exact: true });
}

function grid(page: Page) {
  return page.getByTestId('comp-grid');
}

async function typeCounts(page: Page, table: Record<string, number[]>) {
  for (const [cop, counts] of Object.entries(table)) {
    for (let i = 0; i < PROFESSIONS.length; i++) {
      await cell(page, cop, PROFESSIONS[i]).fill(String(counts[i]));
    }
  }
}

async function chooseCount(page: Page, label: string) {
  await page.getByRole('group', { name: 'Count to show and edit' }).getByLabel(label, { exact: true }).check();
}

test('Table 2 (2013) typed into the grid gives the paper totals and percentages, and survives a reload', async ({ page }) => {
  await setUp(page);
  const overall = page.getByTestId('comp-overall');
  await cell(page, 'Hidalgo', 'physicians').fill('13');
  // As you type: the CoP row, México and the overall total follow at once.
  await expect(grid(page).getByRole('row', { name: /^Hidalgo/ })).toContainText('100.0 %');
  await expect(overall).toContainText('13');
  await typeCounts(page, T2013);
  await expect(overall).toContainText('200');
  for (const pct of ['35.0 %', '36.5 %', '28.5 %']) await expect(overall).toContainText(pct);
  await expect(grid(page).getByRole('row', { name: /^México total/ })).toContainText('81');
  await expect(grid(page).getByRole('row', { name: /^Nicaragua total/ })).toContainText('119');
  await expect(page.getByTestId('comp-summary')).toContainText('200 members (6 of 6 CoPs counted)');
  // The Table 2 layout and the chart show the same figures.
  await expect(page.getByTestId('comp-table2')).toContainText('48.2 %');
  await expect(page.getByRole('img', { name: /Members by profession at “Baseline” \(percentage/ })).toHaveCount(1);

  await saved(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(cell(page, 'Hidalgo', 'physicians')).toHaveValue('13');
  await expect(cell(page, 'Matagalpa', 'other')).toHaveValue('10');
  await expect(page.getByTestId('comp-overall')).toContainText('200');
});

test('a bad count shows the core message next to the cell and keeps the stored count', async ({ page }) => {
  await setUp(page);
  const input = cell(page, 'Morelos', 'nurses');
  await input.fill('11');
  await expect(page.getByTestId('comp-overall')).toContainText('11');
  for (const [bad, message] of [
    ['-1', 'A count cannot be negative.'],
    ['2.5', 'Members are counted in whole people.'],
    ['abc', 'This is not a number.'],
  ]) {
    await input.fill(bad);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    const described = await input.getAttribute('aria-describedby');
    expect(described).toBeTruthy();
    await expect(page.locator(`[id="${described}"]`)).toContainText(message);
    await expect(input).toHaveValue(bad);
    // The stored count is untouched.
    await expect(grid(page).getByRole('row', { name: /^Morelos/ })).toContainText('100.0 %');
    await expect(page.getByTestId('comp-summary')).toContainText('11 members');
  }
  // The page, with an error showing, has no automatically detectable accessibility problem.
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await input.fill('12');
  await expect(input).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('comp-summary')).toContainText('12 members');
});

test('comparison of baseline and end shows change in points and 70.0 % retention', async ({ page }) => {
  await setUp(page);
  await expect(page.getByTestId('cmp-summary')).toBeVisible();
  await typeCounts(page, T2013);
  await chooseCount(page, 'End');
  await expect(cell(page, 'Hidalgo', 'physicians')).toHaveValue('');
  await typeCounts(page, T2015);
  await expect(page.getByTestId('comp-overall')).toContainText('140');
  for (const pct of ['42.9 %', '42.1 %', '15.0 %']) await expect(page.getByTestId('comp-overall')).toContainText(pct);
  const summary = page.getByTestId('cmp-summary');
  await expect(summary).toContainText('200 members at baseline and 140 at the end (-60)');
  await expect(summary).toContainText('retention 70.0 %');
  await expect(summary).toContainText('66.3 % → 61.6 % (-4.7 points)');
  const cmp = page.getByTestId('comp-cmp');
  for (const v of ['+7.9', '+5.6', '-13.5', '47.6 %', '92.6 %', '54.6 %']) await expect(cmp).toContainText(v);
  await expect(page.getByRole('img', { name: /at “Baseline” and “End”/ })).toHaveCount(1);

  // CSV falls back to a download that always works.
  // "Copy as CSV" puts the core's CSV of the open count on the clipboard…
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy as CSV' }).click();
  await expect(page.getByTestId('csv-status')).toContainText('copied as CSV');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Physicians,13,17,5,35,9,15,1,25,60,42.9\r\n');
  // …and "Download CSV" saves the same text, with a byte-order mark for Excel.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^practica-composition-.*\.csv$/);
  const saved = readFileSync(await file.path(), 'utf8');
  expect(saved.startsWith('\ufeffProfession (End),Hidalgo,Morelos,Veracruz,México total,')).toBe(true);
  await expect(page.getByTestId('csv-status')).toContainText('was downloaded');

  // A phone: no horizontal page scroll; the grid scrolls in its own box.
  await page.setViewportSize({ width: 360, height: 640 });
  await expect(page.getByTestId('comp-grid')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('professions and counts: add, remove with undo; Spanish labels', async ({ page }) => {
  await setUp(page);
  await cell(page, 'Jinotega', 'nurses').fill('28');
  await page.locator('#prof-new-name').fill('Health promoters');
  await page.getByRole('button', { name: 'Add profession' }).click();
  await expect(page.getByRole('columnheader', { name: 'Health promoters' }).first()).toBeVisible();
  await cell(page, 'Jinotega', 'Health promoters').fill('4');
  await expect(page.getByTestId('comp-summary')).toContainText('32 members');
  await page.getByRole('button', { name: 'Remove Health promoters' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('members: 4, in 1 CoPs');
  await expect(page.getByRole('button', { name: 'Yes, remove' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.getByTestId('comp-summary')).toContainText('28 members');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cell(page, 'Jinotega', 'Health promoters')).toHaveValue('4');
  await expect(page.getByTestId('comp-summary')).toContainText('32 members');

  // Deleting a count asks first and can be undone with its counts.
  await page.getByRole('button', { name: 'Delete Baseline' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('members counted: 32, in 1 CoPs');
  await expect(page.getByRole('button', { name: 'Yes, delete' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByTestId('snap-item')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('snap-item')).toHaveCount(2);
  await expect(cell(page, 'Jinotega', 'nurses')).toHaveValue('28');
  await saved(page);

  await page.getByRole('button', { name: /Idioma|Language/ }).click();
  await expect(page.getByRole('heading', { name: 'Composición de los integrantes' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Jinotega, enfermeras', exact: true })).toHaveValue('28');
  await expect(page.getByRole('textbox', { name: 'Hidalgo, médicos', exact: true })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Enfermeras' }).first()).toBeVisible();
  await page.getByRole('textbox', { name: 'Hidalgo, médicos', exact: true }).fill('-1');
  await expect(page.getByText('Un conteo no puede ser negativo.')).toBeVisible();
});
