// Start-up phases and frame CPU of the widget, as the page and the wasm report them:
//  - per load: when each start file finished arriving (Resource Timing), vk:started (wasm compiled,
//    main ran), vk:assets, vk:loaded with the data parse / geometry decode / upload times the wasm
//    measured, the first frame's CPU time, vk:ready; medians over --runs loads;
//  - frames drawn while idle, during a pointer sweep over bare map and over markers, during a wheel
//    sweep, and stats() (median / max CPU ms, first frame excluded) for the sweeps.
// Usage: node web/bench/startup.mjs [--runs 5] [--port 8312] [--dpr 1] [--root DIR]  (serves build/wasm/dist itself, or DIR)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const runs = Number(option('--runs', 5));
const port = Number(option('--port', 8312));
const dpr = Number(option('--dpr', 1));
const url = `http://127.0.0.1:${port}/`;
const root = option('--root', null);
const server = spawn(process.execPath, [path.join(here, '..', 'serve.mjs'), '--port', String(port), ...(root ? ['--root', path.resolve(root)] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const f = (x) => (x == null || Number.isNaN(x) ? '   -' : x.toFixed(1).padStart(6));

try {
  const phases = {};
  const add = (k, v) => { (phases[k] = phases[k] || []).push(v); };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: dpr });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url);
    await page.evaluate(() => window.NomineeMap.ready);
    const t = await page.evaluate(() => {
      const out = { resources: {} };
      for (const r of performance.getEntriesByType('resource')) out.resources[r.name.replace(/^.*\/h\/[0-9a-f]+\//, '').replace(location.origin + '/', '')] = [r.startTime, r.responseEnd];
      const n = performance.getEntriesByType('navigation')[0];
      out.html = n.responseEnd;
      for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('vk:')) out[m.name] = { at: m.startTime, detail: m.detail };
      return out;
    });
    add('index.html arrived', t.html);
    for (const [name, [start, end]] of Object.entries(t.resources)) { add(`fetch ${name} start`, start); add(`fetch ${name} end`, end); }
    for (const m of ['vk:started', 'vk:assets', 'vk:loaded', 'vk:ready']) if (t[m]) add(m, t[m].at);
    const d = (t['vk:loaded'] || {}).detail || {};
    add('  data parse (ms, in wasm)', d.dataParseMs); add('  geometry decode (ms)', d.geoDecodeMs); add('  geometry upload (ms)', d.geoUploadMs);
    add('  first frame CPU (ms)', ((t['vk:ready'] || {}).detail || {}).firstFrameMs);
    await context.close();
  }
  console.log(`start-up, 800x600, dpr ${dpr}, medians of ${runs} cold loads (ms since navigation start unless noted):`);
  for (const [k, v] of Object.entries(phases)) console.log(`  ${k.padEnd(44)} ${f(median(v))}`);

  // Frames.
  const context = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: dpr });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => window.NomineeMap.ready);
  await page.waitForTimeout(500);  // the detailed map arrives after ready
  const stats = () => page.evaluate(() => window.NomineeMap.stats());
  const reset = () => page.evaluate(() => window.NomineeMap.resetStats());
  const rect = (await page.evaluate(() => window.NomineeMap.state().view)).mapRect;
  // Bare map: the sea west of southern Norway.
  const sea = await page.evaluate(() => window.NomineeMap.project(2.5, 60.5));
  await reset();
  await page.waitForTimeout(2000);
  console.log(`idle 2 s: ${(await stats()).frames} frames`);
  await reset();
  for (let i = 0; i < 60; i++) await page.mouse.move(sea.x + (i % 30), sea.y + (i % 11));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  console.log(`pointer sweep over bare map (60 moves): ${(await stats()).frames} frames`);
  const nominees = await page.evaluate(() => window.NomineeMap.nominees().map((n) => window.NomineeMap.project(n.lon, n.lat)));
  await reset();
  for (let i = 0; i < 120; i++) { const p = nominees[i % nominees.length]; await page.mouse.move(i % 2 ? p.x : sea.x + i, i % 2 ? p.y : sea.y); }
  let s = await stats();
  console.log(`pointer sweep over markers and map (120 moves): ${s.frames} frames, CPU median ${s.frameMsMedian.toFixed(2)} ms, max ${s.frameMsMax.toFixed(2)} ms`);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await reset();
  for (let i = 0; i < 60; i++) {
    await page.mouse.wheel(0, i < 30 ? -100 : 100);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  s = await stats();
  console.log(`wheel sweep (60 steps): ${s.frames} frames, CPU median ${s.frameMsMedian.toFixed(2)} ms, max ${s.frameMsMax.toFixed(2)} ms`);
  await page.evaluate(() => window.NomineeMap.compare('asker', 'tinn'));
  await page.waitForTimeout(300);
  await reset();
  for (let i = 0; i < 120; i++) { const p = nominees[i % nominees.length]; await page.mouse.move(i % 2 ? p.x : sea.x + i, i % 2 ? p.y : sea.y); }
  s = await stats();
  console.log(`comparison open, pointer sweep: ${s.frames} frames, CPU median ${s.frameMsMedian.toFixed(2)} ms, max ${s.frameMsMax.toFixed(2)} ms`);
  await context.close();
} finally {
  await browser.close();
  server.kill();
}
