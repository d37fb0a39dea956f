// Every way the widget can fail, provoked: a lost WebGL context, missing or damaged files, no
// WebGL for the widget's canvas, a script or wasm that cannot load, a data file with problems,
// a clipboard that refuses, and the hints drawn on the map. Each test checks what the visitor sees
// (the page's message, the text version's note, the notice on the map) and what the console says.
// Covered elsewhere: a data file that is not JSON, a nominee with a bad value, a missing map file
// (robustness.spec.js); no WebGL at all (accessibility.spec.js); the wheel hint when embedded
// (embedding.spec.js); unknown ids in the link or the API, a listener that throws, calls before
// the map runs (api.spec.js, interaction.spec.js); Trusted Types refusing the script
// (security.spec.js).
import { test, expect } from '@playwright/test';
import { openWidget, settled, decodePng, colourDistance, state, centreOf, targets } from './helpers.js';
import { markerInPage, widgetFrame, shot } from './a11y-helpers.js';
import { compareImages } from './image-compare.js';
import { tolerance } from './golden-cases.js';
import { hostUrl } from '../playwright.config.js';

const mapUnavailable = 'The map cannot be shown in this browser, so the content is shown as text.';
const noticeBackground = [0x1d, 0x24, 0x30];  // the dark box of a hint or problem on the map

// Whether the map shows a notice (hint or problem): its dark box sits centred on the map, its
// bottom 64 px above the map's bottom (map_overlay.cpp).
async function noticeShown(target, view) {
  const r = view.mapRect;
  const image = await shot(target, 'errors-notice');
  const probe = { x: r.x + r.width / 2, y: r.y + r.height - 64 - 6 };
  return colourDistance(image.at(probe.x, probe.y), noticeBackground) < 30;
}

// Serves a broken copy of one of the widget's files.
const breakFile = (page, pattern, response) => page.route(pattern, (route) => route.fulfill(response));

test.describe('context loss', () => {
  test('a lost and restored WebGL context draws the same map again, and a click still selects', async ({ page }) => {
    const seen = await openWidget(page);
    await settled(page);
    const before = decodePng(await page.screenshot());
    await page.evaluate(() => {
      window.errorEvents = [];
      window.NomineeMap.on('error', (e) => window.errorEvents.push(e.message));
      const canvas = document.getElementById('nominee-map-canvas');
      window.loseContext = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
      window.restored = new Promise((resolve) => canvas.addEventListener('webglcontextrestored', resolve, { once: true }));
      window.loseContext.loseContext();
    });
    await expect.poll(() => page.evaluate(() => window.errorEvents)).toEqual(['WebGL context lost']);
    // While lost, actions are taken but not drawn; nothing throws, and nothing is waited for: the
    // frames they ask for are not pending (there is nothing to draw them on), so drawn() settles.
    expect(await page.evaluate(() => window.NomineeMap.setFilter('small'))).toBe(true);
    expect(await page.evaluate(() => window.NomineeMap.setFilter('all'))).toBe(true);
    expect((await page.evaluate(() => window.NomineeMap.stats())).framesPending).toBe(0);
    expect(await page.evaluate(() => window.NomineeMap.drawn())).toBe(true);
    await page.evaluate(() => { window.loseContext.restoreContext(); return window.restored.then(() => true); });
    await settled(page);
    const after = decodePng(await page.screenshot({ path: 'test-results/screens/errors-context-restored.png' }));
    const result = compareImages(before, after, tolerance);
    expect(result.ratio, `after the restore ${result.differing} pixels differ`).toBeLessThanOrEqual(tolerance.maxRatio);
    const tinn = await markerInPage(page, page, 'tinn');
    await page.mouse.click(tinn.x, tinn.y);
    await expect.poll(async () => (await state(page)).selected).toEqual(['tinn']);
    expect(seen.errors).toEqual([]);
  });
});

