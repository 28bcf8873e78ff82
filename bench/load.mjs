// Browser part of `make bench` (run by bench/run.sh): load times under a slow mobile network and
// a 4× slower CPU, Práctica against the Leptos counter baseline, then scale with 10/100/1,000
// CoPs and what happens when localStorage is full. Writes JSON to argv[2].
//
// Environment (set by run.sh): PRACTICA_URL, BASELINE_URL, WS_DIR (ws-<n>.json export files),
// RUNS (loads per median, default 5), SIZES (default "10 100 1000").
import { writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

const OUT = process.argv[2] ?? 'bench/results/load.work';
const PRACTICA = process.env.PRACTICA_URL ?? 'http://127.0.0.1:8781/';
const BASELINE = process.env.BASELINE_URL ?? 'http://127.0.0.1:8782/';
const WS_DIR = process.env.WS_DIR ?? '/tmp';
const RUNS = Number(process.env.RUNS ?? 5);
const SIZES = (process.env.SIZES ?? '10 100 1000').split(/\s+/).filter(Boolean).map(Number);
// ~1.6 Mbit/s down, 750 kbit/s up, 150 ms latency ("slow 4G / fast 3G"), CPU 4× slower.
const NETWORK = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };
const CPU_RATE = 4;
const PARTS = (process.env.LOAD_PARTS ?? 'load,scale,quota').split(',');

const out = { runs: RUNS, network: NETWORK, cpu_throttling: CPU_RATE, load: {}, scale: {}, quota: {}, errors: [] };
const log = (...a) => console.error('load:', ...a);
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 1) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);
const save = () => writeFileSync(OUT, JSON.stringify(out, null, 2));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// ---------- 1. Load ----------

// In-page: returns performance.now() (ms since navigation start) the first frame the main
// control is enabled, visible and (when on screen) the topmost element at its centre.
function readyPredicate(kind) {
  const clickable = (b) => {
    if (!b || b.disabled) return false;
    const r = b.getBoundingClientRect();
    if (!r.width || !r.height) return false;
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) {
      // Below the fold (the empty app's form): visible and enabled is what we can check.
      return b.checkVisibility ? b.checkVisibility({ visibilityProperty: true }) : true;
    }
    const hit = document.elementFromPoint(x, y);
    return !!hit && (hit === b || b.contains(hit));
  };
  if (document.documentElement.getAttribute('data-app') !== 'ready') return false;
  let button;
  if (kind === 'practica') {
    button = [...document.querySelectorAll('button')].find((b) => /^(Add Community|Agregar Comunidad)$/.test(b.textContent.trim()));
  } else {
    button = document.querySelector('#count');
  }
  return clickable(button) ? performance.now() : false;
}

async function throttle(page, cpu = true) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  if (cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  return { cdp, bytes: () => bytes, reset: () => { bytes = 0; } };
}

async function oneLoad(page, url, kind, how) {
  if (how === 'reload') await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(readyPredicate, kind, { polling: 'raf', timeout: 120_000 });
  const interactive = await handle.jsonValue();
  // The paint entry is queued after the frame is presented: wait for it (buffered observer).
  const fcp = await page.evaluate(() => new Promise((resolve) => {
    const now = performance.getEntriesByName('first-contentful-paint')[0];
    if (now) return resolve(now.startTime);
    new PerformanceObserver((l) => {
      const e = l.getEntries().find((x) => x.name === 'first-contentful-paint');
      if (e) resolve(e.startTime);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(() => resolve(null), 3000);
  }));
  return { fcp, interactive };
}

async function measureLoad(name, base, kind) {
  const url = kind === 'practica' ? `${base}#/communities` : base;
  const cold = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await browser.newContext({ serviceWorkers: 'allow', locale: 'en-US' });
    const page = await ctx.newPage();
    const t = await throttle(page);
    const r = await oneLoad(page, url, kind, 'goto');
    await page.waitForTimeout(300);
    r.bytes = t.bytes();
    cold.push(r);
    log(name, 'cold', i + 1, JSON.stringify(r));
    await ctx.close();
  }
  // Warm: one context; wait until the service worker (if any) controls the page.
  const warm = [];
  const ctx = await browser.newContext({ serviceWorkers: 'allow', locale: 'en-US' });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForFunction(readyPredicate, kind, { polling: 'raf', timeout: 60_000 });
  const hasSw = await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return false;
    const regs = await navigator.serviceWorker.getRegistrations();
    if (!regs.length) return false;
    await navigator.serviceWorker.ready;
    return true;
  });
  if (hasSw) {
    for (let i = 0; i < 5; i++) {
      if (await page.evaluate(() => !!navigator.serviceWorker.controller)) break;
      await page.reload();
      await page.waitForFunction(readyPredicate, kind, { polling: 'raf', timeout: 60_000 });
    }
  }
  const controlled = hasSw && (await page.evaluate(() => !!navigator.serviceWorker.controller));
  const t = await throttle(page);
  for (let i = 0; i < RUNS; i++) {
    t.reset();
    const r = await oneLoad(page, url, kind, 'reload');
    await page.waitForTimeout(300);
    r.bytes = t.bytes();
    warm.push(r);
    log(name, 'warm', i + 1, JSON.stringify(r));
  }
  await ctx.close();
  const sum = (rs) => ({
    fcp_ms: round(median(rs.map((r) => r.fcp))),
    interactive_ms: round(median(rs.map((r) => r.interactive))),
    bytes_on_wire: median(rs.map((r) => r.bytes)),
    samples_interactive_ms: rs.map((r) => round(r.interactive)),
  });
  out.load[name] = { cold: sum(cold), warm: { ...sum(warm), service_worker_controls: controlled } };
  save();
}

