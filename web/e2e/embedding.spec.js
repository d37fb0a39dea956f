// Embedding: the page on a phone and from 320 to 1920 px, the iframe on another origin with the
// host script (height, selection, the host's own #vertskap=, cooperative gestures), options in the
// URL, a strict Content-Security-Policy, no cookies, no storage, no other hosts, and printing.
import { test, expect } from '@playwright/test';
import { openWidget, state, settled, colourDistance } from './helpers.js';
import { hostUrl, strictUrl, widgetUrl } from '../playwright.config.js';
import {
  watch, widgetFrame, markerInPage, widgetState, shot, noHorizontalScroll, scrollSettled,
} from './a11y-helpers.js';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
const widgetOrigin = new URL(widgetUrl).origin;

test.describe('on a phone', () => {
  test.use(phone);

  test('no horizontal scroll, map on top and panel below, a tap on a marker selects it', async ({ page }) => {
    const seen = await openWidget(page);
    await settled(page);
    await noHorizontalScroll(page);
    const s = await state(page);
    expect(s.view.narrow).toBe(true);
    const r = s.view.mapRect;
    const canvas = await page.locator('#nominee-map-canvas').boundingBox();
    // The map spans the width at the top; the rest of the canvas below it is the panel.
    expect(r).toMatchObject({ x: 0, y: 0, width: 390 });
    expect(r.height).toBeGreaterThanOrEqual(260);
    expect(r.height, 'the panel needs room below the map').toBeLessThan(canvas.height - 200);
    const start = await shot(page, 'embed-phone-start');
    // Below the map is the panel's light background, not sea or land.
    const panelPixel = start.at(6, r.y + r.height + 40);
    expect(colourDistance(panelPixel, [255, 255, 255]), `panel background ${panelPixel}`).toBeLessThan(16);

    const sykkylven = await markerInPage(page, page, 'sykkylven');
    expect(sykkylven.y).toBeLessThan(r.y + r.height);
    await page.touchscreen.tap(sykkylven.x, sykkylven.y);
    await expect.poll(async () => (await state(page)).selected).toEqual(['sykkylven']);
    // No hover on touch: the tooltip goes with the finger.
    await expect.poll(async () => (await state(page)).hover).toBeNull();
    await expect(page.locator('#nominee-map-status')).toHaveText(/Sykkylven/);
    await settled(page);
    await noHorizontalScroll(page);
    await shot(page, 'embed-phone-selected');
    expect(seen.errors).toEqual([]);
  });

  test('touch targets in the text version are at least 44 × 44 px', async ({ page }) => {
    await openWidget(page, 'index.html#select=tinn');
    await page.locator('#nominee-map-text button').first().focus();
    // Every button a visitor can reach (a hidden one, like Swap with one nominee selected, is not).
    const sizes = await page.locator('#nominee-map-text button').evaluateAll((buttons) =>
      buttons.filter((b) => !b.hidden).map((b) => { const r = b.getBoundingClientRect(); return { text: b.textContent, width: r.width, height: r.height }; }));
    expect(sizes.length).toBeGreaterThanOrEqual(6 + 6);
    for (const b of sizes) {
      expect(b.height, `${b.text} height`).toBeGreaterThanOrEqual(44);
      expect(b.width, `${b.text} width`).toBeGreaterThanOrEqual(44);
    }
    await noHorizontalScroll(page);
    await shot(page, 'embed-phone-mirror-focused');
  });
});

for (const viewport of [{ width: 320, height: 568 }, { width: 1920, height: 1080 }]) {
  test(`responsive at ${viewport.width}×${viewport.height}: no horizontal scroll, ${viewport.width < 600 ? 'narrow' : 'wide'} layout`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openWidget(page, 'index.html#compare=asker,tinn');
    await settled(page);
    await noHorizontalScroll(page);
    const s = await state(page);
    expect(s.selected).toEqual(['asker', 'tinn']);
    expect(s.view.narrow).toBe(viewport.width < 600);
    if (s.view.narrow) expect(s.view.mapRect.width).toBe(viewport.width);
    else expect(s.view.mapRect.width).toBeGreaterThan(viewport.width / 2);
    await shot(page, `embed-responsive-${viewport.width}`);
  });
}

