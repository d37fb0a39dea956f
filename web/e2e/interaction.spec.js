// The heart of the widget: hover, select, read and compare, as a visitor does it on the canvas.
import { test, expect } from '@playwright/test';
import { openWidget, state, project, settled, screenshot, targets, centreOf, expectNear, decodePng, colourDistance } from './helpers.js';
import { markerInPage } from './a11y-helpers.js';

async function nominee(page, id) {
  const n = (await page.evaluate(() => window.NomineeMap.nominees())).find((x) => x.id === id);
  return project(page, n.lon, n.lat);
}
const selected = async (page) => (await state(page)).selected;

test('hovering a marker shows that nominee, and leaving clears it', async ({ page }) => {
  await openWidget(page);
  const sykkylven = await nominee(page, 'sykkylven');
  await page.mouse.move(sykkylven.x, sykkylven.y);
  await expect.poll(async () => (await state(page)).hover).toBe('sykkylven');
  await settled(page);
  await screenshot(page, 'interaction-hover-sykkylven');
  const tinn = await nominee(page, 'tinn');
  await page.mouse.move(tinn.x, tinn.y);
  await expect.poll(async () => (await state(page)).hover).toBe('tinn');
  const r = (await state(page)).view.mapRect;
  await page.mouse.move(r.x + 20, r.y + r.height / 2);  // open sea
  await expect.poll(async () => (await state(page)).hover).toBe(null);
});

test('click selects, a second compares, a third replaces the right, clicking a selected one removes it', async ({ page }) => {
  await openWidget(page);
  const at = {};
  for (const id of ['sykkylven', 'tinn', 'kongsvinger']) at[id] = await nominee(page, id);
  await page.mouse.click(at.sykkylven.x, at.sykkylven.y);
  await expect.poll(() => selected(page)).toEqual(['sykkylven']);
  await settled(page);
  await screenshot(page, 'interaction-detail-sykkylven');
  await page.mouse.click(at.tinn.x, at.tinn.y);
  await expect.poll(() => selected(page)).toEqual(['sykkylven', 'tinn']);
  await page.mouse.click(at.kongsvinger.x, at.kongsvinger.y);
  await expect.poll(() => selected(page)).toEqual(['sykkylven', 'kongsvinger']);
  await settled(page);
  await screenshot(page, 'interaction-compare-sykkylven-kongsvinger');
  await page.mouse.click(at.sykkylven.x, at.sykkylven.y);
  await expect.poll(() => selected(page)).toEqual(['kongsvinger']);
  await page.mouse.click(at.kongsvinger.x, at.kongsvinger.y);
  await expect.poll(() => selected(page)).toEqual([]);
});

test('swap, remove and clear are one click each in the comparison panel', async ({ page }) => {
  await openWidget(page, 'index.html#compare=asker,tinn');
  await expect.poll(() => selected(page)).toEqual(['asker', 'tinn']);
  await settled(page);
  let t = await targets(page);
  await page.mouse.click(centreOf(t.swap).x, centreOf(t.swap).y);
  await expect.poll(() => selected(page)).toEqual(['tinn', 'asker']);
  await settled(page);
  t = await targets(page);
  await page.mouse.click(centreOf(t['remove:asker']).x, centreOf(t['remove:asker']).y);
  await expect.poll(() => selected(page)).toEqual(['tinn']);
  await settled(page);
  t = await targets(page);
  await page.mouse.click(centreOf(t.close).x, centreOf(t.close).y);
  await expect.poll(() => selected(page)).toEqual([]);
});

test('Asker and Drammen, side by side at the start view, can each be picked after zooming in', async ({ page }) => {
  await openWidget(page);
  const asker = await nominee(page, 'asker');
  const drammen = await nominee(page, 'drammen');
  expect(Math.hypot(asker.x - drammen.x, asker.y - drammen.y)).toBeLessThan(20);  // crowded at the start
  const between = { x: (asker.x + drammen.x) / 2, y: (asker.y + drammen.y) / 2 };
  await page.mouse.move(between.x, between.y);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -400);
  await expect.poll(async () => (await state(page)).view.zoom).toBeGreaterThan(2.5);
  // A visitor clicks what the map shows: clicks hit the markers where the last frame drew them.
  await settled(page);
  const a = await nominee(page, 'asker'), d = await nominee(page, 'drammen');
  expect(Math.hypot(a.x - d.x, a.y - d.y)).toBeGreaterThan(40);
  await page.mouse.click(a.x, a.y);
  await expect.poll(() => selected(page)).toEqual(['asker']);
  await page.mouse.click(d.x, d.y);
  await expect.poll(() => selected(page)).toEqual(['asker', 'drammen']);
  await settled(page);
  await screenshot(page, 'interaction-asker-drammen-zoomed');
});

