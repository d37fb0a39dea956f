// Golden images: each case of golden-cases.js is drawn and compared with its reference,
// web/e2e/golden/<case>/expected.png (MapLibre's layout: one data folder per case). On a mismatch
// the test writes actual.png and diff.png (red where it differs) to its test-results folder.
// Update the references after a deliberate change of the picture, then look at each one:
//   cd web && VK_UPDATE_GOLDEN=1 npx playwright test e2e/golden.spec.js
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { decodePng } from './helpers.js';
import { markerInPage } from './a11y-helpers.js';
import { compareImages, encodePng } from './image-compare.js';
import { goldenCases, renderCase, tolerance } from './golden-cases.js';

const goldenDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'golden');
const updating = process.env.VK_UPDATE_GOLDEN === '1';
const expectedPath = (name) => path.join(goldenDir, name, 'expected.png');

// Compares a rendered image with a case's reference; on a mismatch writes actual.png and diff.png
// into the test's output folder. Returns the comparison.
function compareWithGolden(name, rendered, testInfo) {
  const expected = decodePng(fs.readFileSync(expectedPath(name)));
  const result = compareImages(expected, rendered.image, tolerance);
  result.passes = !result.sizeMismatch && result.ratio <= tolerance.maxRatio;
  if (!result.passes) {
    fs.writeFileSync(testInfo.outputPath('actual.png'), rendered.png);
    if (result.diff) fs.writeFileSync(testInfo.outputPath('diff.png'), encodePng(result.diff));
  }
  return result;
}

const describeResult = (r) => r.sizeMismatch ? 'a different size'
  : `${r.differing} pixels (${(r.ratio * 100).toFixed(4)} %) differ by more than ${tolerance.threshold}; largest difference ${r.maxDelta}`;

for (const goldenCase of goldenCases) {
  test.describe(`golden ${goldenCase.name}`, () => {
    test.use(goldenCase.context);

    test(`matches golden/${goldenCase.name}/expected.png`, async ({ page }, testInfo) => {
      const rendered = await renderCase(page, goldenCase);
      expect(rendered.seen.errors).toEqual([]);
      if (updating) {
        fs.mkdirSync(path.dirname(expectedPath(goldenCase.name)), { recursive: true });
        fs.writeFileSync(expectedPath(goldenCase.name), rendered.png);
        testInfo.annotations.push({ type: 'golden', description: `wrote ${expectedPath(goldenCase.name)}` });
        return;
      }
      expect(fs.existsSync(expectedPath(goldenCase.name)),
        `no reference yet: run VK_UPDATE_GOLDEN=1 npx playwright test e2e/golden.spec.js`).toBe(true);
      const result = compareWithGolden(goldenCase.name, rendered, testInfo);
      testInfo.annotations.push({ type: 'golden', description: describeResult(result) });
      expect(result.passes, `${goldenCase.name}: ${describeResult(result)} (see diff.png)`).toBe(true);
    });
  });
}

// Proof that the comparison can fail: the start view with a deliberate colour change must not
// pass. The change is made on the page (a CSS filter on the canvas, or a marker painted over in
// another colour), so the widget's code stays as it is.
test.describe('golden: a deliberate colour change fails', () => {
  const start = goldenCases.find((c) => c.name === 'start-1280x800-en');
  test.use(start.context);
  test.skip(updating, 'the references are being rewritten');

  test('the whole map 6 % darker (white 255 becomes 240)', async ({ page }, testInfo) => {
    const rendered = await renderCase(page, start);
    expect(compareWithGolden(start.name, rendered, testInfo).passes, 'unchanged, it passes').toBe(true);
    await page.evaluate(() => { document.getElementById('nominee-map-canvas').style.filter = 'brightness(0.94)'; });
    const darker = { png: await page.screenshot(), image: null };
    darker.image = decodePng(darker.png);
    const result = compareWithGolden(start.name, darker, testInfo);
    testInfo.annotations.push({ type: 'golden', description: describeResult(result) });
    expect(result.passes, describeResult(result)).toBe(false);
    expect(result.maxDelta).toBeLessThanOrEqual(20);  // a small change, caught
  });

  test('one marker (Tinn) in a colour 24 levels lighter', async ({ page }, testInfo) => {
    const rendered = await renderCase(page, start);
    const tinn = await markerInPage(page, page, 'tinn');
    // A disc over the marker in its own colour, lightened: the size of the marker, no bigger.
    const marker = rendered.image.at(tinn.x, tinn.y);
    await page.evaluate(({ x, y, rgb }) => {
      const disc = document.createElement('div');
      disc.style.cssText = `position:fixed;left:${x - 7}px;top:${y - 7}px;width:14px;height:14px;border-radius:50%;` +
        `background:rgb(${rgb.map((c) => Math.min(255, c + 24)).join(',')});pointer-events:none`;
      document.body.appendChild(disc);
    }, { ...tinn, rgb: marker });
    const recoloured = { png: await page.screenshot() };
    recoloured.image = decodePng(recoloured.png);
    const result = compareWithGolden(start.name, recoloured, testInfo);
    testInfo.annotations.push({ type: 'golden', description: describeResult(result) });
    expect(result.passes, describeResult(result)).toBe(false);
    expect(result.differing, 'only the marker changed').toBeLessThan(400);
  });
});
