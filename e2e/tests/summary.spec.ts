import { test, expect, Page, Locator } from '@playwright/test';
import { readFileSync } from 'fs';
import { open, saved, addCop } from './helpers';

/** Adds a CoP and opens its summary builder from the summary chooser. */
async function openBuilder(page: Page, name: string) {
  await open(page);
  await addCop(page, name, 'México');
  await page.getByRole('navigation').getByRole('link', { name: 'Summary', exact: true }).click();
  await page.getByTestId('summary-choice').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name: `Executive summary: ${name}` })).toBeVisible();
}

function tab(page: Page, name: RegExp) {
  return page.getByRole('tab', { name });
}

/** The warning element a field points at with aria-describedby (the last id in the list). */
async function describedWarning(page: Page, field: Locator): Promise<Locator> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ');
  const warnId = ids.find((id) => id.includes('warn'));
  expect(warnId).toBeTruthy();
  return page.locator(`[id="${warnId}"]`);
}

async function addMessage(page: Page, n: number, text: string) {
  await page.getByRole('button', { name: 'Add a main message' }).click();
  const box = page.getByLabel(`Main message ${n}`, { exact: true });
  await expect(box).toBeFocused();
  await box.fill(text);
}

const MESSAGES = [
  'Supervise prenatal records in every unit each month and return each review to the team.',
  'Train all prenatal-care staff in the essential actions for obstetric emergencies.',
  'Put simple flowcharts of emergency actions in every consulting room.',
  'Assign the jurisdiction quality team to follow up these actions and report progress.',
];

test('a full summary survives a reload, links included', async ({ page }) => {
  await openBuilder(page, 'Tula');
  await page.locator('#sum-title').fill('Compliance with NOM-007 in Tula, 2014');
  await page.locator('#sum-authors').fill('Dra. Pérez, Enf. López');
  await page.locator('#sum-date').fill('2015-05');
  await page.locator('#sum-audience').fill('Health Jurisdiction of Tula');
  for (const [i, text] of MESSAGES.entries()) await addMessage(page, i + 1, text);

  await tab(page, /^Executive summary/).click();
  await page.getByRole('button', { name: 'Add a finding' }).click();
  await page.getByLabel('Finding 1', { exact: true }).fill('Only 35% of records are complete.');
  await page.getByRole('button', { name: 'Add a finding' }).click();
  await page.getByLabel('Finding 2', { exact: true }).fill('60% of staff do not know the emergency actions.');
  await page.getByRole('button', { name: 'Add a recommendation' }).click();
  await page.getByLabel('Recommendation 1 (R1)').fill('Supervise records regularly.');
  await page.getByRole('button', { name: 'Add a recommendation' }).click();
  await page.getByLabel('Recommendation 2 (R2)').fill('Train all staff in emergency actions.');
  const findings = page.getByTestId('finding-row');
  await findings.nth(0).getByRole('checkbox', { name: /R1/ }).check();
  await findings.nth(1).getByRole('checkbox', { name: /R1/ }).check();
  await findings.nth(1).getByRole('checkbox', { name: /R2/ }).check();
  await expect(page.getByTestId('recommendation-row').nth(0)).toContainText('Answers finding 1, 2.');
  // Keyboard focus stays on a ticked box.
  await expect(findings.nth(1).getByRole('checkbox', { name: /R2/ })).toBeFocused();

  await saved(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('#sum-title')).toHaveValue('Compliance with NOM-007 in Tula, 2014');
  await expect(page.locator('#sum-authors')).toHaveValue('Dra. Pérez, Enf. López');
  await expect(page.locator('#sum-date')).toHaveValue('2015-05');
  await expect(page.locator('#sum-audience')).toHaveValue('Health Jurisdiction of Tula');
  for (const [i, text] of MESSAGES.entries()) {
    await expect(page.getByLabel(`Main message ${i + 1}`, { exact: true })).toHaveValue(text);
  }
  await tab(page, /^Executive summary/).click();
  const after = page.getByTestId('finding-row');
  await expect(after.nth(0).getByRole('checkbox', { name: /R1/ })).toBeChecked();
  await expect(after.nth(0).getByRole('checkbox', { name: /R2/ })).not.toBeChecked();
  await expect(after.nth(1).getByRole('checkbox', { name: /R1/ })).toBeChecked();
  await expect(after.nth(1).getByRole('checkbox', { name: /R2/ })).toBeChecked();
  // The preview pairs them like Table 4.
  const doc = page.getByTestId('summary-doc');
  const rows = doc.locator('table.doc-findings tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Train all staff in emergency actions.');
  await expect(rows.nth(1)).toContainText('Supervise records regularly.');
  await expect(doc.locator('.doc-messages li')).toHaveCount(4);
  await expect(page.getByTestId('warning')).toHaveCount(0);
});