test('labels are targets too: clicking a label selects its nominee', async ({ page }) => {
  await openWidget(page);
  // Sigdal's label sits beside its marker; find it as the nominee under a point next to the marker.
  const sigdal = await nominee(page, 'sigdal');
  const r = (await state(page)).view.mapRect;
  let hit = null;
  for (const [dx, dy] of [[0, -20], [0, 20], [30, 0], [-30, 0], [28, -16], [-28, -16], [28, 16], [-28, 16]]) {
    await page.mouse.move(sigdal.x + dx, sigdal.y + dy);
    await settled(page);
    if ((await state(page)).hover === 'sigdal') { hit = { x: sigdal.x + dx, y: sigdal.y + dy }; break; }
  }
  expect(hit, 'a point beside the marker shows Sigdal (its label)').not.toBeNull();
  expect(hit.x).toBeLessThan(r.x + r.width);
  await page.mouse.click(hit.x, hit.y);
  await expect.poll(() => selected(page)).toEqual(['sigdal']);
});

test('the hash follows the selection, and a #compare= link restores the comparison', async ({ page }) => {
  await openWidget(page);
  const tinn = await nominee(page, 'tinn');
  await page.mouse.click(tinn.x, tinn.y);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#select=tinn');
  const sykkylven = await nominee(page, 'sykkylven');
  await page.mouse.click(sykkylven.x, sykkylven.y);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#compare=tinn,sykkylven');

  const other = await page.context().newPage();
  await openWidget(other, 'index.html#compare=kongsvinger,sigdal');
  await expect.poll(() => selected(other)).toEqual(['kongsvinger', 'sigdal']);
  await settled(other);
  await screenshot(other, 'interaction-compare-link');
});

// Opens the widget with its start map held back, and resolves once main has started: the widget
// runs, its data is not in yet. finish() lets the start map through and waits for ready.
async function openHeldAtStart(page, path) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/geo/norway.vkgeo', async (route) => { await held; await route.continue(); });
  const seen = await openWidget(page, path, { waitReady: false });
  await page.waitForFunction(() => performance.getEntriesByName('vk:started').length === 1);
  const finish = async () => {
    release();
    await page.evaluate(() => window.NomineeMap.ready.then(() => true));
  };
  return { seen, finish };
}

test('a hash set while the widget starts, before its data is in, is the link it opens', async ({ page }) => {
  // As host.js does when it gives the frame the host's #vertskap= late.
  const { seen, finish } = await openHeldAtStart(page, 'index.html');
  await page.evaluate(() => new Promise((resolve) => {
    window.addEventListener('hashchange', () => setTimeout(resolve), { once: true });
    location.hash = 'compare=asker,tinn';
  }));
  await finish();
  expect(await selected(page)).toEqual(['asker', 'tinn']);
  expect(await page.evaluate(() => location.hash)).toBe('#compare=asker,tinn');
  expect(seen.warnings).toEqual([]);
});

test('a change of state while the widget starts leaves the link in the address', async ({ page }) => {
  // The reader's colour scheme changes before the data is in: the widget's state changes, and
  // the address must still hold the link when the start reads it.
  const { seen, finish } = await openHeldAtStart(page, 'index.html#compare=sigdal,drammen');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(async () => (await state(page)).appearance.theme).toBe('dark');
  expect(await page.evaluate(() => location.hash)).toBe('#compare=sigdal,drammen');
  await finish();
  expect(await selected(page)).toEqual(['sigdal', 'drammen']);
  expect(await page.evaluate(() => location.hash)).toBe('#compare=sigdal,drammen');
  expect(seen.warnings).toEqual([]);
});

test('an unknown id in the link is ignored with a console warning, not a crash', async ({ page }) => {
  const seen = await openWidget(page, 'index.html#compare=oslo,tinn');
  await expect.poll(() => selected(page)).toEqual(['tinn']);
  expect(seen.warnings.join('\n')).toContain('unknown nominee "oslo"');
  expect(seen.errors).toEqual([]);
});

