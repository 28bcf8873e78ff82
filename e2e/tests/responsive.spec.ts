import { test, expect } from '@playwright/test';
import { mkdirSync } from 'fs';
import { join } from 'path';
import { DATA_PAGES, loadExample, visit } from './pages';

// The main pages at a cheap phone, a tablet and a shared PC: screenshots for review
// (e2e/screenshots/, gitignored) and, at 360 px, no horizontal page scroll anywhere.
const SIZES = [
  { width: 360, height: 640 },
  { width: 768, height: 1024 },
  { width: 1366, height: 768 },
];
const SHOTS = join(__dirname, '..', 'screenshots');

for (const size of SIZES) {
  test(`main pages at ${size.width}×${size.height}`, async ({ page }) => {
    mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize(size);
    await loadExample(page);
    for (const route of DATA_PAGES) {
      await visit(page, route);
      const name = route.replace('/example-hidalgo', route.startsWith('cop') ? '' : '-cop');
      await page.screenshot({ path: join(SHOTS, `${name}-${size.width}x${size.height}.png`), fullPage: true });
      if (size.width === 360) {
        const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
        expect(fits, `#/${route} scrolls horizontally at 360 px`).toBe(true);
      }
    }
  });
}
