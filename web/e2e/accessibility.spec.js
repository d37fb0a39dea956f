// Accessibility: the keyboard alone reaches and does everything, focus is visible, the DOM text
// mirror and the live status line, English with lang=en everywhere (the canvas, the mirror,
// <html lang>), the text version without WebGL, and an axe-core audit.
import { test, expect } from '@playwright/test';
import { openWidget, state, settled, colourDistance } from './helpers.js';
import {
  ids, watch, launchWithoutWebGL, viewSettled, tabUntil, activeElement, runAxe, describeAxe, shot, differingPixels, servedContent,
} from './a11y-helpers.js';

const focusColour = [0xa3, 0x5f, 0x00];  // --vk-focus (light theme)
const isCanvas = () => document.activeElement && document.activeElement.id === 'nominee-map-canvas';
const statusLine = (page) => page.locator('#nominee-map-status');

test.describe('keyboard only', () => {
  test('Tab reaches the canvas, then the nominee buttons; Enter selects, the status says so; Escape on the canvas clears', async ({ page }) => {
    await openWidget(page);
    await settled(page);
    await expect(statusLine(page)).toHaveAttribute('aria-live', 'polite');

    // From the start of the page, the first Tab lands on the map.
    expect(await tabUntil(page, isCanvas, { limit: 1 }), 'the first Tab focuses the canvas').toBe(1);
    expect((await activeElement(page)).focusVisible).toBe(true);

    // Then the text mirror: its controls and the six nominees as buttons, in order.
    const reached = [];
    const presses = await tabUntil(page, () => document.activeElement.getAttribute('data-id') === 'asker', { limit: 12 });
    expect(presses, 'Tab reaches the first nominee button').toBeGreaterThan(0);
    for (const id of ids.slice(1)) {
      await page.keyboard.press('Tab');
      reached.push((await activeElement(page)).dataId);
    }
    expect(reached).toEqual(ids.slice(1));
    // The mirror shows itself while it holds focus.
    const mirror = await page.locator('#nominee-map-text').boundingBox();
    expect(mirror.width).toBeGreaterThan(300);
    expect(mirror.height).toBeGreaterThan(100);

    // Back to Drammen with Shift+Tab and Enter: Drammen is selected.
    await tabUntil(page, () => document.activeElement.getAttribute('data-id') === 'drammen', { key: 'Shift+Tab', limit: 6 });
    const drammen = page.locator('#nominee-map-text button[data-id="drammen"]');
    await expect(drammen).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await state(page)).selected).toEqual(['drammen']);
    await expect(drammen).toHaveAttribute('aria-pressed', 'true');
    await expect(statusLine(page)).toHaveText(/Drammen/);
    await expect(statusLine(page), 'one sentence').toHaveText(/^\p{Lu}[^.]*\.$/u);
    // The selected nominee's initiatives by criterion, as headed text.
    await expect(page.locator('#vk-nominee-drammen h3')).toHaveText('Drammen');
    await expect(page.locator('#vk-nominee-drammen h4')).toHaveCount(3);
    await settled(page);
    await shot(page, 'a11y-keyboard-selected');

    // Space on another nominee compares the two.
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator('#nominee-map-text button[data-id="asker"]')).toBeFocused();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await state(page)).selected).toEqual(['drammen', 'asker']);
    await expect(statusLine(page)).toHaveText(/Drammen.*Asker|Asker.*Drammen/);

    // Back to the canvas with Shift+Tab only, then Escape clears.
    expect(await tabUntil(page, isCanvas, { key: 'Shift+Tab', limit: 12 }), 'Shift+Tab returns to the canvas').toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await state(page)).selected).toEqual([]);
    await expect(statusLine(page)).toHaveText(/^\p{Lu}[^.]*\.$/u);
    await expect(statusLine(page)).not.toHaveText(/Drammen|Asker/);
  });

  test('on the canvas, arrow keys pan, + and − zoom, 0 resets', async ({ page }) => {
    await openWidget(page);
    await page.keyboard.press('Tab');
    await expect(page.locator('#nominee-map-canvas')).toBeFocused();
    const start = (await state(page)).view;
    const moves = { ArrowLeft: (v) => v.lon < start.lon - 0.5, ArrowRight: (v) => v.lon > start.lon + 0.5,
      ArrowUp: (v) => v.lat > start.lat + 0.2, ArrowDown: (v) => v.lat < start.lat - 0.2 };
    for (const [key, moved] of Object.entries(moves)) {
      await page.keyboard.press('0');
      await expect.poll(async () => (await state(page)).view.lon).toBeCloseTo(start.lon, 3);
      await page.keyboard.press(key);
      await expect.poll(async () => moved((await state(page)).view), `${key} pans`).toBe(true);
    }
    await page.keyboard.press('0');
    await page.keyboard.press('+');
    await expect.poll(async () => (await state(page)).view.zoom).toBeCloseTo(start.zoom + 1, 3);
    await page.keyboard.press('-');
    await expect.poll(async () => (await state(page)).view.zoom).toBeCloseTo(start.zoom, 3);
    // Keys the page needs are left alone: Tab still leaves the canvas.
    await page.keyboard.press('Tab');
    await expect(page.locator('#nominee-map-canvas')).not.toBeFocused();
  });

  test('focus on the canvas is visible on screen', async ({ page }) => {
    await openWidget(page);
    await settled(page);
    const canvas = await page.locator('#nominee-map-canvas').boundingBox();
    const edge = { x: canvas.x + 1, y: canvas.y + canvas.height / 2 };  // on the sea, at the left edge
    const before = await shot(page, 'a11y-canvas-unfocused');
    expect(colourDistance(before.at(edge.x, edge.y), focusColour)).toBeGreaterThan(60);
    await page.keyboard.press('Tab');
    await expect(page.locator('#nominee-map-canvas')).toBeFocused();
    await settled(page);
    const after = await shot(page, 'a11y-canvas-focused');
    // Some mark of focus must show along the canvas's edge: its pixels differ from the unfocused ones.
    const strip = { x: canvas.x, y: canvas.y + 100, width: 6, height: canvas.height - 200 };
    const changed = differingPixels(before, after, strip);
    expect(changed, `pixels that change along the canvas's left edge when it gets focus (edge pixel ${after.at(edge.x, edge.y)})`).toBeGreaterThan(20);
  });

  test('a focused mirror button shows a focus ring', async ({ page }) => {
    await openWidget(page);
    await page.keyboard.press('Tab');
    await tabUntil(page, () => document.activeElement.getAttribute('data-id') === 'tinn', { limit: 24 });
    const tinn = page.locator('#nominee-map-text button[data-id="tinn"]');
    await expect(tinn).toBeFocused();
    const outline = await tinn.evaluate((b) => { const s = getComputedStyle(b); return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) }; });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    const box = await tinn.boundingBox();
    const view = page.viewportSize();
    expect(box.y + box.height, 'the focused button is on screen').toBeLessThanOrEqual(view.height);
    const picture = await shot(page, 'a11y-mirror-focus');
    // The ring: just outside the button's left edge (outline-offset 2 px, width 3 px).
    expect(colourDistance(picture.at(box.x - 3, box.y + box.height / 2), focusColour)).toBeLessThan(40);
  });

  test('a nominee chosen from the mirror shows on the map, not under the mirror', async ({ page }) => {
    await openWidget(page);
    await page.keyboard.press('Tab');
    await tabUntil(page, () => document.activeElement.getAttribute('data-id') === 'drammen', { limit: 12 });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await state(page)).selected).toEqual(['drammen']);
    await viewSettled(page);
    await settled(page);
    await shot(page, 'a11y-mirror-selected-on-map');
    const s = await state(page);
    const n = (await page.evaluate(() => window.NomineeMap.nominees())).find((n) => n.id === 'drammen');
    const p = await page.evaluate(([lon, lat]) => window.NomineeMap.project(lon, lat), [n.lon, n.lat]);
    const r = s.view.mapRect;
    expect(p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height, `Drammen at ${p.x},${p.y} is in the map`).toBe(true);
    const m = await page.locator('#nominee-map-text').boundingBox();
    const covered = p.x >= m.x && p.x <= m.x + m.width && p.y >= m.y && p.y <= m.y + m.height;
    expect(covered, `Drammen's marker at ${Math.round(p.x)},${Math.round(p.y)} lies under the focused mirror (${Math.round(m.x)},${Math.round(m.y)} ${Math.round(m.width)}×${Math.round(m.height)})`).toBe(false);
  });

  test('the status line tells what is selected when the page opens with a selection', async ({ page }) => {
    await openWidget(page, 'index.html#compare=asker,tinn');
    expect((await state(page)).selected).toEqual(['asker', 'tinn']);
    await expect(page.locator('#vk-nominee-tinn')).toBeAttached();
    await expect(statusLine(page)).toHaveText(/Asker.*Tinn/);
  });
});

