import { test, expect, Page } from '@playwright/test';
import { open } from './helpers';
import { DATA_PAGES, EMPTY_PAGES, loadExample, toSpanish, visit } from './pages';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

// Every key of every namespace exists in both languages, with the same {{ variables }}, and
// no translation is empty. (leptos_i18n only warns at build time; this makes it fail.)
const LOCALES = join(__dirname, '..', '..', 'locales');

function flatten(obj: any, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') Object.assign(out, flatten(v, key));
    else out[key] = String(v);
  }
  return out;
}

function load(lang: string): Record<string, string> {
  const all: Record<string, string> = {};
  for (const file of readdirSync(join(LOCALES, lang)).filter((f) => f.endsWith('.json')).sort()) {
    const ns = file.replace(/\.json$/, '');
    Object.assign(all, flatten(JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf-8')), ns));
  }
  return all;
}

const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

test('every translation key exists in English and Spanish with the same variables', () => {
  const en = load('en');
  const es = load('es');
  const missingEs = Object.keys(en).filter((k) => !(k in es));
  const missingEn = Object.keys(es).filter((k) => !(k in en));
  expect(missingEs, 'keys missing in Spanish').toEqual([]);
  expect(missingEn, 'keys missing in English').toEqual([]);
  for (const k of Object.keys(en)) {
    expect(en[k].trim(), `empty English text for ${k}`).not.toBe('');
    expect(es[k].trim(), `empty Spanish text for ${k}`).not.toBe('');
    expect(vars(es[k]), `variables of ${k}`).toEqual(vars(en[k]));
  }
  expect(Object.keys(en).length).toBeGreaterThan(100);
});

// Strings that bypass the translation system show up as the same visible text in both
// languages. Each page is read in English, then in Spanish; any text node (in the header or
// main) left unchanged fails, except what is the same in both by nature.
const SAME_IN_BOTH = [
  /^[\d\s.,:;%–—\-+/()[\]→←·×=<>≥≤*#"“”'’…]+$/u, // numbers, dates, units, punctuation
  /^Práctica$/,
  /^(México|Nicaragua|Hidalgo|Morelos|Veracruz|Chontales|Jinotega|Matagalpa)$/,
  /^(CSV|JSON|HTML|Markdown|PDF|WCAG.*)$/,
  /Alcalde-Rabanal|et al\.|doi|https?:\/\//i, // citations and links
  /^(English|Español)$/, // the language switch names the other language in its own tongue
  /^Total$/, // the same word in both languages
];

/** Every string stored in the workspace: user data (CoP names, notes, summaries…) is kept as
 *  typed, so it is the same in both languages. */
async function storedStrings(page: Page): Promise<string[]> {
  const raw = await page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k) ?? ''));
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      // Whole values, and each line of multi-line ones (lists are shown line by line).
      for (const part of [v, ...v.split(/\n+/).map((l) => l.replace(/^\s*([-*•]|\d+[.)])\s+/, ''))]) {
        if (part.trim().length >= 2) out.add(part.trim());
      }
    }
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const r of raw) { try { walk(JSON.parse(r)); } catch { /* not JSON */ } }
  return [...out].sort((a, b) => b.length - a.length);
}

/** Whether a text is made only of user data (plus punctuation and numbers). */
function isUserData(text: string, stored: string[]): boolean {
  let rest = text;
  for (const v of stored) if (rest.includes(v)) rest = rest.split(v).join(' ');
  return !/\p{L}{2,}/u.test(rest);
}

async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const root of document.querySelectorAll('header, main')) {
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
        const el = n.parentElement;
        if (!text || !el || !/\p{L}/u.test(text)) continue;
        if (el.closest('script, style, textarea, option, [hidden]')) continue;
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        out.push(text);
      }
      // Names read out by screen readers, and hints, bypass the eye but not the ear.
      for (const el of root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
        if (el.closest('[hidden]')) continue;
        for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
          const text = (el.getAttribute(attr) ?? '').replace(/\s+/g, ' ').trim();
          if (text && /\p{L}/u.test(text) ) out.push(`[${attr}] ${text}`);
        }
      }
    }
    return out;
  });
}

/** Reads `routes` in English, then in Spanish; returns the texts left unchanged. */
async function untranslated(page: Page, routes: string[]): Promise<string> {
  const english = new Map<string, Set<string>>();
  for (const route of routes) {
    await visit(page, route);
    english.set(route, new Set(await visibleTexts(page)));
  }
  for (const [route, en] of english) expect(en.size, `texts read on #/${route}`).toBeGreaterThan(5);
  await toSpanish(page);
  const stored = await storedStrings(page);
  const same: string[] = [];
  for (const [route, en] of english) {
    await visit(page, route);
    for (const text of new Set(await visibleTexts(page))) {
      const bare = text.replace(/^\[[\w-]+\] /, '');
      const allowed = SAME_IN_BOTH.some((re) => re.test(bare)) || isUserData(bare, stored);
      if (en.has(text) && !allowed) same.push(`#/${route}: “${text}”`);
    }
  }
  return same.join('\n');
}

test('no visible text is the same in English and Spanish, empty pages', async ({ page }) => {
  await open(page, '#/about');
  expect(await untranslated(page, EMPTY_PAGES)).toBe('');
});

test('no visible text is the same in English and Spanish, pages with data', async ({ page }) => {
  test.setTimeout(120_000);
  await loadExample(page);
  expect((await storedStrings(page)).length, 'the example is stored').toBeGreaterThan(20);
  expect(await untranslated(page, DATA_PAGES)).toBe('');
});
