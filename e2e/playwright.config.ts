import { defineConfig } from '@playwright/test';

// The built site (dist/) is served from a sub-path, /practica/, by a plain static server
// with no rewrite rules: the same conditions as GitHub Pages or a ministry's file server.
// E2E_PORT and E2E_DIST let several runs (or a run beside `make serve`) coexist.
const PORT = Number(process.env.E2E_PORT ?? 8765);
const DIST = process.env.E2E_DIST ?? '../../dist';
const ROOT = `site-root/${PORT}`;

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/practica/`,
    serviceWorkers: 'allow',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not reachable here.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `mkdir -p ${ROOT} && ln -sfn ${DIST.startsWith('/') ? DIST : '../' + DIST} ${ROOT}/practica && python3 ../tools/serve.py --port ${PORT} --bind 127.0.0.1 --directory ${ROOT}`,
    url: `http://127.0.0.1:${PORT}/practica/index.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