test.describe('in an iframe on another origin', () => {
  test('the host receives the height and sizes the iframe to it', async ({ page }) => {
    const seen = watch(page, { origin: widgetOrigin });
    await page.goto(`${hostUrl}index.html`);
    await widgetFrame(page);
    const message = await page.waitForFunction(() => (window.received || []).filter((m) => m.type === 'nominee-map:height').pop(), null, { polling: 50 });
    const { height } = await message.jsonValue();
    expect(typeof height).toBe('number');
    expect(height).toBeGreaterThan(400);  // more than the host page's own 400 px
    await expect.poll(() => page.evaluate(() => document.querySelector('iframe').style.height)).toBe(`${Math.round(height)}px`);
    const box = await page.locator('iframe').boundingBox();
    expect(Math.abs(box.height - height)).toBeLessThanOrEqual(1);
    await shot(page, 'embed-host-start');
    expect(seen.errors).toEqual([]);
    expect(seen.foreignRequests).toEqual([]);
  });

  test('a click on a marker inside the iframe tells the host, which keeps #vertskap= in its own URL', async ({ page }) => {
    await page.goto(`${hostUrl}index.html`);
    const { frame, handle } = await widgetFrame(page);
    await page.evaluate(() => {
      window.domEvents = [];
      document.querySelector('iframe').addEventListener('nominee-map:select', (e) => window.domEvents.push(e.detail.selected));
    });
    await page.waitForFunction(() => window.received.some((m) => m.type === 'nominee-map:height'));
    await settled(frame);
    const tinn = await markerInPage(page, frame, 'tinn', handle);
    await page.mouse.click(tinn.x, tinn.y);
    await expect.poll(() => page.evaluate(() => window.received.filter((m) => m.type === 'nominee-map:select')))
      .toEqual([{ type: 'nominee-map:select', selected: ['tinn'] }]);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#vertskap=tinn');
    expect(await page.evaluate(() => window.domEvents)).toEqual([['tinn']]);
    expect((await widgetState(frame)).selected).toEqual(['tinn']);

    // A second nominee from the frame's API: the comparison goes to the host's URL too.
    await frame.evaluate(() => window.NomineeMap.select('asker'));
    await frame.evaluate(() => window.NomineeMap.compare('asker', 'tinn'));
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#vertskap=asker,tinn');
    await frame.evaluate(() => window.NomineeMap.clear());
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    const last = await page.evaluate(() => window.received.filter((m) => m.type === 'nominee-map:select').pop());
    expect(last).toEqual({ type: 'nominee-map:select', selected: [] });
  });

  test('the host page opened with #vertskap=asker,tinn has the widget compare asker and tinn', async ({ page }) => {
    await page.goto(`${hostUrl}index.html#vertskap=asker,tinn`);
    const { frame } = await widgetFrame(page);
    await expect.poll(async () => (await widgetState(frame)).selected).toEqual(['asker', 'tinn']);
    expect(await page.evaluate(() => location.hash)).toBe('#vertskap=asker,tinn');
    // The frame's text mirror holds both, side by side.
    await expect(frame.locator('#vk-nominee-asker h3')).toHaveText('Asker');
    await expect(frame.locator('#vk-nominee-tinn h3')).toHaveText('Tinn');
    await settled(frame);
    await shot(page, 'embed-host-compare');
  });

  test('a plain wheel over the map scrolls the host and shows a hint; Ctrl + wheel zooms', async ({ page }) => {
    await page.goto(`${hostUrl}index.html`);
    const { frame, handle } = await widgetFrame(page);
    await page.waitForFunction(() => window.received.some((m) => m.type === 'nominee-map:height'));
    await settled(frame);
    const before = await widgetState(frame);
    const r = before.view.mapRect;
    // The hint's box: centred on the map, its bottom 64 px above the map's bottom.
    const hint = { x: r.x + r.width / 2 - Math.min(420, r.width - 32) / 2 + 10, y: r.y + r.height - 64 - 5 };
    const dark = [0x1d, 0x24, 0x30];
    const clean = await shot(handle, 'embed-host-wheel-before');
    expect(colourDistance(clean.at(hint.x, hint.y), dark), 'no hint before the wheel').toBeGreaterThan(60);

    const box = await handle.boundingBox();
    const over = { x: box.x + r.x + r.width * 0.6, y: box.y + r.y + r.height * 0.4 };  // bare map, no marker
    await page.mouse.move(over.x, over.y);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect((await widgetState(frame)).view.zoom).toBe(before.view.zoom);
    await expect.poll(async () => colourDistance((await shot(handle, 'embed-host-wheel-hint')).at(hint.x, hint.y), dark),
      { message: 'the hint to hold Ctrl appears in its dark box' }).toBeLessThan(30);

    const scrolled = await page.evaluate(() => window.scrollY);
    const now = await handle.boundingBox();
    await page.mouse.move(now.x + r.x + r.width * 0.6, now.y + r.y + 150);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await widgetState(frame)).view.zoom).toBeGreaterThan(before.view.zoom + 0.5);
    expect(await page.evaluate(() => window.scrollY), 'Ctrl + wheel does not scroll the host').toBe(scrolled);
  });

  test.describe('on a phone', () => {
    test.use(phone);

    test('one finger scrolls the host page, two fingers move the map', async ({ page, context }) => {
      await page.goto(`${hostUrl}index.html`);
      const { frame, handle } = await widgetFrame(page);
      await page.waitForFunction(() => window.received.some((m) => m.type === 'nominee-map:height'));
      await settled(frame);
      const cdp = await context.newCDPSession(page);
      const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
      const start = await widgetState(frame);
      const r = start.view.mapRect;
      let box = await handle.boundingBox();

      // One finger, upwards over the map: the host page scrolls, the map stays. The swipe may
      // fling on after the finger lifts: scrollend says when the page has come to rest (a still
      // scrollY between two polls is not enough when a slow machine delays the fling's frames,
      // and the two fingers below must land where the map is then).
      const x = box.x + r.width / 2, y = box.y + r.height * 0.7;
      await page.evaluate(() => { window.scrollEnded = false; addEventListener('scrollend', () => { window.scrollEnded = true; }, { once: true }); });
      await touch('touchStart', [{ x, y, id: 1 }]);
      for (let i = 1; i <= 10; i++) await touch('touchMove', [{ x, y: y - 15 * i, id: 1 }]);
      await touch('touchEnd', []);
      await expect.poll(() => page.evaluate(() => window.scrollEnded), { message: 'the host page comes to rest (scrollend)' }).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(60);
      const scrolled = await scrollSettled(page);
      const afterOne = await widgetState(frame);
      expect(afterOne.view.lon).toBe(start.view.lon);
      expect(afterOne.view.lat).toBe(start.view.lat);
      expect(afterOne.selected).toEqual([]);

      // Two fingers sideways: the map moves, the page does not.
      box = await handle.boundingBox();
      const cx = box.x + r.width / 2, cy = box.y + r.height / 2;
      const pair = (dx) => [{ x: cx - 40 + dx, y: cy, id: 1 }, { x: cx + 40 + dx, y: cy, id: 2 }];
      expect(await page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.tagName, [cx, cy]), 'the fingers land on the frame').toBe('IFRAME');
      // What the widget's page hears of them, for the message should the map not move.
      await frame.evaluate(() => {
        window.touchLog = [];
        for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel']) {
          addEventListener(type, (e) => window.touchLog.push(`${type} ${e.touches.length}${e.cancelable ? '' : ' uncancelable'}`), { capture: true, passive: true });
        }
      });
      await touch('touchStart', pair(0));
      for (let i = 1; i <= 6; i++) await touch('touchMove', pair(10 * i));
      await touch('touchEnd', []);
      await expect.poll(async () => (await widgetState(frame)).view.lon, {
        message: `two fingers move the map (the frame heard: ${await frame.evaluate(() => window.touchLog.join(', '))})`,
      }).toBeLessThan(start.view.lon - 0.5);
      expect(await scrollSettled(page), 'two fingers do not scroll the page').toBe(scrolled);
      await shot(page, 'embed-host-phone-gestures');
    });

    test('a tap on a marker in the iframe selects it, once', async ({ page }) => {
      await page.goto(`${hostUrl}index.html`);
      const { frame, handle } = await widgetFrame(page);
      await page.waitForFunction(() => window.received.some((m) => m.type === 'nominee-map:height'));
      await settled(frame);
      await frame.evaluate(() => window.NomineeMap.on('select', (e) => (window.selections = window.selections || []).push(e.selected)));
      const sykkylven = await markerInPage(page, frame, 'sykkylven', handle);
      await page.touchscreen.tap(sykkylven.x, sykkylven.y);
      await expect.poll(() => frame.evaluate(() => window.selections || [])).not.toEqual([]);
      await settled(frame);
      await shot(page, 'embed-host-phone-tap');
      // The tap must not arrive a second time as the browser's compatibility mouse click, which
      // would toggle the selection off again.
      const selections = await frame.evaluate(() => window.selections);
      const messages = await page.evaluate(() => window.received.filter((m) => m.type === 'nominee-map:select').map((m) => m.selected));
      expect.soft(selections, `selection changes after one tap (host got ${JSON.stringify(messages)})`).toEqual([['sykkylven']]);
      const after = await widgetState(frame);
      expect.soft(after.selected, 'selected after the tap').toEqual(['sykkylven']);
      // No hover on touch: no tooltip left behind.
      expect.soft(after.hover, 'hover after the tap (a tooltip left on screen)').toBeNull();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#vertskap=sykkylven');
    });
  });
});