// A hostile page's WEBGL_lose_context, at the moments a review found the page breaking (issue 20):
// `when` is 'start' (lost the moment the widget makes its context, restored once the page has
// loaded the data and the map), 'ready' (lost as ready resolves, restored two frames later) or
// 'restoring' (as 'ready', and lost again the moment it is restored, then restored for good).
// At ready, the loss's event is held back from the widget until the restore (a capture listener
// stops it), as when the browser delivers it late: the widget's next frame then runs on a lost
// context it has not been told of, which is what broke the page now and then.
// Installed before the page's scripts run; window.contextLosses counts the losses.
function loseContextAt(page, when) {
  return page.addInitScript((when) => {
    window.contextLosses = 0;
    let extension = null;
    const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const lose = () => { window.contextLosses++; extension.loseContext(); };
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      const context = getContext.call(this, type, ...rest);
      if (type !== 'webgl2' || !context || extension) return context;
      extension = context.getExtension('WEBGL_lose_context');
      let restoredOnce = false;
      this.addEventListener('webglcontextlost', (e) => {
        if (when === 'start') {
          new PerformanceObserver((list, observer) => {
            if (!list.getEntriesByName('vk:loaded').length) return;
            observer.disconnect();
            extension.restoreContext();
          }).observe({ type: 'mark', buffered: true });
          return;
        }
        if (window.contextLosses === 1) {
          e.preventDefault();  // restorable
          e.stopImmediatePropagation();  // the widget does not hear of this loss
        }
        twoFrames().then(() => extension.restoreContext());
      }, true);
      this.addEventListener('webglcontextrestored', () => {
        if (when === 'restoring' && !restoredOnce) lose();
        restoredOnce = true;
      });
      if (when === 'start') lose();
      return context;
    };
    if (when !== 'start') {
      document.addEventListener('DOMContentLoaded', () => window.NomineeMap.ready.then(lose));
    }
  }, when);
}

for (const when of ['start', 'ready', 'restoring']) {
  test(`a context lost at ${when === 'start' ? 'the start' : when === 'ready' ? 'ready' : 'ready and again while restored'}: no page error, ready resolves, the map draws and selects`, async ({ page }) => {
    await loseContextAt(page, when);
    const seen = await openWidget(page, 'index.html', { waitReady: false });
    expect(await page.evaluate(() => window.NomineeMap.ready.then(() => 'resolved', (e) => `rejected: ${e.message}`))).toBe('resolved');
    await expect.poll(() => page.evaluate(() => window.contextLosses)).toBe(when === 'restoring' ? 2 : 1);
    // Restored for good: the canvas draws the map (sea and land, not the blank canvas) again.
    await expect.poll(() => page.evaluate(() => !document.getElementById('nominee-map-canvas').getContext('webgl2').isContextLost())).toBe(true);
    await settled(page);
    const image = decodePng(await page.screenshot({ path: `test-results/screens/errors-context-${when}.png` }));
    const view = (await state(page)).view;
    const corner = image.at(view.mapRect.x + 4, view.mapRect.y + view.mapRect.height - 4);
    expect(colourDistance(corner, [255, 255, 255]), `the map's corner is drawn (${corner})`).toBeGreaterThan(10);
    const tinn = await markerInPage(page, page, 'tinn');
    await page.mouse.click(tinn.x, tinn.y);
    await expect.poll(async () => (await state(page)).selected).toEqual(['tinn']);
    expect(seen.errors).toEqual([]);
  });
}

