// Next year's nominees need no code change: the page is served another year's data file (a made-up
// fixture with other ids, five nominees and both winners named, tests/fixtures/nominees/) in place
// of data/nominees.json, and the map, the API, links and the text version follow it.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { openWidget, project, settled, state } from './helpers.js';

const fixture = fs.readFileSync(new URL('../../tests/fixtures/nominees/another-year.json', import.meta.url));

// No camera flights: the link's comparison is shown at once, so a marker is where project() says.
test.use({ reducedMotion: 'reduce' });

test.beforeEach(async ({ page }) => {
  // Whatever name the build gives the data file, its request is answered with the fixture.
  await page.route(/\/data\/nominees[^/]*\.json(\?.*)?$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: fixture }));
});

test('another year: its nominees on the map, in the API and in a link; winners marked in the text version', async ({ page }) => {
  const seen = await openWidget(page, 'index.html#compare=fjellby,nordvik');
  const ids = await page.evaluate(() => window.NomineeMap.nominees().map((n) => n.id));
  expect(ids.sort()).toEqual(['dalheim', 'elvestad', 'fjellby', 'nordvik', 'strandli']);
  expect((await state(page)).selected).toEqual(['fjellby', 'nordvik']);
  expect(seen.errors).toEqual([]);

  // A click on a marker selects it, as this year's markers do.
  await page.evaluate(() => window.NomineeMap.clear());
  await settled(page);  // the link's reveal may still move the map at the next frame
  const dalheim = await page.evaluate(() => window.NomineeMap.nominees().find((n) => n.id === 'dalheim'));
  const at = await project(page, dalheim.lon, dalheim.lat);
  const canvas = await page.locator('canvas').boundingBox();
  await page.mouse.click(canvas.x + at.x, canvas.y + at.y);
  await settled(page);
  expect((await state(page)).selected).toEqual(['dalheim']);

  // The text version names each winner as such, and nobody else.
  const buttons = await page.locator('#nominee-map-text button[data-id]').allTextContents();
  expect(buttons.filter((b) => b.includes('Vinner')).map((b) => b.split(' – ')[0]).sort()).toEqual(['Fjellby', 'Nordvik']);
  // This year's ids in a link are refused with a warning that names them, never a crash.
  await page.evaluate(() => { location.hash = 'select=tinn'; });
  await expect.poll(() => seen.warnings.some((w) => w.includes('tinn'))).toBe(true);
  expect(seen.errors).toEqual([]);
});