test('options in the URL: lang, select, compare, filter; unknown values warn and are ignored', async ({ page }) => {
  let seen = await openWidget(page, 'index.html?lang=en#filter=small&select=tinn');
  let s = await state(page);
  expect(s).toMatchObject({ lang: 'en', filter: 'small', selected: ['tinn'] });

  seen = await openWidget(page, 'index.html#compare=asker,tinn');
  expect((await state(page)).selected).toEqual(['asker', 'tinn']);

  seen = await openWidget(page, 'index.html#compare=asker,oslo&lang=xx&filter=medium');
  s = await state(page);
  expect(s.lang).toBe('nb');
  expect(s.filter).toBe('all');
  expect(s.selected).not.toContain('oslo');
  expect(seen.warnings.join('\n')).toMatch(/oslo/);
  expect(seen.errors).toEqual([]);

  // The widget keeps its own hash in step with the selection.
  await page.evaluate(() => window.NomineeMap.compare('drammen', 'sigdal'));
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/compare=drammen,sigdal/);
});

test('under a strict Content-Security-Policy without unsafe-eval the widget starts cleanly', async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const seen = watch(page);
  const response = await page.goto(`${strictUrl}index.html`);
  const csp = response.headers()['content-security-policy'];
  expect(csp).toBeTruthy();
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
  expect(csp).not.toMatch(/'unsafe-eval'/);
  expect(csp).toMatch(/default-src 'self'/);
  await page.evaluate(() => window.NomineeMap.ready.then(() => true));
  await page.evaluate(() => window.NomineeMap.compare('asker', 'tinn'));
  await page.evaluate(() => window.NomineeMap.setLang('en'));
  await settled(page);
  await shot(page, 'embed-csp');
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(await page.locator('#nominee-map').getAttribute('data-state')).toBe('ready');
  expect(seen.errors).toEqual([]);
  expect(seen.foreignRequests).toEqual([]);
});