test.describe('files that cannot be had', () => {
  test('the data file missing (404): the text version says why, in the page message, and ready rejects', async ({ page }) => {
    await breakFile(page, '**/data/nominees.json', { status: 404, body: 'not found' });
    const seen = await openWidget(page, 'index.html?lang=en', { waitReady: false });
    await expect(page.locator('#nominee-map')).toHaveAttribute('data-state', 'text');
    await expect(page.locator('#nominee-map-message')).toBeVisible();
    await expect(page.locator('#nominee-map-message')).toHaveText('Problem in the data file: data/nominees.json: HTTP 404');
    await expect(page.locator('#nominee-map-text')).toBeEmpty();  // said once, no empty headings
    expect(await page.evaluate(() => window.NomineeMap.ready.then(() => 'resolved', (e) => `rejected: ${e.message}`)))
      .toBe('rejected: data/nominees.json: HTTP 404');
    expect(seen.warnings.join('\n')).toContain('NomineeMap: showing the text version: data/nominees.json: HTTP 404');
    await shot(page, 'errors-data-missing');
  });

  test('a font missing (404): the text version (the widget runs without its map), every nominee readable, the reason on the console', async ({ page }) => {
    await breakFile(page, '**/fonts/inter-regular.otf', { status: 404, body: 'not found' });
    const seen = await openWidget(page, 'index.html?lang=en', { waitReady: false });
    await expect(page.locator('#nominee-map')).toHaveAttribute('data-state', 'text');
    await expect(page.locator('#nominee-map-text [role=note]')).toHaveText(mapUnavailable);
    expect(seen.warnings.join('\n')).toContain('NomineeMap: showing the text version: fonts/inter-regular.otf: HTTP 404');
    await expect(page.locator('#nominee-map-text article h3')).toHaveCount(6);
    expect(seen.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  // The text version is the widget's own (core words it): when the widget cannot run at all, only
  // the page's short static message is left, in both languages, and no empty text version.
  for (const [what, pattern, response, reason] of [
    ['the widget script missing (404)', '**/vertskapskart.js', { status: 404, body: 'not found' }, /vertskapskart\.js could not be loaded/],
    ['a wasm file that is not wasm', '**/*.wasm', { status: 200, contentType: 'application/wasm', body: Buffer.from('not a wasm module at all') }, /CompileError/],
  ]) {
    test(`${what}: the page's static message, the reason on the console`, async ({ page }) => {
      await breakFile(page, pattern, response);
      const seen = await openWidget(page, 'index.html?lang=en', { waitReady: false });
      await expect(page.locator('#nominee-map')).toHaveAttribute('data-state', 'text');
      const fallback = page.locator('#nominee-map-fallback');
      await expect(fallback).toBeVisible();
      await expect(fallback).toContainText('Kartet kan ikke vises i denne nettleseren.');
      await expect(fallback).toContainText('The map cannot be shown in this browser.');
      await expect(page.locator('#nominee-map-message')).toBeHidden();
      await expect(page.locator('#nominee-map-text')).toBeEmpty();
      expect(seen.warnings.join('\n')).toMatch(new RegExp(`NomineeMap: showing the text version: .*${reason.source}`));
      expect(seen.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
      await shot(page, `errors-static-${what.split(' ')[1]}`);
    });
  }

  test('a damaged map file (random bytes): the text version names the problem, nothing crashes', async ({ page }) => {
    const bytes = Buffer.alloc(60_000);
    for (let i = 0, x = 12345; i < bytes.length; i++) { x = (x * 1103515245 + 12345) >>> 0; bytes[i] = x >>> 24; }
    await breakFile(page, '**/geo/norway.vkgeo', { status: 200, body: bytes });
    const seen = await openWidget(page, 'index.html?lang=en', { waitReady: false });
    await expect(page.locator('#nominee-map')).toHaveAttribute('data-state', 'text');
    await expect(page.locator('#nominee-map-text [role=note]')).toContainText('The map geometry could not be loaded');
    expect(seen.errors.join('\n')).toMatch(/NomineeMap data: map: /);
    await expect(page.locator('#nominee-map-text article h3')).toHaveCount(6);
    await shot(page, 'errors-bad-geo');
  });
});

test.describe('WebGL', () => {
  test('the widget makes one WebGL 2 context, on its own canvas (none to probe with)', async ({ page }) => {
    await page.addInitScript(() => {
      window.contexts = [];
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        const context = original.call(this, type, ...rest);
        if (/webgl/.test(type) && context && !window.contexts.some((c) => c.context === context)) window.contexts.push({ context, canvas: this.id });
        return context;
      };
    });
    await openWidget(page);
    expect(await page.evaluate(() => window.contexts.map((c) => c.canvas))).toEqual(['nominee-map-canvas']);
  });

  test('a shader that does not link: the text version, the reason on the console', async ({ page }) => {
    await page.addInitScript(() => {
      const original = WebGL2RenderingContext.prototype.getProgramParameter;
      WebGL2RenderingContext.prototype.getProgramParameter = function (program, name) {
        return name === this.LINK_STATUS ? false : original.call(this, program, name);
      };
    });
    const seen = await openWidget(page, 'index.html?lang=en', { waitReady: false });
    await expect(page.locator('#nominee-map')).toHaveAttribute('data-state', 'text');
    expect(seen.warnings.join('\n')).toContain('showing the text version: map: shader program did not link');
    await expect(page.locator('#nominee-map-text article h3')).toHaveCount(6);
  });

  test('no WebGL 2 for the widget\'s canvas (other canvases have it): the text version, not a blank canvas', async ({ page }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return this.id === 'nominee-map-canvas' && /webgl/.test(type) ? null : original.call(this, type, ...rest);
      };
    });
    const seen = await openWidget(page, 'index.html?lang=en', { waitReady: false });
    await expect(page.locator('#nominee-map')).toHaveAttribute('data-state', 'text');
    expect(seen.warnings.join('\n')).toContain('showing the text version: WebGL 2 is not available');
    await expect(page.locator('#nominee-map-text [role=note]')).toBeVisible();
    await expect(page.locator('#nominee-map-text article h3')).toHaveCount(6);
    expect(seen.errors).toEqual([]);
  });

  test('no WebGL at all and no data file: the page message says the map is unavailable', async ({ page }) => {
    await page.addInitScript(() => {
      HTMLCanvasElement.prototype.getContext = () => null;
    });
    await breakFile(page, '**/data/nominees.json', { status: 404, body: 'not found' });
    await openWidget(page, 'index.html?lang=en', { waitReady: false });
    await expect(page.locator('#nominee-map-message')).toHaveText(mapUnavailable);
    await expect(page.locator('#nominee-map-text')).toBeEmpty();  // no empty headings
  });
});

