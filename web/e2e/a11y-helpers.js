// Shared steps of the embedding and accessibility tests: a browser without WebGL, the host page on
// another origin with the widget in its iframe, axe-core, and small DOM and pixel probes.
import { expect } from '@playwright/test';
import { decodePng } from './helpers.js';
import config from '../playwright.config.js';

export const axePath = new URL('../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
export const ids = ['asker', 'drammen', 'kongsvinger', 'sigdal', 'sykkylven', 'tinn'];

// Records what a page (and every frame in it) does that a test may want to deny: console errors,
// uncaught errors, requests to other hosts. `origin` limits console errors to one origin's frames
// (the host page's own favicon 404 is not the widget's business).
export function watch(page, { origin = null } = {}) {
  const seen = { errors: [], warnings: [], foreignRequests: [], requests: [] };
  page.on('console', (m) => {
    const where = m.location() && m.location().url ? m.location().url : '';
    if (origin && where && !where.startsWith(origin)) return;
    if (m.type() === 'error') seen.errors.push(`${m.text()} (${where})`);
    if (m.type() === 'warning') seen.warnings.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(`uncaught: ${e}`));
  page.on('request', (r) => {
    seen.requests.push(r.url());
    const url = new URL(r.url());
    if (url.protocol === 'data:') return;
    if (!['127.0.0.1', 'localhost'].includes(url.hostname)) seen.foreignRequests.push(r.url());
  });
  return seen;
}

// A second browser like the config's (its launch options), but with WebGL switched off.
export function launchWithoutWebGL(playwright) {
  const launchOptions = config.use.launchOptions;
  return playwright.chromium.launch({
    ...launchOptions,
    args: [...(launchOptions.args || []), '--disable-webgl', '--disable-3d-apis'],
  });
}

// The host page's iframe as a Playwright frame, once the widget in it is ready.
export async function widgetFrame(page) {
  const handle = await page.locator('iframe[data-nominee-map]').elementHandle();
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => window.NomineeMap && window.NomineeMap.ready);
  await frame.evaluate(() => window.NomineeMap.ready.then(() => true));
  return { frame, handle };
}

// Where a nominee's marker is, in the page's viewport (for the host page: through the iframe).
export async function markerInPage(page, frameOrPage, id, handle = null) {
  const p = await frameOrPage.evaluate((id) => {
    const n = window.NomineeMap.nominees().find((n) => n.id === id);
    return window.NomineeMap.project(n.lon, n.lat);
  }, id);
  if (!handle) return p;
  const box = await handle.boundingBox();
  return { x: box.x + p.x, y: box.y + p.y };
}

export const widgetState = (frameOrPage) => frameOrPage.evaluate(() => window.NomineeMap.state());

// Tab until `predicate(activeElement)` holds, at most `limit` presses; returns the presses used
// (or -1). The predicate runs in the page.
export async function tabUntil(page, predicate, { limit = 30, key = 'Tab' } = {}) {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate(predicate)) return i;
  }
  return -1;
}

export const activeElement = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return { tag: a.tagName.toLowerCase(), id: a.id, text: (a.textContent || '').trim(), dataId: a.getAttribute('data-id'),
    focusVisible: a.matches(':focus-visible') };
});

// Runs axe-core on the page (WCAG 2.0/2.1 A and AA, plus best practice) and returns its results.
export async function runAxe(page, { include = null } = {}) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (include) => {
    const r = await window.axe.run(include || document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    const nodes = (v) => v.nodes.map((n) => ({ target: n.target.join(' '), summary: (n.failureSummary || '').replace(/\s+/g, ' ').trim() }));
    return {
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: nodes(v) })),
      incomplete: r.incomplete.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: nodes(v) })),
    };
  }, include);
}

export function describeAxe(results) {
  const line = (v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 6).map((n) => `    ${n.target} | ${n.summary}`).join('\n')}`;
  return [
    ...results.violations.map((v) => `VIOLATION ${line(v)}`),
    ...results.incomplete.map((v) => `needs review ${line(v)}`),
  ].join('\n') || '(none)';
}

// A screenshot into test-results/screens/<name>.png, decoded for pixel checks (in CSS pixels,
// whatever the device pixel ratio).
export async function shot(target, name, options = {}) {
  const buffer = await target.screenshot({ path: `test-results/screens/${name}.png`, scale: 'css', ...options });
  return decodePng(buffer);
}

// How many pixels differ (by more than `threshold` in any channel) between two decoded shots
// of the same size, within a rectangle.
export function differingPixels(a, b, rect, threshold = 24) {
  let count = 0;
  for (let y = Math.ceil(rect.y); y < Math.floor(rect.y + rect.height); y += 2) {
    for (let x = Math.ceil(rect.x); x < Math.floor(rect.x + rect.width); x += 2) {
      const p = a.at(x, y), q = b.at(x, y);
      if (Math.abs(p[0] - q[0]) > threshold || Math.abs(p[1] - q[1]) > threshold || Math.abs(p[2] - q[2]) > threshold) count++;
    }
  }
  return count;
}

// Waits until the page's vertical scroll position stops changing (a touch fling has ended).
export async function scrollSettled(page) {
  let last = null;
  await expect.poll(async () => {
    const y = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(window.scrollY)))));
    const same = y === last;
    last = y;
    return same;
  }, { intervals: [100], message: 'the page stops scrolling' }).toBe(true);
  return last;
}

// Waits until the map's view stops changing (a camera flight has landed).
export async function viewSettled(frameOrPage) {
  let last = null;
  await expect.poll(async () => {
    const v = JSON.stringify(await frameOrPage.evaluate(() => new Promise((r) =>
      requestAnimationFrame(() => requestAnimationFrame(() => r(window.NomineeMap.state().view))))));
    const same = v === last;
    last = v;
    return same;
  }, { intervals: [100], message: 'the map stops moving' }).toBe(true);
}

export async function noHorizontalScroll(page) {
  const m = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
    bodyScrollWidth: document.body.scrollWidth }));
  expect(m.scrollWidth, `document scrollWidth ${m.scrollWidth} vs innerWidth ${m.innerWidth}`).toBeLessThanOrEqual(m.innerWidth);
  expect(m.bodyScrollWidth, `body scrollWidth ${m.bodyScrollWidth} vs innerWidth ${m.innerWidth}`).toBeLessThanOrEqual(m.innerWidth);
}

// The nominee content as served (the widget's own data file), for text checks.
export async function servedContent(request, baseURL) {
  const r = await request.get(new URL('data/nominees.json', baseURL).href);
  expect(r.ok()).toBe(true);
  return JSON.parse((await r.text()).replace(/^\uFEFF/, ''));
}
