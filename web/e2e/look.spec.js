// Issue 11, the widget's look on any screen and host page: a comparison is always in view (320 px
// phones up), no nominee's label or marker hides under the map's controls, dark mode (followed
// live, forced by theme= or the embed snippet), the host's accent colour kept at AA contrast, and
// screenshots of both themes for review.
import { test, expect } from '@playwright/test';
import { openWidget, state, targets, settled, screenshot } from './helpers.js';
import { viewSettled, widgetFrame } from './a11y-helpers.js';
import { hostUrl } from '../playwright.config.js';

const controlNames = ['legend', 'zoom', 'attribution'];
const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (r, area) => r.x >= area.x - 0.5 && r.y >= area.y - 0.5 &&
  r.x + r.width <= area.x + area.width + 0.5 && r.y + r.height <= area.y + area.height + 0.5;
const box = (r) => `(${Math.round(r.x)}, ${Math.round(r.y)}, ${Math.round(r.width)}×${Math.round(r.height)})`;

// Every label: and marker: box the widget drew that lies under one of its controls.
async function hiddenUnderControls(page) {
  const t = await targets(page);
  const found = [];
  for (const [name, r] of Object.entries(t)) {
    if (!/^(label|marker):/.test(name)) continue;
    for (const control of controlNames) {
      if (t[control] && overlaps(r, t[control])) found.push(`${name} ${box(r)} under ${control} ${box(t[control])}`);
    }
  }
  return found;
}

// Both nominees' markers (projected) and labels lie inside the map's part of the canvas.
async function expectInMap(page, ids) {
  const s = await state(page);
  const map = s.view.mapRect;
  const t = await targets(page);
  const nominees = await page.evaluate(() => window.NomineeMap.nominees());
  for (const id of ids) {
    const n = nominees.find((x) => x.id === id);
    const p = await page.evaluate(([lon, lat]) => window.NomineeMap.project(lon, lat), [n.lon, n.lat]);
    expect(inside({ x: p.x - 9, y: p.y - 9, width: 18, height: 18 }, map), `${id}'s marker at (${Math.round(p.x)}, ${Math.round(p.y)}) in the map ${box(map)}`).toBe(true);
    expect(t[`label:${id}`], `${id} has a label`).toBeTruthy();
    expect(inside(t[`label:${id}`], map), `${id}'s label ${box(t[`label:${id}`])} in the map ${box(map)}`).toBe(true);
  }
}

test.describe('a comparison is always in view', () => {
  for (const size of [{ width: 390, height: 844 }, { width: 320, height: 640 }]) {
    test(`at ${size.width}×${size.height}: by link, by the API and by clicks, both nominees and their labels are in the map`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ viewport: size, isMobile: true, hasTouch: true, deviceScaleFactor: 2, baseURL });
      const page = await context.newPage();
      // The link of the issue: on a phone it used to show Drammen only.
      await openWidget(page, 'index.html#compare=sykkylven,drammen');
      await viewSettled(page);
      await settled(page);
      expect((await state(page)).selected).toEqual(['sykkylven', 'drammen']);
      await expectInMap(page, ['sykkylven', 'drammen']);
      expect(await hiddenUnderControls(page)).toEqual([]);
      await page.screenshot({ path: `test-results/screens/look-compare-${size.width}.png` });

      // The API, from a view close in on Drammen: Tinn and Kongsvinger are far apart on a phone.
      await page.evaluate(() => window.NomineeMap.clear());
      await page.evaluate(() => window.NomineeMap.compare('kongsvinger', 'sykkylven'));
      await viewSettled(page);
      await settled(page);
      await expectInMap(page, ['kongsvinger', 'sykkylven']);
      expect(await hiddenUnderControls(page)).toEqual([]);

      // Taps on the markers, from the start view: Sykkylven, then Tinn.
      await openWidget(page, 'index.html');
      for (const id of ['sykkylven', 'tinn']) {
        await viewSettled(page);
        const p = await page.evaluate((id) => { const n = window.NomineeMap.nominees().find((x) => x.id === id); return window.NomineeMap.project(n.lon, n.lat); }, id);
        await page.touchscreen.tap(p.x, p.y);
        await expect.poll(async () => (await state(page)).selected).toContain(id);
      }
      expect((await state(page)).selected).toEqual(['sykkylven', 'tinn']);
      await viewSettled(page);
      await settled(page);
      await expectInMap(page, ['sykkylven', 'tinn']);
      expect(await hiddenUnderControls(page)).toEqual([]);
      await context.close();
    });
  }
});