test('"more research is needed" is flagged next to the message', async ({ page }) => {
  await openBuilder(page, 'Morelos');
  await addMessage(page, 1, 'More research is needed on alarm signs.');
  const box = page.getByLabel('Main message 1', { exact: true });
  const warning = await describedWarning(page, box);
  await expect(warning).toContainText('Main message 1 says that more research is needed');
  // It sits inside the message's own row, and the tab counts it.
  await expect(page.getByTestId('message-row').first().getByTestId('warning')).toContainText('more research');
  await expect(tab(page, /^Main messages/)).toContainText('warning');
  await box.fill('Improve the self-care workshops so every woman learns the alarm signs.');
  await expect(warning).toBeEmpty();
});

test('an over-budget layer shows its warning; bad budget input is explained', async ({ page }) => {
  await openBuilder(page, 'Veracruz');
  for (const [i, text] of MESSAGES.entries()) await addMessage(page, i + 1, `${text} ${text} ${text}`);
  await expect(page.getByTestId('counter-messages')).toContainText(/of 500 words · 0\.\d of 1 page/);
  await page.getByText('Page budgets').click();
  const wpp = page.getByLabel('Words per page');
  await wpp.fill('abc');
  await expect(page.locator('#sum-budget-words_per_page-error')).toContainText('whole number');
  await expect(wpp).toHaveAttribute('aria-invalid', 'true');
  await wpp.fill('50');
  await expect(page.locator('#sum-budget-words_per_page-error')).toContainText('between 100 and 1500');
  await wpp.fill('100');
  await expect(wpp).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('counter-messages')).toContainText('of 100 words');
  await expect(page.getByTestId('counter-messages')).toContainText('over budget');
  const layerWarning = page.locator('#sum-warn-messages');
  await expect(layerWarning).toContainText('over the budget of 100 (1 page × 100 words)');
  await expect(tab(page, /^Main messages/)).toHaveAttribute('aria-describedby', 'sum-warn-messages');
  // The setting is stored with the workspace.
  await saved(page);
  await page.reload();
  await expect(page.locator('#sum-warn-messages')).toContainText('over the budget of 100');
});

test('printing shows only the document', async ({ page }) => {
  await openBuilder(page, 'Chontales');
  await addMessage(page, 1, 'Supervise prenatal-care quality norms every month.');
  await page.emulateMedia({ media: 'print' });
  // CSS locators: role queries skip hidden elements, which would make these checks vacuous.
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('nav')).toBeHidden();
  await expect(page.locator('[role="tablist"]')).toBeHidden();
  await expect(page.locator('#sum-title')).toBeHidden();
  await expect(page.locator('button', { hasText: 'Print / Save as PDF' })).toBeHidden();
  await expect(page.getByTestId('summary-doc')).toBeVisible();
  await expect(page.getByTestId('summary-doc')).toContainText('Supervise prenatal-care quality norms every month.');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('tablist')).toBeVisible();
});

