import { test, expect, Page } from '@playwright/test';
import { open, saved, addCop } from './helpers';

const rows = (page: Page) => page.getByTestId('dash-row');
const perfChart = (page: Page) => page.getByTestId('perf-chart');

/** The page itself never scrolls sideways (wide tables and charts scroll in their own box). */
async function noHorizontalScroll(page: Page) {
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits, 'the page scrolls horizontally').toBe(true);
}

/** Opens the example from the page in view, choosing how. */
async function openExample(page: Page, how: 'own' | 'add') {
  await page.getByRole('button', { name: /Open the 2013–2015 Mexico–Nicaragua example|Abrir el ejemplo/ }).click();
  const choice = how === 'own'
    ? /^(Open in its own workspace|Abrir en su propio espacio de trabajo)$/
    : /^(Add as new CoPs to my workspace|Agregar como CdP nuevas)/;
  await page.getByRole('button', { name: choice }).click();
}

test('the example opens in its own workspace and the team’s own data stays untouched', async ({ page }) => {
  await open(page);
  await addCop(page, 'Mi comunidad', 'México', 'Pachuca');
  await saved(page);
  // One workspace only: no switcher yet.
  await expect(page.getByLabel('Workspace')).toHaveCount(0);

  await openExample(page, 'own');
  await expect(page.getByRole('heading', { level: 1, name: 'Programme dashboard' })).toBeVisible();
  await expect(rows(page)).toHaveCount(6);
  await expect(page.getByTestId('band-counts')).toContainText('2 optimal · 1 needs strengthening · 3 sub-optimal');
  await expect(page.getByTestId('member-totals')).toContainText('200 → 140');
  await expect(page.getByRole('row', { name: /Veracruz/ })).toContainText('17 → 17');

  // Fig. 4: six bars, each a list item with its name, total and band.
  await expect(perfChart(page).getByRole('listitem')).toHaveCount(6);
  await expect(page.getByRole('listitem', { name: /Hidalgo.*25/ })).toHaveAccessibleName('Hidalgo: 25, optimal');
  await expect(page.getByRole('listitem', { name: 'Jinotega: 5, sub-optimal' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Chontales: 15, needs strengthening' })).toBeAttached();
  await expect(page.getByRole('list', { name: /Total score of each CoP/ })).toBeVisible();
  await expect(page.getByTestId('perf-alt')).toContainText('Hidalgo: 25, optimal.');
  await expect(page.getByRole('listitem', { name: /^Hidalgo, Baseline 2013: 28 members/ })).toBeAttached();

  // Filter by country.
  await page.getByLabel('Country').selectOption('Nicaragua');
  await expect(rows(page)).toHaveCount(3);
  await expect(perfChart(page).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByTestId('band-counts')).toContainText('3 of 6 CoPs shown: 0 optimal · 1 needs strengthening · 2 sub-optimal');
  await expect(page.getByTestId('member-totals')).toContainText('119 → 65');
  await page.getByLabel('Band').selectOption({ label: '▼ sub-optimal' });
  await expect(rows(page)).toHaveCount(2);
  await page.getByLabel('Country').selectOption('');
  await page.getByLabel('Band').selectOption('');
  await expect(rows(page)).toHaveCount(6);

  // Sorting by total, highest first, with aria-sort on the column.
  await page.getByRole('button', { name: /^Latest total/ }).click();
  await expect(page.getByRole('columnheader', { name: /Latest total/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(rows(page).first()).toContainText('Hidalgo');
  await expect(rows(page).last()).toContainText('Jinotega');
  await page.getByRole('button', { name: /^Latest total/ }).click();
  await expect(page.getByRole('columnheader', { name: /Latest total/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows(page).first()).toContainText('Jinotega');

  // Back to the team's own workspace: their CoP, untouched.
  await saved(page);
  await page.getByLabel('Workspace').selectOption({ label: 'My workspace' });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Mi comunidad');
  await open(page, '#/communities');
  await expect(page.getByTestId('cop-card')).toHaveCount(1);
  await expect(page.getByText('Pachuca, México')).toBeVisible();

  // The choice is remembered across reloads, and the example is still there.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByTestId('cop-card')).toHaveCount(1);
  await page.getByLabel('Workspace').selectOption({ label: '2013–2015 Mexico–Nicaragua example' });
  await expect(rows(page)).toHaveCount(6);

  // The example's workspace can be removed (asked first, with undo); the team's stays.
  await page.getByRole('button', { name: 'Remove this workspace' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Your own workspace is not affected.');
  await page.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByLabel('Workspace')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows(page)).toHaveCount(6);
  await expect(page.getByLabel('Workspace')).toHaveValue(/^ws-/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(rows(page)).toHaveCount(6);
});

test('adding the example as new CoPs keeps the team’s CoP and adds six, with undo', async ({ page }) => {
  await open(page);
  await addCop(page, 'Hidalgo', 'México', 'Tula');
  await saved(page);
  await openExample(page, 'add');
  await expect(page.getByRole('heading', { level: 1, name: 'Programme dashboard' })).toBeVisible();
  await expect(rows(page)).toHaveCount(7);
  await expect(page.getByRole('row', { name: /Hidalgo \(2\)/ })).toBeVisible();
  await expect(page.getByText('6 example CoPs were added to your workspace.')).toBeVisible();
  await saved(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(rows(page)).toHaveCount(7);
  // Still one workspace.
  await expect(page.getByLabel('Workspace')).toHaveCount(0);
  await open(page, '#/communities');
  await expect(page.getByText('Tula, México')).toBeVisible();
  await expect(page.getByTestId('cop-card')).toHaveCount(7);

  // Undo takes the six out again.
  await openExample(page, 'add');
  await expect(rows(page)).toHaveCount(13);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows(page)).toHaveCount(7);
});

test('products give a criterion-3 suggestion that can be used in the wizard', async ({ page }) => {
  await open(page);
  await addCop(page, 'Jinotega', 'Nicaragua');
  await saved(page);
  await open(page, '#/dashboard');
  await page.getByRole('link', { name: 'Products and factors of Jinotega' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Products and factors: Jinotega' })).toBeVisible();
  await expect(page.getByTestId('tracker-suggestion')).toContainText('No suggestion for criterion 3 yet.');

  await page.locator('#product-review-due').fill('2014-01-31');
  await page.locator('#product-review-delivered').fill('2014-01-20');
  await page.getByTestId('product-review').getByLabel('Satisfactory', { exact: true }).check();
  await expect(page.getByTestId('status-review')).toHaveText('Status: delivered on time');
  await page.locator('#product-protocol-due').fill('2014-08-31');
  await page.locator('#product-protocol-delivered').fill('2014-12-31');
  await page.getByTestId('product-protocol').getByLabel('Satisfactory', { exact: true }).check();
  await expect(page.getByTestId('status-protocol')).toHaveText('Status: delivered late');
  await page.locator('#product-report-due').fill('2015-05-31');
  await page.locator('#product-report-delivered').fill('2015-05-01');
  await page.getByTestId('product-report').getByLabel('Minor technical flaws').check();
  await expect(page.getByTestId('tracker-suggestion')).toContainText('Suggested rating for criterion 3 (timely delivery of products): 3');
  await expect(page.getByTestId('tracker-suggestion')).toContainText('but not all three main products on time');
  await page.getByText('How the suggestion is worked out', { exact: true }).click();
  await expect(page.getByText(/Suggest 5 when all three main products/)).toBeVisible();
  await saved(page);

  // In the wizard, at criterion 3.
  await page.getByRole('link', { name: 'Open the scoring wizard' }).first().click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /^Next/ }).click();
  await expect(page.locator('#wizard-step-heading')).toHaveText(/^Criterion 3 of 5/);
  const box = page.getByTestId('c3-suggestion');
  await expect(box).toContainText('Suggested from the products tracker: 3');
  await box.getByRole('button', { name: 'Use suggestion (3)' }).click();
  await expect(page.locator('input[name^="consensus-"][value="3"]')).toBeChecked();
  await expect(page.getByTestId('chosen')).toHaveText('Chosen: 3.');
  await expect(box).toContainText('The consensus rating is the suggested one.');
  // Overriding stays possible.
  await page.locator('input[name^="consensus-"][value="5"]').check();
  await expect(page.getByTestId('chosen')).toHaveText('Chosen: 5.');
  await expect(box).not.toContainText('The consensus rating is the suggested one.');
});

test('a factor is validated, added, removed and restored with undo', async ({ page }) => {
  await open(page);
  await addCop(page, 'Matagalpa', 'Nicaragua');
  await saved(page);
  await page.getByRole('link', { name: 'Matagalpa', exact: true }).click();
  await page.getByRole('link', { name: 'Products and factors' }).click();
  await expect(page.getByTestId('factors-empty')).toBeVisible();

  // Empty description and a bad date: specific messages, nothing added.
  await page.locator('#factor-new-date').fill('2014-13');
  await page.getByRole('button', { name: 'Add factor' }).click();
  await expect(page.getByText('Describe what happened and how it helped or hindered the CoP.')).toBeVisible();
  await expect(page.getByText(/"2014-13" is not a valid date/)).toBeVisible();
  await expect(page.locator('#factor-new-description')).toBeFocused();
  await expect(page.getByTestId('factor')).toHaveCount(0);

  // Start from one of the paper's examples.
  await page.getByText('Start from an example from the paper').click();
  await page.getByRole('button', { name: /Epidemics \(such as dengue/ }).click();
  await expect(page.locator('#factor-new-description')).toHaveValue(/Epidemics \(such as dengue and chikungunya\)/);
  await expect(page.locator('#factor-new-scope-external')).toBeChecked();
  await expect(page.locator('#factor-new-effect-hindering')).toBeChecked();
  await page.locator('#factor-new-date').fill('2014');
  await page.getByRole('button', { name: 'Add factor' }).click();
  await expect(page.getByTestId('factor')).toHaveCount(1);
  await expect(page.getByTestId('factor')).toContainText('Barrier · external · 2014');

  // Edit it.
  await page.getByRole('button', { name: /^Edit Epidemics/ }).click();
  await page.locator('[id^="factor-edit-"][id$="-description"]').fill('Dengue epidemic in 2014 took members away.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('factor')).toContainText('Dengue epidemic in 2014 took members away.');

  // Remove, then undo.
  await page.getByRole('button', { name: /^Remove Dengue epidemic/ }).click();
  await expect(page.getByTestId('factor')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('factor')).toHaveCount(1);
  await saved(page);
  await page.reload();
  await expect(page.getByTestId('factor')).toContainText('Dengue epidemic in 2014 took members away.');
});

test('Spanish labels on the dashboard, charts and tracker', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: /Idioma|Language/ }).click();
  await expect(page.getByRole('link', { name: 'Panel' })).toBeVisible();
  await openExample(page, 'own');
  await expect(page.getByRole('heading', { level: 1, name: 'Panel del programa' })).toBeVisible();
  await expect(rows(page)).toHaveCount(6);
  await expect(page.getByTestId('band-counts')).toContainText('óptimo: 2 · requiere fortalecimiento: 1 · subóptimo: 3');
  await expect(page.getByTestId('member-totals')).toContainText('Integrantes: 200 → 140');
  await expect(page.getByRole('listitem', { name: 'Hidalgo: 25, óptimo' })).toBeAttached();
  await expect(page.getByLabel('País')).toBeVisible();
  await expect(page.getByLabel('Espacio de trabajo')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /Puntaje total más reciente/ })).toBeVisible();
  await page.getByRole('link', { name: 'Productos y factores de Veracruz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Productos y factores: Veracruz' })).toBeVisible();
  await expect(page.getByTestId('status-protocol')).toHaveText('Estado: entregado con retraso');
  await expect(page.getByRole('heading', { name: 'Barreras y factores facilitadores' })).toBeVisible();
  await expect(page.getByTestId('factor')).toHaveCount(2);
});

test('at 360 × 640 the page never scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await open(page);
  await openExample(page, 'own');
  await expect(rows(page)).toHaveCount(6);
  await noHorizontalScroll(page);
  // The bars still have room for their labels: the chart fits the phone's width.
  const box = await perfChart(page).boundingBox();
  expect(box && box.width).toBeLessThanOrEqual(360);
  await page.getByRole('link', { name: 'Products and factors of Hidalgo' }).click();
  await expect(page.getByTestId('status-report')).toHaveText('Status: delivered on time');
  await noHorizontalScroll(page);
  await open(page, '#/communities');
  await noHorizontalScroll(page);
});
