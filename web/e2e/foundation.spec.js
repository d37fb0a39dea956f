// The foundation: the page loads cleanly, shows Norway with the six nominees, and pans and zooms.
import { test, expect } from '@playwright/test';
import { openWidget, state, project, settled, screenshot, colourDistance, mapControls, expectNear } from './helpers.js';

const places = {
  norway: [9.5, 61.6],    // Jotunheimen, inland Norway
  sweden: [15.0, 62.5],   // Jämtland
  finland: [27.0, 63.5],
  sea: [2.5, 63.0],       // Norwegian Sea, west of Møre
  lindesnes: [7.047, 57.98],
  nordkapp: [25.784, 71.17],
  grenseJakobselv: [30.9, 69.78],
};

test('loads without console errors or requests to other hosts, and shows six nominees', async ({ page }) => {
  const seen = await openWidget(page);
  const nominees = await page.evaluate(() => window.NomineeMap.nominees());
  expect(nominees.map((n) => n.id).sort()).toEqual(['asker', 'drammen', 'kongsvinger', 'sigdal', 'sykkylven', 'tinn']);
  expect(nominees.filter((n) => n.class === 'large').map((n) => n.id).sort()).toEqual(['asker', 'drammen', 'kongsvinger']);
  const tinn = nominees.find((n) => n.id === 'tinn');
  expectNear(tinn.lat, 59.8811, 1e-6, 'Rjukan latitude');
  await settled(page);
  expect(seen.errors).toEqual([]);
  expect(seen.foreignRequests).toEqual([]);
  const stats = await page.evaluate(() => window.NomineeMap.stats());
  expect(stats.frames).toBeGreaterThan(0);
  expect(stats.heapBytes).toBeGreaterThan(0);
});

test('a screenshot shows land, sea and neighbours in different colours, and a marker at every nominee', async ({ page }) => {
  await openWidget(page);
  await settled(page);
  const shot = await screenshot(page, 'foundation-start');
  const at = async ([lon, lat]) => { const p = await project(page, lon, lat); return shot.at(p.x, p.y); };
  const norway = await at(places.norway), sweden = await at(places.sweden), sea = await at(places.sea), finland = await at(places.finland);
  expect(colourDistance(norway, sea), `Norway ${norway} vs sea ${sea}`).toBeGreaterThan(20);
  expect(colourDistance(norway, sweden), `Norway ${norway} vs Sweden ${sweden}`).toBeGreaterThan(12);
  expect(colourDistance(sweden, sea), `Sweden ${sweden} vs sea ${sea}`).toBeGreaterThan(20);
  expect(colourDistance(sweden, finland), 'neighbours share one muted colour').toBeLessThan(6);
  // Each nominee's marker is drawn in the marker's dark blue at its centre (within 3 px: Asker
  // and Drammen overlap at the start view, and one's white edge may cross the other's centre).
  for (const n of await page.evaluate(() => window.NomineeMap.nominees())) {
    const p = await project(page, n.lon, n.lat);
    let best = Infinity;
    for (let dx = -3; dx <= 3; dx++) for (let dy = -3; dy <= 3; dy++) best = Math.min(best, colourDistance(shot.at(p.x + dx, p.y + dy), [0x1d, 0x3b, 0x5c]));
    expect(best, `marker of ${n.id} at ${p.x},${p.y}`).toBeLessThan(40);
  }
});

test('the wheel zooms about the cursor: the place under it stays under it', async ({ page }) => {
  await openWidget(page);
  const before = await state(page);
  const drammen = await project(page, 10.0, 60.6);  // a point inland, away from markers
  await page.mouse.move(drammen.x, drammen.y);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await state(page)).view.zoom).toBeGreaterThan(before.view.zoom + 0.5);
  const after = await project(page, 10.0, 60.6);
  expectNear(after.x, drammen.x, 1.5, 'x of the place under the cursor');
  expectNear(after.y, drammen.y, 1.5, 'y of the place under the cursor');
});