test.describe('English', () => {
  for (const path of ['index.html?lang=en', 'index.html#lang=en']) {
    test(`${path}: state, <html lang>, the mirror and the panel on the canvas are English`, async ({ page }) => {
      const seen = await openWidget(page, path);
      expect((await state(page)).lang).toBe('en');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(statusLine(page)).toHaveText('No municipality is selected.');
      const mirror = page.locator('#nominee-map-text');
      await expect(mirror.locator('h2').first()).toHaveText('The nominees');
      await expect(mirror.locator('button[data-id="asker"]')).toHaveText(/Asker – Over 15,000 inhabitants/);
      await expect(mirror.locator('.vk-controls button').first()).toHaveText('Norsk');
      await expect(page.locator('#nominee-map-canvas')).toHaveAttribute('aria-label', /Map of Norway/);
      await page.evaluate(() => window.NomineeMap.select('tinn'));
      await expect(statusLine(page)).toHaveText('Tinn is selected.');
      await expect(page.locator('#vk-nominee-tinn h4').first()).toHaveText('Collaborative');
      // Every mirror text in English: no Norwegian UI words left over.
      const text = await mirror.evaluate((m) => m.textContent);
      expect(text).not.toMatch(/innbyggere|Samarbeidsorientert|Valgte kommuner|Tema:|Kilde:|Zoom inn|Vis hele landet|Kopier lenke/);
      expect(seen.errors).toEqual([]);
    });
  }

  test('lang=en: the words around the canvas (its description, the mirror\'s label, the title, the source) are English too', async ({ page }) => {
    await openWidget(page, 'index.html?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const words = await page.evaluate(() => {
      const canvas = document.getElementById('nominee-map-canvas');
      const described = (canvas.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean)
        .map((id) => document.getElementById(id)).filter(Boolean).map((e) => e.textContent).join(' ');
      return {
        canvasLabel: canvas.getAttribute('aria-label'),
        canvasDescription: described,
        mirrorLabel: document.getElementById('nominee-map-text').getAttribute('aria-label'),
        title: document.title,
        source: document.querySelector('#nominee-map-text > p.vk-note').textContent,
      };
    });
    expect.soft(words.canvasLabel, 'the canvas\'s name').toMatch(/Map of Norway/);
    expect.soft(words.canvasDescription, 'the canvas\'s description (keyboard help)').not.toMatch(/Piltastene|flytter|zoomer|Escape lukker/);
    expect.soft(words.mirrorLabel, 'the text version\'s label').not.toBe('Tekstversjon');
    expect.soft(words.title, 'the document title').not.toMatch(/de nominerte på kart/);
    expect.soft(words.source, 'the source line').not.toMatch(/NHO og KS/);
  });

  test('the panel drawn on the canvas switches to English', async ({ page }) => {
    await openWidget(page, 'index.html#select=tinn');
    await viewSettled(page);
    await settled(page);
    const r = (await state(page)).view.mapRect;
    const size = page.viewportSize();
    const panel = { x: r.x + r.width + 4, y: 4, width: size.width - r.width - 12, height: size.height - 8 };
    const nb = await shot(page, 'a11y-panel-nb');
    await page.evaluate(() => window.NomineeMap.setLang('en'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await settled(page);
    const en = await shot(page, 'a11y-panel-en');
    expect(differingPixels(nb, en, panel), 'pixels of the panel that change with the language').toBeGreaterThan(2000);
    // The map itself does not change with the language (bar the labels and attribution).
    const map = { x: r.x + r.width * 0.55, y: r.y + 150, width: r.width * 0.3, height: r.height * 0.4 };
    expect(differingPixels(nb, en, map)).toBeLessThan(50);
  });

  test('the visible language switch in the mirror works from the keyboard', async ({ page }) => {
    await openWidget(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const switchButton = page.locator('#nominee-map-text .vk-controls button').first();
    await expect(switchButton).toBeFocused();
    await expect(switchButton).toHaveText('English');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await state(page)).lang).toBe('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#nominee-map-text .vk-controls button').first()).toHaveText('Norsk');
    expect(page.url()).toMatch(/lang=en/);
    await settled(page);
    await shot(page, 'a11y-switched-en');
  });
});

