// Soak: a seeded random visitor takes 2,000 actions (clicks, taps, drags, wheel, keys, API calls,
// hash edits, resizes, language switches), and after every few the widget must still hold:
// at most two selected, distinct, known ids; the hash says exactly what the state says; no page
// error; the wasm heap grows by at most 1 MiB after a warm-up, both the memory (heapBytes) and
// what malloc holds (heapUsedBytes).
// The seed is in the test's name; replay a failure with VK_SOAK_SEED=<seed> (and VK_SOAK_ACTIONS).
import { test, expect } from '@playwright/test';
import { openWidget } from './helpers.js';

const seed = Number(process.env.VK_SOAK_SEED || 20260317);
const actionCount = Number(process.env.VK_SOAK_ACTIONS || 2000);
const actionsPerCheck = 5;
const warmUpActions = 200;
const heapGrowthLimit = 1024 * 1024;

// mulberry32: a small, good-enough PRNG whose whole state is one 32-bit number.
function random(seedValue) {
  let a = seedValue >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  return { next, int, pick };
}

const ids = ['asker', 'drammen', 'kongsvinger', 'sigdal', 'sykkylven', 'tinn'];
const anyId = (r) => (r.next() < 0.85 ? r.pick(ids) : r.pick(['oslo', '', 'TINN', 'tinn,asker', '<b>x</b>', 'x'.repeat(300)]));
const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '+', '-', '0', 'Escape', 'Tab', 'Shift+Tab', 'Enter', ' '];
function randomHash(r) {
  const garbage = () => Array.from({ length: r.int(1, 40) }, () => String.fromCharCode(r.int(33, 126))).join('');
  return r.pick([
    () => '', () => `#select=${anyId(r)}`, () => `#compare=${anyId(r)},${anyId(r)}`, () => `#lang=${r.pick(['nb', 'en', 'xx'])}`,
    () => `#filter=${r.pick(['all', 'small', 'large', 'medium'])}&select=${anyId(r)}`, () => '#compare=a,b,c',
    () => '#%E0%A4%A', () => `#select=${'x'.repeat(5000)}`, () => '#&&&==', () => `#${garbage()}`,
    () => `#compare=${r.pick(ids)},${r.pick(ids)}&lang=${r.pick(['nb', 'en'])}&filter=${r.pick(['all', 'small', 'large'])}`,
  ])();
}

// The actions, each with a weight. `box` is the canvas's box in the page.
function actions(page, r) {
  const box = () => page.evaluate(() => {
    const b = document.getElementById('nominee-map-canvas').getBoundingClientRect();
    return { x: b.x, y: b.y, width: b.width, height: b.height };
  });
  const pointIn = (b) => ({ x: b.x + r.next() * b.width, y: b.y + r.next() * Math.min(b.height, page.viewportSize().height - b.y) });
  const marker = async () => {
    const id = r.pick(ids);
    const p = await page.evaluate((id) => {
      const n = window.NomineeMap.nominees().find((n) => n.id === id);
      return window.NomineeMap.project(n.lon, n.lat);
    }, id);
    const b = await box();
    return { x: b.x + p.x + r.int(-3, 3), y: b.y + p.y + r.int(-3, 3) };
  };
  const api = (call, ...args) => page.evaluate(([call, args]) => window.NomineeMap[call](...args), [call, args]);
  return [
    [8, 'click', async () => { const p = pointIn(await box()); await page.mouse.click(p.x, p.y); return p; }],
    [10, 'click marker', async () => { const p = await marker(); await page.mouse.click(p.x, p.y); return p; }],
    [4, 'tap', async () => { const p = r.next() < 0.5 ? await marker() : pointIn(await box()); await page.touchscreen.tap(p.x, p.y); return p; }],
    [6, 'drag', async () => {
      const from = pointIn(await box()), to = { x: from.x + r.int(-300, 300), y: from.y + r.int(-300, 300) };
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: r.int(1, 4) });
      await page.mouse.up();
      return { from, to };
    }],
    [6, 'wheel', async () => {
      const p = pointIn(await box());
      await page.mouse.move(p.x, p.y);
      const dy = r.pick([-600, -120, -40, 40, 120, 600, 3000, -3000]);
      await page.mouse.wheel(0, dy);
      return { ...p, dy };
    }],
    [5, 'hover', async () => { const p = r.next() < 0.5 ? await marker() : pointIn(await box()); await page.mouse.move(p.x, p.y); return p; }],
    [8, 'key', async () => { const key = r.pick(keys); await page.keyboard.press(key); return key; }],
    [3, 'dblclick', async () => { const p = pointIn(await box()); await page.mouse.dblclick(p.x, p.y); return p; }],
    [6, 'api select', async () => { const id = anyId(r); await api('select', id); return id; }],
    [5, 'api compare', async () => { const a = anyId(r), b = anyId(r); await api('compare', a, b); return [a, b]; }],
    [2, 'api clear', async () => api('clear')],
    [2, 'api filter', async () => { const f = r.pick(['all', 'small', 'large', 'medium', 7]); await api('setFilter', f); return f; }],
    [2, 'api project', async () => { const p = [r.int(-400, 400) + r.next(), r.int(-100, 100)]; await api('project', ...p); return p; }],
    [2, 'api bad', async () => { const v = r.pick([null, undefined, 42, {}, [], 'x']); await api(r.pick(['select', 'setLang', 'project', 'on']), v, v); return v; }],
    [5, 'hash edit', async () => {
      const hash = randomHash(r);
      await page.evaluate((hash) => new Promise((resolve) => {
        const before = location.href;
        location.hash = hash;
        if (location.href === before) resolve();  // no change, no event
        else window.addEventListener('hashchange', () => setTimeout(resolve), { once: true });
      }), hash);
      return hash;
    }],
    [3, 'resize', async () => {
      const size = { width: r.int(320, 1400), height: r.int(420, 900) };
      await page.setViewportSize(size);
      return size;
    }],
    [4, 'language', async () => {
      if (r.next() < 0.5) { const l = r.pick(['nb', 'en', 'de']); await api('setLang', l); return l; }
      await page.evaluate(() => document.querySelector('#nominee-map-text .vk-controls button').click());  // the mirror's switch
      return 'mirror switch';
    }],
  ];
}

