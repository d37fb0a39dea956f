// Bad input loses nothing: a broken data file, a missing map file, an unknown command.
import { test, expect } from '@playwright/test';
import { openWidget, settled, screenshot } from './helpers.js';

test('a nominee with a data problem is left out, the page says what and where, the rest is shown', async ({ page }) => {
  await page.route('**/data/nominees.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    const sigdal = data.nominees.findIndex((n) => n.id === 'sigdal');
    data.nominees[sigdal].centre.lat = 'north';
    await route.fulfill({ response, body: JSON.stringify(data) });
  });
  const seen = await openWidget(page);
  const ids = (await page.evaluate(() => window.NomineeMap.nominees())).map((n) => n.id);
  expect(ids).toHaveLength(5);
  expect(ids).not.toContain('sigdal');
  expect(seen.errors.join('\n')).toMatch(/\/nominees\/\d+\/centre\/lat: expected a number between 57 and 72, got "north"/);
  // The mirror lists the five valid nominees only.
  await expect(page.locator('#nominee-map-text ul.vk-nominees button')).toHaveCount(5);
  await settled(page);
  await screenshot(page, 'robustness-bad-nominee');
});

test('a data file that is not JSON gives a readable message with line and column, not a blank page', async ({ page }) => {
  await page.route('**/data/nominees.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{\n  "schemaVersion": 1,\n}' }));
  const seen = await openWidget(page, 'index.html', { waitReady: false });
  await expect(page.locator('#nominee-map-message')).toBeVisible();
  await expect(page.locator('#nominee-map-message')).toContainText('line 2, column 21');
  expect(seen.errors.join('\n')).toContain('not valid JSON');
  await screenshot(page, 'robustness-broken-json');
});

test('a missing map file is said in words, and the nominees are still listed', async ({ page }) => {
  await page.route('**/geo/norway.vkgeo', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('index.html');
  await expect(page.locator('#nominee-map')).toHaveAttribute('data-state', 'text');
  await expect(page.locator('#nominee-map-text [role=note]')).toContainText('norway.vkgeo');
  await expect(page.locator('#nominee-map-text [role=note]')).toBeVisible();
  // Every nominee is still readable as text.
  for (const name of ['Asker', 'Drammen', 'Kongsvinger', 'Sigdal', 'Sykkylven', 'Tinn'])
    await expect(page.locator('#nominee-map-text article h3', { hasText: name })).toBeVisible();
  await screenshot(page, 'robustness-missing-geo');
});

test('the API rejects unknown ids and values with a warning and keeps the state', async ({ page }) => {
  const seen = await openWidget(page, 'index.html#select=tinn');
  const result = await page.evaluate(() => [
    window.NomineeMap.select('oslo'),
    window.NomineeMap.compare('tinn', 'bergen'),
    window.NomineeMap.setLang('de'),
    window.NomineeMap.setFilter('medium'),
    window.NomineeMap.state().selected,
  ]);
  expect(result).toEqual([false, false, false, false, ['tinn']]);
  expect(seen.warnings.join('\n')).toContain('unknown nominee "oslo"');
  expect(seen.errors).toEqual([]);
});
