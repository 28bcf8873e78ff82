import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { open } from './helpers';
import { DATA_PAGES, EMPTY_PAGES, loadExample, toSpanish, visit } from './pages';

// WCAG 2.2 AA on every page, empty and with the paper's example, in both languages: zero
// violations. Failures list the rule, the page and the offending elements.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function audit(page: Page, routes: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const route of routes) {
    await visit(page, route);
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const v of result.violations) {
      const nodes = v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`);
      found.push(`#/${route}: ${v.id} (${v.impact}) ${v.help}\n    ${nodes.join('\n    ')}`);
    }
  }
  return found;
}

for (const lang of ['en', 'es'] as const) {
  test(`no axe violations on the empty pages (${lang})`, async ({ page }) => {
    await open(page, '#/about');
    if (lang === 'es') await toSpanish(page);
    expect((await audit(page, EMPTY_PAGES)).join('\n')).toBe('');
  });

  test(`no axe violations on the pages with data (${lang})`, async ({ page }) => {
    await loadExample(page);
    if (lang === 'es') await toSpanish(page);
    expect((await audit(page, DATA_PAGES)).join('\n')).toBe('');
  });
}