test.describe('data with problems', () => {
  test('an unusable data file: the message over the map, in the link\'s language; an error event; ready rejects', async ({ page }) => {
    await breakFile(page, '**/data/nominees.json', { status: 200, contentType: 'application/json', body: '{"schemaVersion": 1}' });
    await page.addInitScript(() => {
      window.errorEvents = [];
      document.addEventListener('DOMContentLoaded', () => window.NomineeMap.on('error', (e) => window.errorEvents.push(e.message)));
    });
    const seen = await openWidget(page, 'index.html?lang=en', { waitReady: false });
    await expect(page.locator('#nominee-map-message')).toContainText('Problem in the data file');
    expect(await page.evaluate(() => window.NomineeMap.ready.then(() => 'resolved', (e) => e.message))).toBe('data file unusable');
    expect(await page.evaluate(() => window.errorEvents)).toContain('data file unusable');
    expect(seen.errors.join('\n')).toContain('NomineeMap data: ');
    await expect(page.locator('#nominee-map-message')).toBeVisible();
    await shot(page, 'errors-data-unusable');
  });

  test('a data file with one bad nominee: the map says how many problems, an error event names them', async ({ page }) => {
    await page.route('**/data/nominees.json', async (route) => {
      const response = await route.fetch();
      const data = await response.json();
      data.nominees[0].population.value = -1;
      await route.fulfill({ response, body: JSON.stringify(data) });
    });
    await page.addInitScript(() => {
      window.errorEvents = [];
      document.addEventListener('DOMContentLoaded', () => window.NomineeMap.on('error', (e) => window.errorEvents.push(e)));
    });
    const seen = await openWidget(page, 'index.html?lang=en');
    await settled(page);
    expect(await noticeShown(page, (await state(page)).view), 'the problem drawn on the map').toBe(true);
    const events = await page.evaluate(() => window.errorEvents);
    expect(events.map((e) => e.message)).toEqual(['data problems']);
    expect(events[0].problems.join('\n')).toMatch(/\/nominees\/0\/population\/value/);
    expect(seen.errors.join('\n')).toMatch(/NomineeMap data: \/nominees\/0\/population\/value/);
  });
});

test.describe('the hash', () => {
  test('a malformed or unknown hash is ignored with warnings, and the address is put right', async ({ page }) => {
    const seen = await openWidget(page);
    for (const hash of ['#select=oslo', '#compare=oslo,bergen', '#lang=xx&filter=medium', '#%E0%A4%A', `#select=${'x'.repeat(20000)}`]) {
      await page.evaluate((hash) => new Promise((resolve) => {
        window.addEventListener('hashchange', () => setTimeout(resolve), { once: true });
        location.hash = hash;
      }), hash);
      // Nothing was selected before, nothing is now, and the address says so.
      expect(await page.evaluate(() => location.hash), hash.slice(0, 40)).toBe('');
      expect((await state(page)).selected).toEqual([]);
    }
    expect(seen.warnings.length).toBeGreaterThanOrEqual(5);
    expect(seen.errors).toEqual([]);
  });
});

test.describe('copying the link', () => {
  for (const [what, clipboard, warning] of [
    ['a clipboard that refuses', () => ({ writeText: () => Promise.reject(new Error('denied')) }), 'the clipboard refused the link http'],
    ['no clipboard at all', () => undefined, 'no clipboard here; the link is http'],
  ]) {
    test(`${what}: a warning with the link, no error`, async ({ page }) => {
      await page.addInitScript(`Object.defineProperty(navigator, 'clipboard', { value: (${clipboard})() });`);
      const seen = await openWidget(page, 'index.html#select=tinn');
      await settled(page);
      const t = await targets(page);
      await page.mouse.click(centreOf(t.copyLink).x, centreOf(t.copyLink).y);
      await expect.poll(() => seen.warnings.join('\n')).toContain(`NomineeMap: ${warning}`);
      expect(seen.errors).toEqual([]);
    });
  }
});

test.describe('hints on the map, embedded on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });

  test('one finger sideways over an embedded map shows the two-finger hint', async ({ page, context }) => {
    await page.goto(`${hostUrl}index.html?lang=en`);
    const { frame, handle } = await widgetFrame(page);
    await page.waitForFunction(() => window.received.some((m) => m.type === 'nominee-map:height'));
    await settled(frame);
    const view = (await frame.evaluate(() => window.NomineeMap.state())).view;
    expect(await noticeShown(handle, view), 'no hint before').toBe(false);
    const cdp = await context.newCDPSession(page);
    const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
    const box = await handle.boundingBox();
    const x = box.x + view.mapRect.width * 0.3, y = box.y + view.mapRect.height * 0.4;
    await touch('touchStart', [{ x, y, id: 1 }]);
    for (let i = 1; i <= 6; i++) await touch('touchMove', [{ x: x + 20 * i, y, id: 1 }]);
    await touch('touchEnd', []);
    await expect.poll(() => noticeShown(handle, view), { message: 'the hint to use two fingers' }).toBe(true);
  });
});