for (const [name, base, kind] of PARTS.includes('load') ? [['practica', PRACTICA, 'practica'], ['baseline', BASELINE, 'baseline']] : []) {
  try { await measureLoad(name, base, kind); } catch (e) { out.errors.push(`load ${name}: ${e.message.split('\n')[0]}`); log(e); save(); }
}

// ---------- 2. Scale ----------

// Records every localStorage.setItem (key, length, time) in window.__writes.
const SPY = () => {
  window.__writes = [];
  const orig = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    window.__writes.push({ key: k, len: String(v).length, t: performance.now(), hasMarker: String(v).includes('\u2042') });
    return orig.call(this, k, v);
  };
};

function storageRecords(file) {
  const env = JSON.parse(readFileSync(file, 'utf-8'));
  const ws = env.workspace;
  const cops = ws.communities;
  const rest = { ...ws };
  delete rest.communities;
  const records = { 'practica/v1/main/meta': JSON.stringify({ order: cops.map((c) => c.id), workspace: rest }) };
  for (const c of cops) records[`practica/v1/main/cop/${c.id}`] = JSON.stringify(c);
  return { records, cops, text: JSON.stringify(env, null, 2) };
}

async function seed(page, records) {
  await page.evaluate((recs) => {
    localStorage.clear();
    localStorage.setItem('practica/v1/lang', 'en');
    for (const [k, v] of Object.entries(recs)) localStorage.setItem(k, v);
  }, records);
}

// In-page: waits until pred() is true, then for the next animation frame; returns ms.
const FRAME = `window.__until = (pred, timeout = 30000) => new Promise((resolve, reject) => {
  const t0 = performance.now();
  const tick = () => {
    let ok = false; try { ok = pred(); } catch (e) {}
    if (ok) return requestAnimationFrame(() => resolve(performance.now()));
    if (performance.now() - t0 > timeout) return reject(new Error('timeout'));
    requestAnimationFrame(tick);
  };
  tick();
});`;

async function startup(page, base, firstName) {
  await page.goto('about:blank');
  await page.goto(`${base}#/communities`, { waitUntil: 'commit' });
  const h = await page.waitForFunction((name) => {
    if (document.documentElement.getAttribute('data-app') !== 'ready') return false;
    if (name && !document.body.textContent.includes(name)) return false;
    return performance.now();
  }, firstName, { polling: 'raf', timeout: 120_000 });
  return h.jsonValue();
}

