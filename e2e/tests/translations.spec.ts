import { test, expect } from '@playwright/test';
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