test.describe('labels stay clear of the controls', () => {
  const sizes = [{ width: 1280, height: 800 }, { width: 800, height: 600 }, { width: 390, height: 844 }, { width: 320, height: 640 }];
  for (const size of sizes) {
    test(`at ${size.width}×${size.height}: start view, after a fly-to, and in comparisons`, async ({ page }) => {
      await page.setViewportSize(size);
      await openWidget(page, 'index.html');
      await settled(page);
      expect(await hiddenUnderControls(page), 'start view').toEqual([]);
      const t = await targets(page);
      for (const id of ['asker', 'drammen', 'kongsvinger', 'sigdal', 'sykkylven', 'tinn']) expect(t[`marker:${id}`], `${id}'s marker at the start`).toBeTruthy();
      expect(Object.keys(t).filter((k) => k.startsWith('label:')).length, 'labels at the start').toBeGreaterThanOrEqual(5);

      await page.evaluate(() => window.NomineeMap.select('sykkylven'));
      await viewSettled(page);
      await settled(page);
      expect(await hiddenUnderControls(page), 'after flying to Sykkylven').toEqual([]);
      await expectInMap(page, ['sykkylven']);

      // The issue's case: at 800×600, Sykkylven's label lay under the class legend.
      for (const pair of [['kongsvinger', 'sigdal'], ['asker', 'drammen'], ['sykkylven', 'kongsvinger']]) {
        await page.evaluate(([a, b]) => window.NomineeMap.compare(a, b), pair);
        await viewSettled(page);
        await settled(page);
        expect(await hiddenUnderControls(page), `comparing ${pair.join(' and ')}`).toEqual([]);
        await expectInMap(page, pair);
      }
    });
  }
});