async function scale(n) {
  const file = `${WS_DIR}/ws-${n}.json`;
  const { records, cops, text } = storageRecords(file);
  const r = { cops: n, file_bytes: Buffer.byteLength(text), storage_chars: Object.values(records).reduce((a, v) => a + v.length, 0) };
  const ctx = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US', acceptDownloads: true });
  await ctx.addInitScript(SPY);
  await ctx.addInitScript(FRAME);
  const page = await ctx.newPage();
  await page.goto(`${PRACTICA}#/communities`);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-app') === 'ready');
  // Empty app first (same page, same warm HTTP cache), then with the data.
  await page.evaluate(() => { localStorage.clear(); localStorage.setItem('practica/v1/lang', 'en'); });
  const empties = [];
  for (let i = 0; i < 3; i++) empties.push(await startup(page, PRACTICA, null));
  await seed(page, records);
  const starts = [];
  for (let i = 0; i < 3; i++) starts.push(await startup(page, PRACTICA, cops[0].name));
  r.startup_empty_ms = round(median(empties));
  r.startup_ms = round(median(starts));
  r.startup_extra_ms = round(r.startup_ms - r.startup_empty_ms);
  const target = cops[cops.length >> 1];

  // Dashboard: median of 3 visits from the CoP list.
  try {
    const ds = [];
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => { location.hash = '#/communities'; });
      await page.waitForTimeout(400);
      ds.push(await page.evaluate(async () => {
        const t0 = performance.now();
        location.hash = '#/dashboard';
        const t1 = await window.__until(() => [...document.querySelectorAll('h1')].some((h) => /Programme dashboard/.test(h.textContent))
          && document.querySelector('[data-testid="dash-row"]'));
        return t1 - t0;
      }));
    }
    r.dashboard_ms = round(median(ds));
    r.dashboard_samples_ms = ds.map((x) => round(x));
  } catch (e) { out.errors.push(`dashboard ${n}: ${e.message.split('\n')[0]}`); }

  // One rating change in the score wizard, until the next frame after the DOM changed.
  try {
    await page.evaluate((id) => { location.hash = `#/score/${encodeURIComponent(id)}`; }, target.id);
    await page.waitForFunction(() => document.querySelector('#wizard-step-heading'), null, { timeout: 30_000 });
    if (!(await page.locator('input[name^="consensus-"]').count())) {
      await page.getByRole('button', { name: /^2\b/ }).first().click();
      await page.waitForSelector('input[name^="consensus-"]', { state: 'attached', timeout: 10_000 });
    }
    await page.waitForTimeout(500);
    const res = await page.evaluate(async () => {
      const inputs = [...document.querySelectorAll('input[name^="consensus-"]')];
      const input = inputs.find((i) => !i.checked && !i.disabled);
      const target = input.closest('label') ?? document.querySelector(`label[for="${input.id}"]`) ?? input;
      let mutated = null;
      const mo = new MutationObserver(() => { if (mutated == null) mutated = performance.now(); });
      mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      const before = window.__writes.length;
      const t0 = performance.now();
      target.click();
      void document.body.offsetHeight; // style + layout of the change
      const work = performance.now() - t0;
      const frame = await new Promise((res) => requestAnimationFrame(() => res(performance.now())));
      // After the paint: a task queued from the frame runs once it has been presented.
      const painted = await new Promise((res) => requestAnimationFrame(() => setTimeout(() => res(performance.now()), 0)));
      mo.disconnect();
      await new Promise((res) => setTimeout(res, 1200)); // the debounced save
      const writes = window.__writes.slice(before).map((w) => w.key);
      return { work: work, frame: frame - t0, painted: painted - t0, dom_changed: mutated != null, writes };
    });
    r.rating_work_ms = round(res.work);
    r.rating_to_frame_ms = round(res.frame);
    r.rating_dom_changed = res.dom_changed;
    r.rating_saves = res.writes;
  } catch (e) { out.errors.push(`rating ${n}: ${e.message.split('\n')[0]}`); }

  // One keystroke in a summary field, until localStorage holds it; which records were written.
  try {
    await page.evaluate((id) => { location.hash = `#/summary/${encodeURIComponent(id)}`; }, target.id);
    const box = page.getByLabel('Main message 1', { exact: true });
    await box.waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    await box.evaluate((el) => { el.focus(); el.setSelectionRange(el.value.length, el.value.length); });
    await page.evaluate(() => {
      window.__w0 = window.__writes.length;
      // keyboard.type of a non-ASCII character sends no keydown, only beforeinput/input.
      window.__kd = undefined;
      for (const ev of ['keydown', 'beforeinput', 'input']) {
        window.addEventListener(ev, () => { if (window.__kd === undefined) window.__kd = performance.now(); }, { capture: true, once: true });
      }
    });
    await page.keyboard.type('\u2042');
    const res = await page.evaluate(async (key) => {
      await window.__until(() => window.__writes.slice(window.__w0).some((w) => w.key === key && w.hasMarker), 10_000);
      const hit = window.__writes.slice(window.__w0).find((w) => w.key === key && w.hasMarker);
      await new Promise((res) => setTimeout(res, 1000));
      const writes = window.__writes.slice(window.__w0);
      return { ms: hit.t - window.__kd, keys: writes.map((w) => w.key), bytes: writes.reduce((a, w) => a + w.len, 0) };
    }, `practica/v1/main/cop/${target.id}`);
    r.keystroke_to_saved_ms = round(res.ms);
    r.keystroke_writes = res.keys.length;
    r.keystroke_other_cops_written = res.keys.filter((k) => k.startsWith('practica/v1/main/cop/') && !k.endsWith(target.id)).length;
    r.keystroke_meta_written = res.keys.includes('practica/v1/main/meta');
    r.keystroke_bytes_written = res.bytes;
  } catch (e) { out.errors.push(`keystroke ${n}: ${e.message.split('\n')[0]}`); }

  // Export the whole workspace until the download.
  try {
    await page.evaluate(() => { location.hash = '#/data'; });
    const button = page.getByRole('button', { name: 'Export the whole workspace' });
    await button.waitFor();
    const dl = page.waitForEvent('download', { timeout: 60_000 });
    const t0 = Date.now();
    await button.click();
    const d = await dl;
    r.export_ms = Date.now() - t0;
    r.export_bytes = (readFileSync(await d.path())).length;
  } catch (e) { out.errors.push(`export ${n}: ${e.message.split('\n')[0]}`); }

  // Import with preview: from the file being chosen (the input's change event, in the page)
  // to the next frame after the preview is on screen. Timed in the page: Playwright's own
  // transfer of the file into the page (base64 over the DevTools protocol) is not the user's.
  try {
    const input = page.getByLabel('Práctica file to import');
    await page.evaluate(() => {
      window.__importStart = null;
      document.addEventListener('change', () => { window.__importStart ??= performance.now(); }, { capture: true, once: true });
    });
    await input.setInputFiles({ name: `ws-${n}.json`, mimeType: 'application/json', buffer: Buffer.from(text, 'utf-8') });
    r.import_preview_ms = round(await page.evaluate(async () => {
      const t1 = await window.__until(() => {
        const p = document.querySelector('[data-testid="import-preview"]');
        return p && p.offsetHeight > 0;
      }, 60_000);
      return t1 - window.__importStart;
    }));
  } catch (e) { out.errors.push(`import ${n}: ${e.message.split('\n')[0]}`); }

  await ctx.close();
  out.scale[n] = r;
  log('scale', JSON.stringify(r));
  save();
}

