// The golden-image cases: each is a folder web/e2e/golden/<name>/ with its expected.png. To add one
// (a dark theme, another language, a filter), add an entry: a name, the browser context (viewport,
// device pixel ratio, colour scheme), the page's address and, optionally, the screenshot's scale
// and a nominee the pointer rests on (hover).
// Then `VK_UPDATE_GOLDEN=1 npx playwright test e2e/golden.spec.js` writes its image: look at it.
// A dark case, for example: { name: 'start-1280x800-en-dark', context: { ...defaults, ...desktop,
// colorScheme: 'dark' }, url: 'index.html?lang=en&theme=dark' }.
import { openWidget, settled, decodePng } from './helpers.js';
import { hostUrl } from '../playwright.config.js';

// The tolerance, from measurement. SwiftShader draws on the CPU and is deterministic here: the
// same state rendered 4 times in fresh pages, in 2 browser launches, and once more by each run of
// this test against a reference from an earlier launch, gave byte-identical screenshots (largest
// channel difference 0, 0 differing pixels, all three cases). So the tolerance is set by what it
// must still catch, with a margin only for what a rebuilt widget may legitimately nudge (the
// antialiasing of one edge after a change elsewhere):
// - a pixel differs when a channel moves by more than 8 of 255 (3 %): below the smallest step
//   between two colours the widget uses on purpose (land, neighbours, sea, markers, text);
// - at most 0.01 % of the pixels may differ (102 px at 1280×800, 33 px on the phone): less than
//   one marker (a disc of ~150 px at 1280×800), so a single recoloured marker fails.
export const tolerance = { threshold: 8, maxRatio: 0.0001 };

const desktop = { viewport: { width: 1280, height: 800 } };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
// Light, unless a case says otherwise (the default theme follows prefers-color-scheme); no camera
// flights, so a selection from the link is shown at once and at one place.
const defaults = { colorScheme: 'light', reducedMotion: 'reduce' };

export const goldenCases = [
  { name: 'start-1280x800-en', context: { ...defaults, ...desktop }, url: 'index.html?lang=en' },
  { name: 'compare-1280x800-en', context: { ...defaults, ...desktop }, url: 'index.html?lang=en#compare=asker,tinn' },
  // The phone draws at 3 device pixels per CSS pixel; its image is kept at CSS size (Chromium
  // scales it down, the same way every time), a ninth of the bytes in git.
  { name: 'phone-390x844x3-en', context: { ...defaults, ...phone }, url: 'index.html?lang=en#select=tinn', scale: 'css' },
  // Both themes at the three sizes the look is judged at (issue 11): dark through the reader's
  // colour scheme, and 800x600 in both with the comparison whose labels once hid under the legend.
  { name: 'compare-800x600-en', context: { ...defaults, viewport: { width: 800, height: 600 } }, url: 'index.html?lang=en#compare=kongsvinger,sigdal' },
  { name: 'compare-1280x800-en-dark', context: { ...defaults, ...desktop, colorScheme: 'dark' }, url: 'index.html?lang=en#compare=asker,tinn' },
  { name: 'compare-800x600-en-dark', context: { ...defaults, viewport: { width: 800, height: 600 }, colorScheme: 'dark' }, url: 'index.html?lang=en#compare=kongsvinger,sigdal' },
  { name: 'phone-390x844x3-en-dark', context: { ...defaults, ...phone, colorScheme: 'dark' }, url: 'index.html?lang=en#compare=sykkylven,drammen', scale: 'css' },
  // A fresh page's first hover, of a marker near the map's foot: the tooltip is placed by a height
  // ImGui measures only once it has drawn it, so it once hung below the map's edge.
  { name: 'hover-800x600-nb', context: { ...defaults, viewport: { width: 800, height: 600 } }, url: 'index.html', hover: 'asker' },
  // Embedded in a column 737.6 CSS px wide (host page e2e/host/fractional.html): the backing store
  // is rounded to whole pixels, and ImGui's frame must fill it to the last one (issue 20).
  { name: 'compare-iframe-737.6px-en', context: { ...defaults, viewport: { width: 800, height: 600 } }, host: 'fractional.html' },
];

// Opens a case's page, waits until it has drawn and is idle, and returns its screenshot (PNG bytes
// and decoded), with what the console saw.
export async function renderCase(page, goldenCase) {
  if (goldenCase.host) return renderHostedCase(page, goldenCase);
  const seen = await openWidget(page, goldenCase.url);
  await page.evaluate(() => document.fonts.ready.then(() => true));
  // The full map follows the coarse start map after ready: compare the picture with it in place.
  await page.waitForFunction(() => performance.getEntriesByName('vk:detail').length > 0);
  await settled(page);
  if (goldenCase.hover) {
    const at = await page.evaluate((id) => {
      const n = window.NomineeMap.nominees().find((x) => x.id === id);
      const p = window.NomineeMap.project(n.lon, n.lat);
      const box = document.querySelector('canvas').getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, goldenCase.hover);
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction((id) => window.NomineeMap.state().hover === id, goldenCase.hover);
    await settled(page);
    await settled(page);
  }
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide', scale: goldenCase.scale || 'device' });
  return { png, image: decodePng(png), seen };
}

// A case embedded in a host page of e2e/host/ (served on another origin): the same waits inside
// the widget's frame, and the whole host page's screenshot.
async function renderHostedCase(page, goldenCase) {
  const seen = { errors: [] };
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  await page.goto(new URL(goldenCase.host, hostUrl).href);
  const frame = await (await page.waitForSelector('iframe[data-nominee-map]')).contentFrame();
  await frame.waitForFunction(() => window.NomineeMap && true);
  await frame.evaluate(() => window.NomineeMap.ready.then(() => document.fonts.ready).then(() => true));
  await frame.waitForFunction(() => performance.getEntriesByName('vk:detail').length > 0);
  await settled(frame);
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide', scale: goldenCase.scale || 'device' });
  return { png, image: decodePng(png), seen };
}
