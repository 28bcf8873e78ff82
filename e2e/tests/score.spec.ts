import { test, expect, Page, Locator } from '@playwright/test';
import { open, saved, addCop } from './helpers';

/** Presses Tab until `target` has the focus (keyboard-only navigation, bounded). */
async function tabTo(page: Page, target: Locator, max = 80) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The page itself never scrolls sideways (wide tables scroll in their own box). */
async function noHorizontalScroll(page: Page) {
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits, 'the page scrolls horizontally').toBe(true);
}

const progress = (page: Page) => page.getByTestId('progress');
const stepHeading = (page: Page) => page.locator('#wizard-step-heading');
const consensus = (page: Page, value: number) =>
  page.locator(`input[name^="consensus-"][value="${value}"]`);

/** Adds a CoP and opens its wizard from the chooser (with the mouse: setup, not the test). */
async function startScoring(page: Page, name: string, country = 'Nicaragua') {
  await open(page);
  await addCop(page, name, country);
  await saved(page);
  await page.getByRole('link', { name: /Score|Calificar/ }).first().click();
  await page.getByRole('link', { name: new RegExp(`(Score|Continue draft|Calificar) ${name}`) }).click();
  await expect(progress(page)).toHaveText(/Step 1 of 7|Paso 1 de 7/);
}

/** Rates the five criteria with the mouse, from the details step to the review. */
async function rateAll(page: Page, values: number[]) {
  await page.getByRole('button', { name: /^(Next|Siguiente)/ }).click();
  for (const v of values) {
    await consensus(page, v).check();
    await page.getByRole('button', { name: /^(Next|Siguiente)/ }).click();
  }
}