test('drag pans, double-click zooms in, and the +, − and reset buttons work', async ({ page }) => {
  await openWidget(page);
  const c = await mapControls(page);
  const start = await state(page);
  const probe = await project(page, 12, 64);
  await page.mouse.move(c.centre.x, c.centre.y);
  await page.mouse.down();
  await page.mouse.move(c.centre.x + 60, c.centre.y + 40, { steps: 6 });
  await page.mouse.up();
  const moved = await project(page, 12, 64);
  expectNear(moved.x - probe.x, 60, 2, 'drag moves the map right with the pointer');
  expectNear(moved.y - probe.y, 40, 2, 'drag moves the map down with the pointer');

  await page.mouse.dblclick(c.centre.x, c.centre.y);
  await expect.poll(async () => (await state(page)).view.zoom).toBeCloseTo(start.view.zoom + 1, 3);

  await page.mouse.click(c.zoomIn.x, c.zoomIn.y);
  await expect.poll(async () => (await state(page)).view.zoom).toBeCloseTo(start.view.zoom + 2, 3);
  await page.mouse.click(c.zoomOut.x, c.zoomOut.y);
  await expect.poll(async () => (await state(page)).view.zoom).toBeCloseTo(start.view.zoom + 1, 3);
  await page.mouse.click(c.reset.x, c.reset.y);
  await expect.poll(async () => (await state(page)).view.zoom).toBeCloseTo(start.view.zoom, 3);
  const back = await project(page, 12, 64);
  expectNear(back.x, probe.x, 1, 'reset returns to the start view');
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 800, height: 1000 }, { width: 390, height: 844 }]) {
  test(`the start view fits mainland Norway at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openWidget(page);
    const r = (await state(page)).view.mapRect;
    for (const name of ['lindesnes', 'nordkapp', 'grenseJakobselv']) {
      const p = await project(page, ...places[name]);
      expect(p.x, `${name} x`).toBeGreaterThanOrEqual(r.x);
      expect(p.x, `${name} x`).toBeLessThanOrEqual(r.x + r.width);
      expect(p.y, `${name} y`).toBeGreaterThanOrEqual(r.y);
      expect(p.y, `${name} y`).toBeLessThanOrEqual(r.y + r.height);
    }
    // And it fills the map: the north-south or east-west extent spans most of the map.
    const north = await project(page, ...places.nordkapp), south = await project(page, ...places.lindesnes);
    const east = await project(page, ...places.grenseJakobselv);
    const fill = Math.max((south.y - north.y) / r.height, (east.x - south.x) / r.width);
    expect(fill).toBeGreaterThan(0.75);
    await screenshot(page, `foundation-fit-${viewport.width}x${viewport.height}`);
  });
}

test('the view refits when the container resizes', async ({ page }) => {
  await openWidget(page);
  await page.setViewportSize({ width: 900, height: 700 });
  await expect.poll(async () => (await state(page)).view.mapRect.width).toBeLessThan(900);
  const r = (await state(page)).view.mapRect;
  const north = await project(page, ...places.nordkapp);
  expect(north.y).toBeGreaterThanOrEqual(r.y);
  const east = await project(page, ...places.grenseJakobselv);
  expect(east.x).toBeLessThanOrEqual(r.x + r.width);
});

test('the canvas backing store follows devicePixelRatio', async ({ browser }) => {
  const context = await browser.newContext({ deviceScaleFactor: 2, viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  await openWidget(page);
  const size = await page.evaluate(() => {
    const c = document.getElementById('nominee-map-canvas');
    return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight };
  });
  expect(size.width).toBe(size.cssWidth * 2);
  expect(size.height).toBe(size.cssHeight * 2);
  await screenshot(page, 'foundation-hidpi');
  await context.close();
});

// Issue 9.5: every visitor text is worded and formatted by core (the text version, state's
// sentences); the page script only renders. A number or date formatter here would be a second
// source that can disagree with the canvas, as "1 undefined 2024" once did.
test('the page script formats no number or date itself', async () => {
  const fs = await import('node:fs');
  const source = fs.readFileSync(new URL('../widget.js', import.meta.url), 'utf8')
    .replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');  // code only, not its comments
  for (const formatter of [/toLocale\w*String/, /\bIntl\./, /\bnew Date\b/, /\.toFixed\(/, /\.toPrecision\(/, /\.get(UTC)?(FullYear|Month|Date)\(/]) {
    expect(source, `widget.js uses ${formatter}`).not.toMatch(formatter);
  }
});
