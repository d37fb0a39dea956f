// The page's API refuses what it cannot do: every NomineeMap method given a bad argument answers
// false or null with a console warning, never throws, and changes nothing; so does every method
// before the map runs. A host's listener that throws is reported, and the others still run.
import { test, expect } from '@playwright/test';
import { openWidget, state } from './helpers.js';
import { viewSettled } from './a11y-helpers.js';

// Each row: the call (run in the page), the answer it must give. `fn` stands for a function.
const refusals = [
  ['select()', false], ['select(42)', false], ['select(null)', false], ['select({})', false],
  ['select(["tinn"])', false], ['select("oslo")', false], ['select("")', false],
  ['select({ toString() { throw new Error("boom"); } })', false],
  ['compare("tinn", "tinn")', false], ['compare("tinn")', false], ['compare("tinn", "oslo")', false],
  ['compare("oslo", "tinn")', false], ['compare(1, 2)', false], ['compare("asker", ["tinn"])', false],
  ['setLang("de")', false], ['setLang("EN")', false], ['setLang()', false], ['setLang(1)', false],
  ['setFilter("medium")', false], ['setFilter(null)', false], ['setFilter(5)', false],
  ['project("a", "b")', null], ['project("10", "60")', null], ['project(NaN, 60)', null],
  ['project(10, Infinity)', null], ['project(-Infinity, 60)', null], ['project(10)', null], ['project()', null],
  ['project({}, [])', null], ['project(10n, 60n)', null], ['project(null, 60)', null], ['project(true, false)', null],
  ['project(105, 0)', null],  // finite, but 90° from the projection's meridian: no place on screen
  ['on("bogus", fn)', false], ['on("select", "fn")', false], ['on("select")', false], ['on(undefined, fn)', false],
  ['on("select", null)', false], ['on({}, fn)', false],
  ['off("bogus", fn)', false], ['off("select", 42)', false], ['off()', false],
];
// Methods without arguments, and what they answer while the map does not run.
const reads = [['nominees()', null], ['state()', null], ['stats()', null], ['targets()', null]];
const actions = [['clear()', false], ['resetStats()', false], ['select("tinn")', false], ['compare("asker", "tinn")', false],
  ['setLang("en")', false], ['setFilter("small")', false], ['project(10, 60)', null]];

// Runs each call in the page; returns [answer, threw?] for each.
const callAll = (page, calls) => page.evaluate((calls) => calls.map((call) => {
  const fn = () => {};
  void fn;
  try {
    // eslint-disable-next-line no-new-func
    const answer = new Function('fn', `return window.NomineeMap.${call};`)(fn);
    return [answer === window.NomineeMap ? 'NomineeMap' : answer, false];
  } catch (e) {
    return [String(e), true];
  }
}), calls);

test('every method given a bad argument answers false or null with a warning, and changes nothing', async ({ page }) => {
  const seen = await openWidget(page, 'index.html#compare=asker,tinn&filter=small');
  await viewSettled(page);  // the link's flight to the comparison has landed
  const before = await state(page);
  const hash = await page.evaluate(() => location.hash);
  const answers = await callAll(page, refusals.map((r) => r[0]));
  refusals.forEach(([call, expected], i) => {
    expect(answers[i], call).toEqual([expected, false]);
  });
  // One warning per refused call, naming the method.
  expect(seen.warnings.length).toBeGreaterThanOrEqual(refusals.length);
  for (const method of ['select', 'compare', 'setLang', 'setFilter', 'project', 'on', 'off'])
    expect(seen.warnings.join('\n'), method).toMatch(new RegExp(`NomineeMap(\\.${method}:|: unknown nominee|: lang must|: filter must)`));
  expect(seen.warnings.join('\n')).toContain('NomineeMap.compare: needs two different nominees, got "tinn" twice');
  expect(seen.warnings.join('\n')).toContain('NomineeMap.project: argument 1 must be a finite number (longitude, degrees), got "a"');
  expect(seen.warnings.join('\n')).toContain('NomineeMap.project: (105, 0) has no place on the screen');
  expect(seen.warnings.join('\n')).toContain('NomineeMap.on: argument 1 must be one of "ready", "select", "hover", "error", got "bogus"');
  expect(await state(page)).toEqual(before);
  expect(await page.evaluate(() => location.hash)).toBe(hash);
  expect(seen.errors).toEqual([]);
});