test('score a CoP with the keyboard only, at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await open(page);
  await addCop(page, 'Chontales', 'Nicaragua', 'Juigalpa');
  await saved(page);
  await open(page, '#/score');
  await noHorizontalScroll(page);

  await tabTo(page, page.getByRole('link', { name: 'Score Chontales' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Scoring Chontales' })).toBeVisible();
  await expect(progress(page)).toHaveText('Step 1 of 7');
  await expect(page.getByRole('button', { name: /^1 Details/ })).toHaveAttribute('aria-current', 'step');
  await noHorizontalScroll(page);
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  const ratings = [5, 3, 3, 3, 1];
  for (const [i, value] of ratings.entries()) {
    await expect(stepHeading(page)).toBeFocused();
    await expect(stepHeading(page)).toHaveText(new RegExp(`^Criterion ${i + 1} of 5: `));
    await expect(progress(page)).toHaveText(`Step ${i + 2} of 7`);
    // Into the radio group: nothing chosen yet, so Tab lands on the first card.
    await page.keyboard.press('Tab');
    await expect(consensus(page, 1)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(consensus(page, 1)).toBeChecked();
    // Arrow keys move (and choose) within the group, as with any radio buttons.
    for (let k = 1; k < value; k += 2) await page.keyboard.press('ArrowDown');
    await expect(consensus(page, value)).toBeChecked();
    await expect(consensus(page, value)).toBeFocused();
    await expect(page.getByTestId('chosen')).toHaveText(`Chosen: ${value}.`);
    await noHorizontalScroll(page);
    await tabTo(page, page.getByRole('button', { name: 'Next' }));
    await page.keyboard.press('Enter');
  }

  await expect(stepHeading(page)).toBeFocused();
  await expect(stepHeading(page)).toHaveText('Review');
  await expect(progress(page)).toHaveText('Step 7 of 7');
  await expect(page.getByTestId('total')).toHaveText('15');
  await expect(page.getByTestId('band')).toContainText('needs strengthening');
  await expect(page.getByTestId('missing')).toHaveCount(0);
  await noHorizontalScroll(page);

  await saved(page);
  await tabTo(page, page.getByRole('link', { name: 'See results' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Chontales' })).toBeVisible();
  await expect(page.getByText('Juigalpa, Nicaragua')).toBeVisible();
  await expect(page.getByTestId('total')).toHaveText('15');
  await expect(page.getByTestId('band')).toContainText('needs strengthening');
  const first = page.getByTestId('result-criterion').first();
  await expect(first).toContainText('Integration of the CoP');
  await expect(first).toContainText('Good communication makes consensus easy');
  await noHorizontalScroll(page);
});

test('leaving mid-way and coming back resumes at the same step', async ({ page }) => {
  await startScoring(page, 'Hidalgo', 'México');
  await page.getByRole('button', { name: 'Next' }).click();
  await consensus(page, 5).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await consensus(page, 3).check();
  await page.locator('#note-ownership').fill('Protocol written in two weeks; field diary, June 2014.');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(stepHeading(page)).toHaveText(/^Criterion 3 of 5/);
  await saved(page);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(progress(page)).toHaveText('Step 4 of 7');
  await expect(stepHeading(page)).toHaveText(/^Criterion 3 of 5: Timely delivery of products/);

  await page.getByRole('link', { name: 'About the method' }).click();
  await expect(page.getByRole('heading', { name: 'About the method' })).toBeVisible();
  await page.getByRole('link', { name: 'Score', exact: true }).click();
  await expect(page.getByTestId('score-cop')).toContainText('Draft in progress: 2 of 5 criteria rated.');
  await page.getByRole('link', { name: 'Continue draft Hidalgo' }).click();
  await expect(progress(page)).toHaveText('Step 4 of 7');
  await expect(page.getByRole('button', { name: /Integration.*rated 5/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Ownership.*rated 3/ })).toBeVisible();

  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(stepHeading(page)).toBeFocused();
  await expect(consensus(page, 3)).toBeChecked();
  await expect(page.locator('#note-ownership')).toHaveValue('Protocol written in two weeks; field diary, June 2014.');
  await page.getByRole('button', { name: /Integration/ }).click();
  await expect(consensus(page, 5)).toBeChecked();
  await expect(page.getByRole('button', { name: /Integration/ })).toHaveAttribute('aria-current', 'step');
});

test('in Spanish: criterion names and the band', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: /Idioma|Language/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await addCop(page, 'Chontales', 'Nicaragua');
  await saved(page);
  await page.getByRole('link', { name: 'Calificar', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calificar una Comunidad de Práctica' })).toBeVisible();
  await page.getByRole('link', { name: 'Calificar Chontales' }).click();
  await expect(progress(page)).toHaveText('Paso 1 de 7');
  await expect(stepHeading(page)).toHaveText('Datos de la evaluación');
  await page.getByRole('button', { name: 'Siguiente' }).click();
  await expect(stepHeading(page)).toHaveText('Criterio 1 de 5: Integración de la CdP');
  await expect(page.getByText('Plataforma de mapeo conceptual', { exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: /Calificación: elija/ })).toBeVisible();
  await page.getByRole('button', { name: 'Atrás' }).click();
  await rateAll(page, [5, 3, 3, 3, 1]);
  await expect(stepHeading(page)).toHaveText('Revisión');
  await expect(page.getByTestId('total')).toHaveText('15');
  await expect(page.getByTestId('band')).toContainText('requiere fortalecimiento');
  await expect(page.getByRole('table', { name: 'Calificaciones de consenso' })).toContainText('Retroalimentación a tomadores de decisiones');
  await page.getByRole('link', { name: 'Ver resultados' }).click();
  await expect(page.getByTestId('band')).toContainText('requiere fortalecimiento');
  await expect(page.getByRole('heading', { name: 'Influencia en cambios del programa' })).toBeVisible();
});

test('two raters who disagree see the spread and the suggestion', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await startScoring(page, 'Matagalpa');
  for (const name of ['Ana', 'Luis']) {
    await page.getByLabel('Name of a rater to add').fill(name);
    await page.getByRole('button', { name: 'Add rater' }).click();
  }
  await expect(page.getByTestId('rater-row')).toHaveCount(2);
  // Names must be told apart: a second "ana" is refused with a reason, next to the field.
  await page.getByLabel('Name of a rater to add').fill('ana');
  await page.getByRole('button', { name: 'Add rater' }).click();
  await expect(page.getByText(/Another rater is already called "ana"/)).toBeVisible();
  await expect(page.getByTestId('rater-row')).toHaveCount(2);

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('group', { name: /Consensus rating/ })).toBeVisible();
  await page.getByRole('group', { name: 'Ana', exact: true }).getByRole('radio', { name: '1' }).check();
  await expect(page.getByTestId('spread')).toHaveText('1 of 2 raters have rated this criterion.');
  await page.getByRole('group', { name: 'Luis', exact: true }).getByRole('radio', { name: '5' }).check();
  await expect(page.getByTestId('spread')).toContainText('ratings range from 1 to 5 (a spread of 4 points)');
  await expect(page.getByTestId('suggestion')).toHaveText('Suggested consensus: 1.');
  await expect(page.getByTestId('chosen')).toHaveText('Not rated yet.');
  await page.getByRole('button', { name: 'Use the suggestion (1)' }).click();
  await expect(consensus(page, 1)).toBeChecked();
  await expect(page.getByTestId('chosen')).toHaveText('Chosen: 1.');
  await expect(page.getByRole('button', { name: /Use the suggestion/ })).toHaveCount(0);

  await page.getByRole('button', { name: /Review/ }).click();
  await expect(page.getByTestId('disagreements')).toHaveText('The raters disagree on: Integration of the CoP.');
  const row = page.getByTestId('rater-table').getByRole('row', { name: /Integration of the CoP/ });
  await expect(row).toContainText('4');
  await expect(row.getByRole('cell').nth(0)).toHaveText('1');
  await expect(row.getByRole('cell').nth(1)).toHaveText('5');
  await noHorizontalScroll(page);

  await page.getByRole('button', { name: /^1 Details/ }).click();
  await page.getByRole('button', { name: 'Remove Luis' }).click();
  await expect(page.getByTestId('rater-row')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('rater-row')).toHaveCount(2);
  await expect(page.getByLabel('Rater 2')).toHaveValue('Luis');
});

test('an incomplete assessment shows what is missing and no total', async ({ page }) => {
  await startScoring(page, 'Jinotega');
  await page.getByRole('button', { name: 'Next' }).click();
  await consensus(page, 1).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await consensus(page, 1).check();
  await page.getByRole('button', { name: /Review/ }).click();
  await expect(stepHeading(page)).toBeFocused();
  await expect(page.getByTestId('no-total')).toHaveText(/No total yet: 3 of 5 criteria still need a rating/);
  await expect(page.getByTestId('total')).toHaveCount(0);
  await expect(page.getByTestId('band')).toHaveCount(0);
  const missing = page.getByTestId('missing');
  await expect(missing.getByRole('button')).toHaveText([
    'Timely delivery of products', 'Feedback to decision-makers', 'Influence on program changes',
  ]);
  await missing.getByRole('button', { name: 'Feedback to decision-makers' }).click();
  await expect(stepHeading(page)).toBeFocused();
  await expect(stepHeading(page)).toHaveText(/^Criterion 4 of 5/);
  await saved(page);

  await page.getByRole('link', { name: 'Communities' }).click();
  await page.getByRole('link', { name: 'Jinotega' }).click();
  await expect(page.getByTestId('not-scored')).toContainText('the draft still has 3 criteria to rate');
  await expect(page.getByTestId('total')).toHaveCount(0);
  await page.getByTestId('not-scored').getByRole('link', { name: 'Continue draft' }).click();
  await expect(stepHeading(page)).toHaveText(/^Criterion 4 of 5/);
});

test('a second assessment shows in the history with the change', async ({ page }) => {
  await startScoring(page, 'Veracruz', 'México');
  await page.getByLabel('Period covered').fill('2013–2014');
  await rateAll(page, [5, 3, 3, 3, 1]);
  await expect(page.getByTestId('total')).toHaveText('15');
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await expect(stepHeading(page)).toBeFocused();
  await expect(stepHeading(page)).toHaveText('Assessment details');
  await expect(page.getByLabel('Period covered')).toHaveValue('');
  await page.getByLabel('Period covered').fill('2014–2015');
  await rateAll(page, [5, 5, 3, 3, 3]);
  await expect(page.getByTestId('total')).toHaveText('19');
  await saved(page);
  await page.getByRole('link', { name: 'See results' }).click();
  await expect(page.getByTestId('total')).toHaveText('19');
  const rows = page.getByTestId('history-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('2013–2014');
  await expect(rows.nth(0)).toContainText('15');
  await expect(rows.nth(1)).toContainText('2014–2015');
  await expect(rows.nth(1)).toContainText('+4');
  await page.setViewportSize({ width: 360, height: 640 });
  await noHorizontalScroll(page);
  await expect(page.getByRole('link', { name: 'Composition' }).last()).toHaveAttribute('href', '#/composition');
});

test('unknown ids get a clear message and a way back', async ({ page }) => {
  await open(page, '#/cop/nope');
  await expect(page.getByRole('heading', { level: 1, name: 'Community of Practice not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to Communities' }).click();
  await expect(page.getByRole('heading', { name: 'Communities of Practice' })).toBeVisible();
  await open(page, '#/score/nope');
  await expect(page.getByRole('heading', { level: 1, name: 'Community of Practice not found' })).toBeVisible();
  await open(page, '#/score');
  await expect(page.getByTestId('score-empty')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add one on the Communities page.' })).toHaveAttribute('href', '#/communities');
});