test.describe('without WebGL', () => {
  test('the text mirror is the page: every nominee and initiative readable, a note, ready rejects, no errors', async ({ playwright, baseURL }) => {
    const browser = await launchWithoutWebGL(playwright);
    try {
      const page = await browser.newPage({ baseURL, viewport: { width: 1280, height: 800 } });
      const seen = watch(page);
      await page.goto('index.html');
      const outcome = await page.evaluate(() => window.NomineeMap.ready.then(() => 'resolved', (e) => `rejected: ${e && e.message}`));
      expect(outcome).toMatch(/^rejected/);
      await expect(page.locator('#nominee-map')).toHaveAttribute('data-state', 'text');
      const mirror = page.locator('#nominee-map-text');
      await expect(mirror).toBeVisible();
      await expect(page.locator('#nominee-map-canvas')).toBeHidden();
      await expect(mirror).toContainText('Kartet kan ikke vises');
      const box = await mirror.boundingBox();
      expect(box.width).toBeGreaterThan(600);

      const content = await servedContent(page.request, baseURL);
      for (const n of content.nominees) {
        const article = page.locator(`#vk-nominee-${n.id}`);
        await expect(article.locator('h3')).toHaveText(n.name);
        await expect(article.locator('h4')).toHaveCount(content.criteria.length);
        const text = await article.innerText();  // innerText: what is rendered, not hidden
        for (const i of n.initiatives) {
          expect(text, `${n.id}: ${i.title.nb}`).toContain(i.title.nb);
          expect(text, `${n.id}: text of ${i.title.nb}`).toContain(i.text.nb.slice(0, 60));
        }
        // All the canvas tells: municipality number, centre, area, the criteria's descriptions.
        expect(text, `${n.id}: municipality number`).toContain(`Kommunenummer ${n.municipalityNumber}`);
        expect(text, `${n.id}: centre`).toContain(`Administrasjonssenter: ${n.centre.name}`);
        expect(text, `${n.id}: area`).toMatch(/Areal: [\d\u00a0 ]+(,\d+)? km²/);
        for (const c of content.criteria) expect(text, `${n.id}: ${c.id}`).toContain(c.description.nb.slice(0, 60));
      }
      // Written by the widget itself: its wasm runs without WebGL and words the text version.
      expect(await page.evaluate(() => performance.getEntriesByName('vk:started').length)).toBe(1);
      await expect(page.locator('#nominee-map-fallback')).toBeHidden();
      // The language switch still works without the map.
      await mirror.getByRole('button', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      // The note that the map could not be shown switches too.
      await expect.soft(mirror.locator('p.vk-note').nth(1)).toHaveText(/The map cannot be shown/);
      await expect(page.locator('#vk-nominee-tinn')).toContainText(content.nominees.find((n) => n.id === 'tinn').initiatives[0].title.en);
      await page.screenshot({ path: 'test-results/screens/a11y-no-webgl.png' });
      expect(seen.errors).toEqual([]);
      expect(seen.foreignRequests).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  test('lang=en in the URL applies to the text version too', async ({ playwright, baseURL }) => {
    const browser = await launchWithoutWebGL(playwright);
    try {
      const page = await browser.newPage({ baseURL });
      await page.goto('index.html?lang=en');
      await expect(page.locator('#nominee-map')).toHaveAttribute('data-state', 'text');
      await expect(page.locator('#vk-nominee-tinn')).toBeVisible();
      await page.screenshot({ path: 'test-results/screens/a11y-no-webgl-en.png' });
      await expect(page.locator('#nominee-map-text h2').first()).toHaveText('The nominees');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('#nominee-map-text .vk-note').nth(1)).toHaveText(/The map cannot be shown/);
    } finally {
      await browser.close();
    }
  });
});

// Opens path in a browser without WebGL, runs fn(page) on the text version, closes the browser.
async function withTextVersion(playwright, baseURL, path, fn) {
  const browser = await launchWithoutWebGL(playwright);
  try {
    const page = await browser.newPage({ baseURL });
    await page.goto(path);
    await expect(page.locator('#nominee-map')).toHaveAttribute('data-state', 'text');
    await expect(page.locator('#vk-nominee-tinn')).toBeVisible();
    await fn(page);
  } finally {
    await browser.close();
  }
}

// All of the text in view at once, so that axe can judge the contrast of every line.
async function showAllText(page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.min(height + 16, 16000) });
}

// axe-core on the page as it is now: no serious or critical violation (all findings go to the log).
async function expectNoSeriousViolations(page, what) {
  const results = await runAxe(page);
  console.log(`axe, ${what}:\n${describeAxe(results)}`);
  test.info().annotations.push({ type: 'axe', description: describeAxe(results) });
  const bad = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  expect(bad, describeAxe({ violations: bad, incomplete: [] })).toEqual([]);
}

test.describe('axe-core audit', () => {
  test('the page with a comparison and the mirror in view: no serious or critical violations', async ({ page }) => {
    await openWidget(page, 'index.html#compare=asker,tinn');
    await page.locator('#nominee-map-text button[data-id="asker"]').focus();
    await settled(page);
    await shot(page, 'a11y-axe-mirror');
    await expectNoSeriousViolations(page, 'page with mirror focused');
  });

  test('the English page on a phone: no serious or critical violations', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await openWidget(page, new URL('index.html?lang=en#select=sykkylven', baseURL).href);
    await page.locator('#nominee-map-text button[data-id="sykkylven"]').focus();
    await expectNoSeriousViolations(page, 'English on a phone');
    await context.close();
  });

  test('the text version without WebGL: no serious or critical violations', async ({ playwright, baseURL }) => {
    await withTextVersion(playwright, baseURL, 'index.html', async (page) => {
      await showAllText(page);
      await expectNoSeriousViolations(page, 'text version');
    });
  });
});

// Issue 11: the same audits in the dark theme, reached as a reader in dark mode reaches it.
test.describe('axe-core audit, dark theme', () => {
  test('the page with a comparison and the mirror in view, in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openWidget(page, 'index.html#compare=asker,tinn');
    expect((await state(page)).appearance.theme).toBe('dark');
    await page.locator('#nominee-map-text button[data-id="asker"]').focus();
    await settled(page);
    await shot(page, 'a11y-axe-mirror-dark');
    await expectNoSeriousViolations(page, 'dark page with mirror focused');
  });

  test('the text version without WebGL, theme=dark', async ({ playwright, baseURL }) => {
    await withTextVersion(playwright, baseURL, 'index.html?theme=dark', async (page) => {
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 27, 34)');
      await showAllText(page);
      await page.screenshot({ path: 'test-results/screens/a11y-no-webgl-dark.png' });
      await expectNoSeriousViolations(page, 'dark text version');
    });
  });
});