test('good arguments still work: project answers a point, on/off chain, compare and select act', async ({ page }) => {
  const seen = await openWidget(page);
  const answers = await callAll(page, ['project(10.75, 59.91)', 'on("select", fn)', 'off("select", fn)',
    'compare("asker", "tinn")', 'select("sigdal")', 'setLang("en")', 'setFilter("large")']);
  expect(answers[0][1]).toBe(false);
  expect(Number.isFinite(answers[0][0].x) && Number.isFinite(answers[0][0].y)).toBe(true);
  expect(answers.slice(1)).toEqual([['NomineeMap', false], ['NomineeMap', false], [true, false], [true, false], [true, false], [true, false]]);
  expect((await state(page)).selected).toEqual(['sigdal']);  // select opens one nominee alone
  expect(seen.warnings).toEqual([]);
});

test('before the map runs, every method refuses with a warning instead of throwing', async ({ page }) => {
  // Hold the wasm back: the page script has made NomineeMap, the widget has not started.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  const seen = await openWidget(page, 'index.html', { waitReady: false });
  await page.waitForFunction(() => window.NomineeMap);
  const answers = await callAll(page, [...reads, ...actions].map((r) => r[0]));
  [...reads, ...actions].forEach(([call, expected], i) => expect(answers[i], call).toEqual([expected, false]));
  expect(seen.warnings.join('\n')).toContain('NomineeMap.state: the map is not running (not ready yet, or shown as text)');
  // Listeners may be added before the map runs: that is how a host hears 'ready'.
  expect(await callAll(page, ['on("ready", () => { window.heardReady = true; })'])).toEqual([['NomineeMap', false]]);
  release();
  await page.evaluate(() => window.NomineeMap.ready.then(() => true));
  await expect.poll(() => page.evaluate(() => window.heardReady)).toBe(true);
  expect((await state(page)).selected).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('without WebGL the API refuses every call with a warning; nothing throws', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return /webgl/.test(type) ? null : original.call(this, type, ...rest);
    };
  });
  const seen = await openWidget(page, 'index.html', { waitReady: false });
  await expect(page.locator('#nominee-map')).toHaveAttribute('data-state', 'text');
  const answers = await callAll(page, [...reads, ...actions].map((r) => r[0]));
  [...reads, ...actions].forEach(([call, expected], i) => expect(answers[i], call).toEqual([expected, false]));
  // drawn() has nothing to wait for, and says so without a warning.
  const warnings = seen.warnings.length;
  expect(await page.evaluate(() => window.NomineeMap.drawn())).toBe(true);
  expect(seen.warnings.length).toBe(warnings);
  expect(seen.errors).toEqual([]);
});

test('a host listener that throws is reported as a console error; the widget and other listeners go on', async ({ page }) => {
  const seen = await openWidget(page);
  await page.evaluate(() => {
    window.heard = [];
    window.NomineeMap.on('select', () => { throw new Error('a bug in the host page'); });
    window.NomineeMap.on('select', (e) => window.heard.push(e.selected.join(',')));
  });
  expect(await page.evaluate(() => window.NomineeMap.select('tinn'))).toBe(true);
  expect(await page.evaluate(() => window.heard)).toEqual(['tinn']);
  expect((await state(page)).selected).toEqual(['tinn']);
  expect(seen.errors.join('\n')).toContain('a bug in the host page');
});

// A host's listener runs after the wasm's frame or command that caused its event, never inside it
// (issue 20): one that compares and then clears from its select listener gets one event per change,
// in order, each saying what that change made, and the widget ends where the last call left it.
test('a select listener that compares and clears sees each change in order, and the last call wins', async ({ page }) => {
  const seen = await openWidget(page);
  const log = await page.evaluate(() => new Promise((resolve) => {
    const map = window.NomineeMap;
    const log = [];
    map.on('select', (e) => {
      log.push(['select', e.selected.join(',')]);
      if (log.filter(([type]) => type === 'select').length === 1) {
        map.compare('asker', 'tinn');
        log.push(['state after compare', map.state().selected.join(',')]);
        map.clear();
        log.push(['state after clear', map.state().selected.join(',')]);
      } else if (e.selected.length === 0) {
        resolve(log);
      }
    });
    map.select('sigdal');
    log.push(['select returned', map.state().selected.join(',')]);
  }));
  expect(log).toEqual([
    ['select returned', 'sigdal'],  // the event comes after the call that caused it
    ['select', 'sigdal'],
    ['state after compare', 'asker,tinn'],
    ['state after clear', ''],
    ['select', 'asker,tinn'],
    ['select', ''],
  ]);
  await viewSettled(page);
  expect((await state(page)).selected).toEqual([]);
  expect(seen.errors).toEqual([]);
});