for (const n of PARTS.includes('scale') ? SIZES : []) {
  try { await scale(n); } catch (e) { out.errors.push(`scale ${n}: ${e.message.split('\n')[0]}`); log(e); save(); }
}

// ---------- 3. When localStorage is full ----------
if (PARTS.includes('quota')) try {
  const big = Math.max(...SIZES);
  const { records, cops } = storageRecords(`${WS_DIR}/ws-${big}.json`);
  const ctx = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
  const page = await ctx.newPage();
  await page.goto(`${PRACTICA}#/communities`);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-app') === 'ready');
  // How many CoP records of this size fit: copies of one record under new ids until refused.
  const sample = records[`practica/v1/main/cop/${cops[0].id}`];
  out.quota.cops_that_fit = await page.evaluate((v) => {
    localStorage.clear();
    let n = 0;
    try { for (;;) { localStorage.setItem(`practica/v1/main/cop/fit-${n}`, v); n++; } } catch (e) { /* full */ }
    localStorage.clear();
    return n;
  }, sample);
  out.quota.record_chars = sample.length;
  // The big workspace, then filler until the next write cannot fit; then edit a summary.
  await seed(page, records);
  out.quota.filler_chars = await page.evaluate(() => {
    let size = 8 << 20, total = 0, i = 0;
    while (size >= 64) {
      try { localStorage.setItem(`bench/filler/${i++}`, 'x'.repeat(size)); total += size; } catch (e) { size >>= 1; }
    }
    return total;
  });
  const state = async () => page.evaluate((name) => ({
    cops_shown: document.body.textContent.includes(name),
    alerts: [...document.querySelectorAll('[role="alert"], [data-testid="save-problem"]')].map((a) => a.textContent.trim().slice(0, 120)),
  }), cops[0].name);
  // (a) Completely full: not even the app's 1-character probe write fits.
  await page.reload();
  await page.waitForFunction(() => document.documentElement.getAttribute('data-app') === 'ready');
  await page.waitForTimeout(1000);
  out.quota.full_at_start = await state();
  // (b) Nearly full (about 1,000 characters free): start normally, then a long edit no longer fits.
  out.quota.freed_chars = await page.evaluate(() => {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith('bench/filler/'))
      .sort((a, b) => Number(a.split('/')[2]) - Number(b.split('/')[2]));
    let freed = 0;
    while (freed < 1000 && keys.length) { const k = keys.pop(); freed += localStorage.getItem(k).length; localStorage.removeItem(k); }
    return freed;
  });
  await page.reload();
  await page.waitForFunction(() => document.documentElement.getAttribute('data-app') === 'ready');
  out.quota.nearly_full_at_start = await state();
  await page.evaluate((id) => { location.hash = `#/summary/${encodeURIComponent(id)}`; }, cops[0].id);
  const box = page.getByLabel('Main message 1', { exact: true });
  await box.waitFor({ timeout: 30_000 });
  await box.click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(' ' + 'and a longer text that no longer fits. '.repeat(80));
  const banner = page.getByTestId('save-problem');
  try {
    await banner.waitFor({ state: 'visible', timeout: 5_000 });
    out.quota.banner_shown = true;
    out.quota.banner_text = (await banner.innerText()).split('\n')[0];
  } catch { out.quota.banner_shown = false; }
  await page.screenshot({ path: OUT.replace(/\.\w+$/, '') + '-quota.png' }).catch(() => {});
  await ctx.close();
} catch (e) { out.errors.push(`quota: ${e.message.split('\n')[0]}`); log(e); }

save();
await browser.close();
log('done');
