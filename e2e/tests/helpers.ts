import { expect, Page } from '@playwright/test';

/** Opens a page of the app (hash route) and waits until the app has started. */
export async function open(page: Page, hash = '#/communities') {
  await page.goto(`./${hash}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
}

/** Waits until every change has been written to localStorage. */
export async function saved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText(/saved|guardados/i);
}

/** Adds a CoP through the form. */
export async function addCop(page: Page, name: string, country: string, region = '') {
  const form = page.locator('form').filter({ has: page.locator('#new-cop-name') });
  await form.locator('#new-cop-name').fill(name);
  await form.locator('#new-cop-country').fill(country);
  if (region) await form.locator('#new-cop-region').fill(region);
  await form.getByRole('button', { name: /Add Community|Agregar Comunidad/ }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}
