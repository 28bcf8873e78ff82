import { expect, Page } from '@playwright/test';
import { open, saved } from './helpers';

/** The app's pages, by route. `cop` pages use the example's Hidalgo CoP when there is data. */
export const EMPTY_PAGES = [
  'dashboard', 'communities', 'score', 'composition', 'summary', 'data', 'about',
];
export const DATA_PAGES = [
  'dashboard', 'communities', 'cop/example-hidalgo', 'score', 'score/example-hidalgo', 'composition',
  'summary', 'summary/example-hidalgo', 'data', 'about',
];

/** Opens the paper's example (six CoPs with assessments, composition counts and summaries). */
export async function loadExample(page: Page) {
  await open(page, '#/dashboard');
  await page.getByRole('button', { name: /Open the 2013–2015 Mexico–Nicaragua example|Abrir el ejemplo/ }).click();
  await page.getByRole('button', { name: /^(Open in its own workspace|Abrir en su propio espacio de trabajo)$/ }).click();
  await expect(page.getByTestId('dash-row')).toHaveCount(6);
  await saved(page);
}

/** Switches the interface to Spanish (the choice is remembered for the next page loads). */
export async function toSpanish(page: Page) {
  await page.getByRole('button', { name: 'Language: Español' }).click();
  await expect(page.getByRole('button', { name: 'Idioma: English' })).toBeVisible();
  await saved(page);
}

/** Opens a route and waits until its main heading is on screen. */
export async function visit(page: Page, route: string) {
  await open(page, `#/${route}`);
  await expect(page.locator('main h1').first()).toBeVisible();
}
