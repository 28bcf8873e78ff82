import { test, expect, Page, Locator } from '@playwright/test';
import { open, saved } from './helpers';

// The whole path — create a CoP, score it, count its members, write a main message — with
// the keyboard only: Tab/Shift+Tab, Enter, Space, arrows and typing. No clicks.

/** Presses Tab until `target` has the focus (bounded, so a trap fails instead of hanging). */
async function tabTo(page: Page, target: Locator, max = 120) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('link', { name, exact: true });

test('create, score, count and summarise a CoP with the keyboard only', async ({ page }) => {
  await open(page, '#/communities');

  // 1. Create the CoP.
  const name = page.locator('#new-cop-name');
  await tabTo(page, name);
  await page.keyboard.type('Matagalpa');
  await page.keyboard.press('Tab');
  await expect(page.locator('#new-cop-country')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(name).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nicaragua');
  await tabTo(page, page.getByRole('button', { name: 'Add Community' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Matagalpa', exact: true })).toBeVisible();
  await saved(page);

  // 2. Score it through the wizard.
  await tabTo(page, nav(page, 'Score'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'Score Matagalpa' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('progress')).toHaveText('Step 1 of 7');
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');
  for (let i = 0; i < 5; i++) {
    await expect(page.locator('#wizard-step-heading')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(`input[name^="consensus-"][value="3"]`)).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: 'Next' }));
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('#wizard-step-heading')).toHaveText('Review');
  await expect(page.getByTestId('total')).toHaveText('15');
  await expect(page.getByTestId('band')).toContainText('needs strengthening');
  await saved(page);

  // 3. A composition snapshot and one count.
  await tabTo(page, nav(page, 'Composition'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Create “Baseline” and “End”' }));
  await page.keyboard.press('Enter');
  const cell = page.getByRole('textbox', { name: 'Matagalpa, physicians', exact: true }).first();
  await tabTo(page, cell);
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await expect(cell).toHaveValue('12');
  await expect(page.getByTestId('comp-grid').first()).toContainText('12');
  await saved(page);

  // 4. A main message in the summary.
  await tabTo(page, nav(page, 'Summary'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByTestId('summary-choice').getByRole('link', { name: 'Matagalpa', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Executive summary: Matagalpa' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Add a main message' }));
  await page.keyboard.press('Enter');
  const box = page.getByLabel('Main message 1', { exact: true });
  await expect(box).toBeFocused();
  await page.keyboard.type('Supervise prenatal records every month.');
  await expect(box).toHaveValue('Supervise prenatal records every month.');
  await saved(page);

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByLabel('Main message 1', { exact: true })).toHaveValue('Supervise prenatal records every month.');
  await open(page, '#/cop/' + (await page.evaluate(() => location.hash.split('/')[2])));
  await expect(page.getByTestId('total')).toHaveText('15');
});