test('no cookies, no storage, no request to another host', async ({ page, context }) => {
  const seen = await openWidget(page, 'index.html#select=tinn');
  await page.evaluate(() => window.NomineeMap.compare('asker', 'tinn'));
  await page.evaluate(() => window.NomineeMap.setLang('en'));
  await page.evaluate(() => window.NomineeMap.setFilter('small'));
  const c = await page.locator('#nominee-map-canvas').boundingBox();
  await page.mouse.move(c.x + c.width * 0.3, c.y + c.height * 0.5);
  await page.mouse.wheel(0, -200);
  await page.locator('#nominee-map-text button[data-id="sigdal"]').focus();
  await page.keyboard.press('Enter');
  await settled(page);
  expect(await context.cookies()).toEqual([]);
  const storage = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDB: indexedDB.databases ? (await indexedDB.databases()).length : 0,
    caches: window.caches ? (await caches.keys()).length : 0,
  }));
  expect(storage).toEqual({ cookie: '', local: 0, session: 0, indexedDB: 0, caches: 0 });
  expect(seen.foreignRequests).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('the host page with the widget sets no cookies and stores nothing either', async ({ page, context }) => {
  const seen = watch(page);
  await page.goto(`${hostUrl}index.html#vertskap=asker,tinn`);
  const { frame } = await widgetFrame(page);
  await frame.evaluate(() => window.NomineeMap.select('drammen'));
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/vertskap=/);
  expect(await context.cookies()).toEqual([]);
  for (const f of [page.mainFrame(), frame]) {
    expect(await f.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  }
  expect(seen.foreignRequests).toEqual([]);
});