test.describe('dark mode', () => {
  // The sea in the map's far left column, half way down: dark or light.
  async function seaLuminance(page) {
    const s = await state(page);
    const picture = await screenshot(page, `look-sea-${s.appearance.theme}`);
    const [r, g, b] = picture.at(s.view.mapRect.x + 3, s.view.mapRect.y + s.view.mapRect.height * 0.3);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  }

  test('follows prefers-color-scheme, live, unless theme= forces one', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openWidget(page, 'index.html');
    await settled(page);
    expect((await state(page)).appearance).toMatchObject({ theme: 'dark', forced: false });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await seaLuminance(page)).toBeLessThan(0.3);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 27, 34)');

    // The reader switches to light while the page is open.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(async () => (await state(page)).appearance.theme).toBe('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await settled(page);
    expect(await seaLuminance(page)).toBeGreaterThan(0.6);

    // A link that says theme=dark wins over the reader's light scheme, and stays in the hash.
    await page.goto('index.html#theme=dark&select=tinn');
    await page.evaluate(() => window.NomineeMap.ready.then(() => true));
    expect((await state(page)).appearance).toMatchObject({ theme: 'dark', forced: true });
    expect(await page.evaluate(() => location.hash)).toContain('theme=dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await settled(page);
    expect((await state(page)).appearance.theme).toBe('dark');
  });

  test('theme=light in the query wins over a dark scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openWidget(page, 'index.html?theme=light');
    expect((await state(page)).appearance).toMatchObject({ theme: 'light', forced: true });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('a bad theme= is ignored with a warning', async ({ page }) => {
    const seen = await openWidget(page, 'index.html#theme=sepia');
    expect(seen.warnings.join('\n')).toContain('theme= must be light or dark, got "sepia"');
    expect((await state(page)).appearance.forced).toBe(false);
  });

  test('the embed snippet\'s data-theme and data-accent reach the widget through host.js', async ({ page }) => {
    await page.goto(`${hostUrl}themed.html`);
    const { frame } = await widgetFrame(page);
    const s = await frame.evaluate(() => window.NomineeMap.state());
    expect(s.appearance).toMatchObject({ theme: 'dark', forced: true, accent: '#e3001b' });
    expect(s.appearance.accentUsed).toMatch(/^#[0-9a-f]{6}$/);
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test.describe('host colours', () => {
  test('accent= colours selection and focus, adjusted to AA with a console note', async ({ page }) => {
    const infos = [];
    page.on('console', (m) => { if (m.type() === 'info') infos.push(m.text()); });
    // A bright yellow cannot carry text on white: the widget darkens it and says so.
    await openWidget(page, 'index.html#accent=ffd400&select=tinn');
    const s = await state(page);
    expect(s.appearance.accent).toBe('#ffd400');
    expect(s.appearance.accentUsed).not.toBe('#ffd400');
    expect(infos.join('\n')).toContain(`accent #ffd400 adjusted to ${s.appearance.accentUsed} for AA contrast on the light theme`);
    const css = await page.evaluate(() => ({
      accent: getComputedStyle(document.documentElement).getPropertyValue('--vk-accent').trim(),
      focus: getComputedStyle(document.documentElement).getPropertyValue('--vk-focus').trim(),
    }));
    expect(css).toEqual({ accent: s.appearance.accentUsed, focus: s.appearance.accentUsed });
    expect(await page.evaluate(() => location.hash)).toContain('accent=ffd400');
    // Tinn's marker is drawn in the accent colour as used.
    await settled(page);
    const tinn = await page.evaluate(() => { const n = window.NomineeMap.nominees().find((x) => x.id === 'tinn'); return window.NomineeMap.project(n.lon, n.lat); });
    const picture = await screenshot(page, 'look-accent');
    const hex = '#' + picture.at(tinn.x, tinn.y).map((c) => c.toString(16).padStart(2, '0')).join('');
    const distance = (a, b) => Math.hypot(...[1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)));
    expect(distance(hex, s.appearance.accentUsed), `marker pixel ${hex} vs ${s.appearance.accentUsed}`).toBeLessThan(40);
  });

  test('an accent that passes is used as given, without a note', async ({ page }) => {
    const infos = [];
    page.on('console', (m) => { if (m.type() === 'info') infos.push(m.text()); });
    await openWidget(page, 'index.html?accent=002f6c');
    expect((await state(page)).appearance).toMatchObject({ accent: '#002f6c', accentUsed: '#002f6c', note: '' });
    expect(infos.filter((i) => i.includes('accent'))).toEqual([]);
  });

  test('a malformed accent is ignored with a warning', async ({ page }) => {
    const seen = await openWidget(page, 'index.html#accent=javascript:alert(1)');
    expect(seen.warnings.join('\n')).toContain('accent= must be a hex colour RRGGBB');
    expect((await state(page)).appearance.accent).toBe(null);
    expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--vk-accent'))).toBe('');
  });
});

// Screenshots of both themes at three sizes, for people to look at (test-results/screens/look-*).
test.describe('screenshots for review', () => {
  const cases = [
    { width: 1280, height: 800, hash: 'compare=asker,tinn' },
    { width: 800, height: 600, hash: 'compare=kongsvinger,sigdal' },
    { width: 390, height: 844, hash: 'compare=sykkylven,drammen' },
  ];
  for (const theme of ['light', 'dark']) {
    for (const c of cases) {
      test(`${theme} at ${c.width}×${c.height}`, async ({ page }) => {
        await page.setViewportSize({ width: c.width, height: c.height });
        await openWidget(page, `index.html#${c.hash}&theme=${theme}`);
        await viewSettled(page);
        await settled(page);
        const s = await state(page);
        expect(s.appearance.theme).toBe(theme);
        const picture = await screenshot(page, `look-${theme}-${c.width}x${c.height}`);
        // The panel's background is the theme's (in its left padding, half way down).
        const map = s.view.mapRect;
        const panel = s.view.narrow ? picture.at(4, (map.height + c.height) / 2) : picture.at(map.width + 4, c.height / 2);
        expect(panel, `panel corner pixel ${panel}`).toEqual(theme === 'dark' ? [22, 27, 34] : [255, 255, 255]);
      });
    }
  }
});