// Chromium reports (as a console error) a touch that a listener tried to cancel while the
// browser was already scrolling: its own intervention, not an error of the page. The soak's
// synthetic taps provoke it now and then; it is counted, not failed on.
const isTouchIntervention = (e) => e.startsWith('Ignored attempt to cancel a touchstart event with cancelable=false');

// What the page holds now, for the invariants.
const snapshot = (page) => page.evaluate(() => ({
  state: window.NomineeMap.state(),
  known: window.NomineeMap.nominees().map((n) => n.id),
  hash: location.hash.replace(/^#/, ''),
  heap: (({ heapBytes, heapUsedBytes }) => ({ heapBytes, heapUsedBytes }))(window.NomineeMap.stats()),
}));

// The state's own keys read back from the hash (others, such as a theme, are not checked here).
function stateInHash(hash) {
  const out = { selected: [], lang: 'nb', filter: 'all' };
  for (const pair of hash.split('&').filter(Boolean)) {
    const [key, value = ''] = pair.split('=');
    if (key === 'select') out.selected = [value];
    else if (key === 'compare') out.selected = value.split(',');
    else if (key === 'lang') out.lang = value;
    else if (key === 'filter') out.filter = value;
  }
  return out;
}

test.describe('soak', () => {
  test.use({ viewport: { width: 1024, height: 700 }, hasTouch: true });
  test.setTimeout(15 * 60_000);

  test(`a random visitor, seed ${seed}: ${actionCount} actions keep every invariant`, async ({ page }) => {
    const seen = await openWidget(page);
    const r = random(seed);
    const list = actions(page, r);
    const totalWeight = list.reduce((sum, a) => sum + a[0], 0);
    const recent = [];  // the last actions, for the failure message
    const counts = {};
    let heapAfterWarmUp = null;
    const heapMax = { heapBytes: 0, heapUsedBytes: 0 };
    const started = Date.now();

    for (let done = 0; done < actionCount;) {
      for (let k = 0; k < actionsPerCheck && done < actionCount; k++, done++) {
        let w = r.next() * totalWeight;
        const [, name, run] = list.find((a) => (w -= a[0]) < 0) || list[list.length - 1];
        const detail = await run();
        counts[name] = (counts[name] || 0) + 1;
        recent.push(`${done}: ${name} ${JSON.stringify(detail) || ''}`.slice(0, 160));
        if (recent.length > 15) recent.shift();
      }
      const s = await snapshot(page);
      const where = `seed ${seed}, after action ${done}; last actions:\n${recent.join('\n')}`;
      const selected = s.state.selected;
      expect(selected.length, where).toBeLessThanOrEqual(2);
      expect(new Set(selected).size, where).toBe(selected.length);
      for (const id of selected) expect(s.known, where).toContain(id);
      expect(s.state.hover === null || s.known.includes(s.state.hover), where).toBe(true);
      expect(stateInHash(s.hash), `${where}\nhash: ${s.hash}`).toEqual({ selected, lang: s.state.lang, filter: s.state.filter });
      expect(seen.errors.filter((e) => !isTouchIntervention(e)), where).toEqual([]);
      if (done >= warmUpActions && heapAfterWarmUp === null) heapAfterWarmUp = s.heap;
      if (heapAfterWarmUp !== null) {
        for (const key of ['heapBytes', 'heapUsedBytes']) {
          heapMax[key] = Math.max(heapMax[key], s.heap[key]);
          expect(s.heap[key] - heapAfterWarmUp[key], `wasm ${key} growth, ${where}`).toBeLessThanOrEqual(heapGrowthLimit);
        }
      }
    }
    const seconds = (Date.now() - started) / 1000;
    test.info().annotations.push({
      type: 'soak',
      description: `${actionCount} actions in ${seconds.toFixed(0)} s; heap after warm-up ${JSON.stringify(heapAfterWarmUp)}, ` +
        `largest ${JSON.stringify(heapMax)}; touch interventions ${seen.errors.filter(isTouchIntervention).length}; ${JSON.stringify(counts)}`,
    });
    console.log(`soak seed ${seed}: ${test.info().annotations.at(-1).description}`);
  });
});