test('typed markup is shown as text in the app and in the HTML export', async ({ page, browser }) => {
  const script = '<script>window.__pwned=1</script>';
  const img = '<img src=x onerror="window.__pwned=1">';
  await openBuilder(page, 'Matagalpa 2 – San José');
  await addMessage(page, 1, script);
  await page.locator('#sum-title').fill(img);
  await tab(page, /^Executive summary/).click();
  await page.getByRole('button', { name: 'Add a finding' }).click();
  await page.getByLabel('Finding 1', { exact: true }).fill(img);
  const doc = page.getByTestId('summary-doc');
  await expect(doc).toContainText(script);
  await expect(doc.locator('h3.doc-title')).toHaveText(img);
  await expect(doc.locator('table.doc-findings')).toContainText(img);
  await expect(doc.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export HTML' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('executive-summary-matagalpa-2-san-jose.html');
  const html = readFileSync((await download.path())!, 'utf8');
  expect(html).not.toContain(script);
  const other = await browser.newPage();
  await other.setContent(html);
  await expect(other.locator('body')).toContainText(script);
  await expect(other.locator('body')).toContainText(img);
  await expect(other.locator('body img')).toHaveCount(0);
  expect(await other.evaluate(() => (window as any).__pwned)).toBeUndefined();
  await other.close();

  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  expect(md.suggestedFilename()).toBe('executive-summary-matagalpa-2-san-jose.md');
  expect(readFileSync((await md.path())!, 'utf8')).toContain('\\<script\\>');
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
});

test('the example summary opens with zero warnings and never overwrites a CoP', async ({ page }) => {
  await open(page, '#/summary');
  await expect(page.getByTestId('empty')).toContainText('There are no Communities of Practice yet');
  await expect(page.getByRole('link', { name: 'Go to Communities' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the example summary (Hidalgo)' }).click();
  await expect(page.getByRole('heading', { name: 'Executive summary: Hidalgo' })).toBeVisible();
  await expect(page.getByTestId('summary-doc')).toContainText('NOM-007-SSA2-2010');
  await expect(page.getByTestId('message-row')).toHaveCount(5);
  await expect(page.getByTestId('warning')).toHaveCount(0);
  await expect(page.getByTestId('tab-warnings')).toHaveCount(0);
  await page.getByLabel('Main message 1', { exact: true }).fill('Changed by the team.');
  await saved(page);
  // A second example goes into a new CoP; the first keeps its edit.
  await page.getByRole('link', { name: 'All summaries' }).click();
  await page.getByRole('button', { name: 'Open the example summary (Hidalgo)' }).click();
  await expect(page.getByRole('heading', { name: 'Executive summary: Hidalgo (example)' })).toBeVisible();
  await page.getByRole('link', { name: 'All summaries' }).click();
  await expect(page.getByTestId('summary-choice')).toHaveCount(2);
  await expect(page.getByTestId('summary-choice').nth(1)).toContainText('no warnings');
  await page.getByRole('link', { name: 'Hidalgo', exact: true }).click();
  await expect(page.getByLabel('Main message 1', { exact: true })).toHaveValue('Changed by the team.');
});

test('tabs follow the ARIA pattern; remove can be undone; move keeps focus', async ({ page }) => {
  await openBuilder(page, 'Jinotega');
  for (const [i, text] of MESSAGES.slice(0, 3).entries()) await addMessage(page, i + 1, text);
  const rows = page.getByTestId('message-row');
  await page.getByRole('button', { name: 'Move down Main message 1' }).click();
  await expect(page.getByLabel('Main message 2', { exact: true })).toHaveValue(MESSAGES[0]);
  await expect(page.getByRole('button', { name: 'Move down Main message 2' })).toBeFocused();
  await page.getByRole('button', { name: 'Remove Main message 2' }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(3);
  await expect(page.getByLabel('Main message 2', { exact: true })).toHaveValue(MESSAGES[0]);

  const first = tab(page, /^Main messages/);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  const exec = tab(page, /^Executive summary/);
  await expect(exec).toBeFocused();
  await expect(exec).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toHaveAttribute('id', 'sum-panel-executive');
  await page.keyboard.press('End');
  await expect(tab(page, /^Report/)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('tabindex', '0');
  await expect(exec).toHaveAttribute('tabindex', '-1');
});

test('Spanish labels, and no sideways scrolling at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openBuilder(page, 'Hidalgo Tula');
  await addMessage(page, 1, 'Supervisar los expedientes cada mes en todas las unidades de salud de la jurisdicción.');
  await page.getByRole('button', { name: /Idioma|Language/ }).click();
  await expect(page.getByRole('heading', { name: 'Resumen ejecutivo: Hidalgo Tula' })).toBeVisible();
  await expect(tab(page, /^Mensajes principales/)).toContainText('de 500 palabras');
  await expect(tab(page, /^Resumen ejecutivo/)).toBeVisible();
  await expect(tab(page, /^Informe/)).toBeVisible();
  await expect(page.getByLabel('Mensaje principal 1', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimir / Guardar como PDF' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exportar HTML' })).toBeVisible();
  await expect(page.locator('#sum-warn-messages')).toContainText('Mensajes principales: hay 1');
  await expect(page.getByTestId('summary-doc')).toContainText('Formato: 1 página de mensajes principales');
  await tab(page, /^Resumen ejecutivo/).click();
  await expect(page.getByRole('heading', { name: 'Qué estudiamos y por qué' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