test('print: the comparison as a clean text sheet, without the canvas', async ({ page }) => {
  await openWidget(page, 'index.html#compare=asker,tinn');
  await page.emulateMedia({ media: 'print' });
  const mirror = page.locator('#nominee-map-text');
  await expect(mirror).toBeVisible();
  const box = await mirror.boundingBox();
  expect(box.width).toBeGreaterThan(400);
  expect(box.height).toBeGreaterThan(400);
  await expect(page.locator('#nominee-map-canvas')).toBeHidden();
  for (const name of ['Asker', 'Tinn']) {
    await expect(mirror.locator('article h3', { hasText: name })).toBeVisible();
  }
  // Side by side: Tinn's column starts to the right of Asker's, at the same height.
  const asker = await page.locator('#vk-nominee-asker').boundingBox();
  const tinn = await page.locator('#vk-nominee-tinn').boundingBox();
  expect(tinn.x).toBeGreaterThan(asker.x + asker.width - 1);
  expect(Math.abs(tinn.y - asker.y)).toBeLessThan(2);
  // The three criteria, in each column.
  for (const id of ['asker', 'tinn']) await expect(page.locator(`#vk-nominee-${id} h4`)).toHaveCount(3);
  // No buttons on paper.
  for (const b of await mirror.locator('button').all()) await expect(b).toBeHidden();
  await page.screenshot({ path: 'test-results/screens/embed-print.png', fullPage: true });
});

test('print: no heading is left on paper without what it heads', async ({ page }) => {
  await openWidget(page, 'index.html#compare=asker,tinn');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#nominee-map-text')).toBeVisible();
  // A visible heading with no visible text between it and the next visible heading is an orphan.
  const orphans = await page.evaluate(() => {
    const mirror = document.getElementById('nominee-map-text');
    const visible = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
    const headings = [...mirror.querySelectorAll('h2, h3, h4')].filter(visible);
    const texts = [];
    const walker = document.createTreeWalker(mirror, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) if (t.textContent.trim() && visible(t.parentElement)) texts.push(t);
    return headings.filter((h, i) => !texts.some((t) => !h.contains(t) && (h.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) &&
      (!headings[i + 1] || (headings[i + 1].compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING)))).map((h) => h.textContent);
  });
  expect(orphans, 'headings printed with nothing under them').toEqual([]);
});