test('the theme matrix opens the right initiative, and a theme lights up its nominees', async ({ page }) => {
  await openWidget(page);
  const data = await (await page.request.get('data/nominees.json')).json();
  // Pick a theme that Tinn has; the matrix cell (theme, tinn) must open Tinn's first initiative with it.
  const tinn = data.nominees.find((n) => n.id === 'tinn');
  const initiative = tinn.initiatives.find((i) => i.themes.length > 0);
  const theme = initiative.themes[0];
  const expected = tinn.initiatives.find((i) => i.themes.includes(theme));
  let t = await targets(page);
  const cell = t[`cell:${theme}:tinn`];
  expect(cell, `matrix cell for ${theme} × tinn`).toBeTruthy();
  // The matrix may be below the fold of the panel: scroll it into view with the wheel first.
  const panelPoint = centreOf(t[`theme:${theme}`]);
  const height = (await page.viewportSize()).height;
  if (cell.y + cell.height > height) {
    await page.mouse.move(panelPoint.x, Math.min(panelPoint.y, height - 40));
    await page.mouse.wheel(0, cell.y + cell.height - height + 80);
    await settled(page);
    t = await targets(page);
  }
  const themeRow = t[`theme:${theme}`];
  await page.mouse.click(themeRow.x + 20, themeRow.y + themeRow.height / 2);
  await expect.poll(async () => (await state(page)).theme).toBe(theme);
  await settled(page);
  await screenshot(page, 'interaction-theme-highlight');
  t = await targets(page);
  const c = centreOf(t[`cell:${theme}:tinn`]);
  await page.mouse.click(c.x, c.y);
  await expect.poll(() => selected(page)).toEqual(['tinn']);
  expect((await state(page)).initiative).toBe(expected.id);
  await settled(page);
  await screenshot(page, 'interaction-matrix-opened');
});

test('the class filter dims the other class on the map, and "all" brings it back', async ({ page }) => {
  await openWidget(page);
  await settled(page);
  // Each marker's centre pixel, from real screenshots: Asker is over 15,000 inhabitants, Tinn under.
  const markers = { asker: await markerInPage(page, page, 'asker'), tinn: await markerInPage(page, page, 'tinn') };
  const pixels = async (name) => {
    const image = decodePng(await page.screenshot({ path: `test-results/screens/${name}.png` }));
    return { asker: image.at(markers.asker.x, markers.asker.y), tinn: image.at(markers.tinn.x, markers.tinn.y) };
  };
  const before = await pixels('interaction-filter-before');
  const t = await targets(page);
  await page.mouse.click(centreOf(t['filter:small']).x, centreOf(t['filter:small']).y);
  await expect.poll(async () => (await state(page)).filter).toBe('small');
  expect(await page.evaluate(() => location.hash)).toBe('#filter=small');
  await page.mouse.move(5, 5);  // no hover over a control in the pictures
  await settled(page);
  const filtered = await pixels('interaction-filter-small');
  expect(colourDistance(filtered.asker, before.asker), `Asker's marker fades (${before.asker} -> ${filtered.asker})`).toBeGreaterThan(40);
  expect(colourDistance(filtered.tinn, before.tinn), `Tinn's marker stays (${before.tinn} -> ${filtered.tinn})`).toBeLessThan(8);
  await page.mouse.click(centreOf(t['filter:all']).x, centreOf(t['filter:all']).y);
  await expect.poll(async () => (await state(page)).filter).toBe('all');
  await page.mouse.move(5, 5);
  await settled(page);
  const all = await pixels('interaction-filter-all');
  expect(colourDistance(all.asker, before.asker)).toBeLessThan(8);
});

test('selecting an off-screen nominee flies the map to it', async ({ page }) => {
  await openWidget(page);
  const r = (await state(page)).view.mapRect;
  // Zoom far in on Kongsvinger, so Sykkylven is off-screen.
  const k = await nominee(page, 'kongsvinger');
  await page.mouse.move(k.x, k.y);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -500);
  await expect.poll(async () => (await state(page)).view.zoom).toBeGreaterThan(3);
  const away = await nominee(page, 'sykkylven');
  expect(away.x < r.x || away.y < r.y || away.x > r.x + r.width || away.y > r.y + r.height).toBe(true);
  await page.evaluate(() => window.NomineeMap.select('sykkylven'));
  await expect.poll(async () => {
    const p = await nominee(page, 'sykkylven');
    return p.x > r.x && p.y > r.y && p.x < r.x + r.width && p.y < r.y + r.height;
  }).toBe(true);
});

test('a touch tap selects, and the tooltip does not linger', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await openWidget(page);
  const tinn = await nominee(page, 'tinn');
  await page.touchscreen.tap(tinn.x, tinn.y);
  await expect.poll(() => selected(page)).toEqual(['tinn']);
  expect((await state(page)).hover).toBe(null);
  await settled(page);
  await screenshot(page, 'interaction-touch-tap');
  await context.close();
});

