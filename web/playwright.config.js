// Browser tests: Debian's Chromium (never a downloaded browser), headless, WebGL through
// SwiftShader. Three local servers: the widget, the widget under a strict CSP, and a host page on
// another origin that embeds it.
import { defineConfig } from '@playwright/test';

// VK_E2E_PORT moves all three servers (two test runs on one machine must not share ports).
const base = Number(process.env.VK_E2E_PORT || 8099);
export const widgetUrl = `http://127.0.0.1:${base}/`;
export const strictUrl = `http://127.0.0.1:${base - 1}/`;
export const hostUrl = `http://127.0.0.1:${base - 2}/`;

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,  // two cores, and SwiftShader draws on the CPU
  // One retry in CI only: the machine is shared, two cores draw WebGL in software, and one touch
  // test (embedding: two fingers move the map) failed once in ~6 full runs when a run was slow.
  // Playwright still reports a test that needed the retry as flaky; locally nothing is retried.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL: widgetUrl,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-quic',
        '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: [
    { command: `node serve.mjs --port ${base}`, url: `${widgetUrl}index.html`, reuseExistingServer: false },
    { command: `node serve.mjs --port ${base - 1} --csp`, url: `${strictUrl}index.html`, reuseExistingServer: false },
    { command: `node serve.mjs --port ${base - 2} --root e2e/host --widget ${widgetUrl}`, url: `${hostUrl}index.html`, reuseExistingServer: false },
  ],
});