test('the NomineeMap API drives the same actions and fires events', async ({ page }) => {
  await openWidget(page);
  const events = await page.evaluate(async () => {
    const seen = [];
    window.NomineeMap.on('select', (e) => seen.push(e.selected.join(',')));
    window.NomineeMap.select('drammen');
    window.NomineeMap.compare('sigdal', 'asker');
    window.NomineeMap.clear();
    return seen;
  });
  expect(events).toEqual(['drammen', 'sigdal,asker', '']);
  expect(await page.evaluate(() => window.NomineeMap.select('nowhere'))).toBe(false);
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }, { width: 800, height: 600 }]) {
  test(`nothing is clipped in the comparison at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openWidget(page, 'index.html#compare=sykkylven,drammen');
    await settled(page);
    await screenshot(page, `interaction-compare-${viewport.width}x${viewport.height}`);
    const t = await targets(page);
    for (const name of ['swap', 'clear', 'remove:sykkylven', 'remove:drammen', 'lang', 'copyLink']) {
      const r = t[name];
      expect(r, name).toBeTruthy();
      expect(r.x, `${name} inside the canvas`).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width, `${name} inside the canvas`).toBeLessThanOrEqual(viewport.width + 0.5);
    }
    const s = await page.evaluate(() => window.NomineeMap.stats());
    expect(s.frames).toBeGreaterThan(0);
  });
}

test('with reduced motion, selecting an off-screen nominee jumps there without a flight', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await openWidget(page);
  const k = await nominee(page, 'kongsvinger');
  await page.mouse.move(k.x, k.y);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -500);
  await expect.poll(async () => (await state(page)).view.zoom).toBeGreaterThan(3);
  // The view is in place as soon as the selection is: no frames of an animation in between.
  // (Sykkylven lands in the middle of the map's free area, below the legend: issue 11.)
  const at = await page.evaluate(() => {
    window.NomineeMap.select('sykkylven');
    const n = window.NomineeMap.nominees().find((x) => x.id === 'sykkylven');
    return { p: window.NomineeMap.project(n.lon, n.lat), view: window.NomineeMap.state().view };
  });
  const map = at.view.mapRect;
  expectNear(at.p.x, map.x + map.width / 2, map.width / 4, 'Sykkylven across the map right after select');
  expectNear(at.p.y, map.y + map.height / 2, map.height / 4, 'Sykkylven down the map right after select');
  await settled(page);
  expect((await state(page)).view, 'no flight after the jump').toEqual(at.view);
  await context.close();
});

test('the text version lists who works on what, and its theme buttons light the theme up from the keyboard', async ({ page }) => {
  await openWidget(page);
  const data = await (await page.request.get('data/nominees.json')).json();
  const theme = data.themes[0];
  const button = page.locator('#nominee-map-text .vk-themes-list button', { hasText: theme.name.nb });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await state(page)).theme).toBe(theme.id);
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const who = data.nominees.filter((n) => n.initiatives.some((i) => i.themes.includes(theme.id))).map((n) => n.name);
  await expect(button.locator('xpath=..')).toContainText(who.join(', '));
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await state(page)).theme).toBe(null);
});

test('the copy-link button puts a link to the current comparison on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWidget(page, 'index.html?lang=en#compare=tinn,asker');
  await settled(page);
  const t = await targets(page);
  await page.mouse.click(centreOf(t.copyLink).x, centreOf(t.copyLink).y);
  const expected = await page.evaluate(() => `${location.origin}${location.pathname}#compare=tinn,asker&lang=en`);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

// A mouse's side buttons (DOM buttons 3 and 4, back and forward) are the browser's: over a panel
// control they press nothing (issue 20: they were taken for the left button). Sent as DOM events
// to the canvas, as the browser sends them (a real back button would also leave the page).
test('the back and forward buttons of a mouse press no control of the panel', async ({ page }) => {
  await openWidget(page);
  const at = centreOf((await targets(page)).lang);
  const press = async (button) => {
    await page.evaluate(({ at, button }) => {
      const canvas = document.getElementById('nominee-map-canvas');
      const box = canvas.getBoundingClientRect();
      const init = { bubbles: true, cancelable: true, clientX: box.left + at.x, clientY: box.top + at.y, button };
      canvas.dispatchEvent(new MouseEvent('mousemove', { ...init, button: 0, buttons: 0 }));
      canvas.dispatchEvent(new MouseEvent('mousedown', { ...init, buttons: 1 << [0, 2, 1, 3, 4][button] }));
      canvas.dispatchEvent(new MouseEvent('mouseup', { ...init, buttons: 0 }));
    }, { at, button });
    await settled(page);
    await settled(page);
  };
  await press(3);
  expect((await state(page)).lang, 'after the back button').toBe('nb');
  await press(4);
  expect((await state(page)).lang, 'after the forward button').toBe('nb');
  await press(0);  // the same place with the left button switches the language
  await expect.poll(async () => (await state(page)).lang).toBe('en');
});
