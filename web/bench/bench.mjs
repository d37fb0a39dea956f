// Measures the budgets of docs/DESIGN (README "Budgets") and prints them as numbers:
//  - first load: every byte the page fetches, gzip-compressed (as a server would send it),
//  - frame CPU time from NomineeMap.stats(): frames drawn while idle (none), median and max while
//    hovering (redraws of a still map), while panning, and with a comparison open,
//  - time from navigation to NomineeMap.ready in headless Chromium,
//  - issue 8's sweeps at 800x600: the pointer over markers and sea, and wheel steps.
// Usage: node web/bench/bench.mjs [--runs N]   (builds nothing: run ./run or ./test first)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '..', '..', 'build', 'wasm', 'dist');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const port = 8191;
const url = `http://127.0.0.1:${port}/index.html`;

if (!fs.existsSync(path.join(dist, 'vertskapskart.wasm'))) {
  console.error(`no build in ${dist}: run ./run or ./scripts/build.sh wasm first`);
  process.exit(2);
}

const server = spawn(process.execPath, [path.join(here, '..', 'serve.mjs'), '--port', String(port), '--root', dist], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));  // the server prints nothing we need; give it a moment to bind

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const fmt = (x, d = 2) => Number(x).toFixed(d);
// Resolves once the widget has the detail map and has stopped drawing (three frames' time without
// a frame): what comes after measures the action, not the start.
const untilIdle = async (page) => {
  await page.waitForFunction(() => performance.getEntriesByName('vk:detail').length > 0);
  await page.evaluate(() => window.NomineeMap.drawn());
};

try {
  // 1. Bytes on the wire, and time to ready.
  const readyMs = [];
  let files = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const seen = [];
    page.on('response', (r) => seen.push(new URL(r.url()).pathname));
    const t0 = Date.now();
    await page.goto(url);
    await page.evaluate(() => window.NomineeMap.ready);
    readyMs.push(Date.now() - t0);
    if (i === 0) files = [...new Set(seen)];
    await page.close();
  }
  let raw = 0, gz = 0;
  const rows = [];
  for (const f of files) {
    const file = path.join(dist, f === '/' ? 'index.html' : decodeURIComponent(f));
    if (!fs.existsSync(file)) continue;
    const bytes = fs.readFileSync(file);
    const z = zlib.gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += z;
    rows.push([f, bytes.length, z]);
  }
  rows.sort((a, b) => b[2] - a[2]);
  console.log('first load (gzip -9 per file):');
  for (const [f, r, z] of rows) console.log(`  ${f.padEnd(28)} ${String(r).padStart(8)} B  ${String(z).padStart(7)} B gz`);
  console.log(`  total                        ${String(raw).padStart(8)} B  ${String(gz).padStart(7)} B gz  (${fmt(gz / 1024, 1)} KiB; budget 300 KB)`);
  console.log(`navigation -> ready: median ${median(readyMs)} ms, max ${Math.max(...readyMs)} ms over ${runs} loads (budget 1500 ms)`);

  // 2. Frame CPU time.
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.evaluate(() => window.NomineeMap.ready);
  await untilIdle(page);
  const frames = async (label, action) => {
    await page.evaluate(() => window.NomineeMap.resetStats());
    await action();
    await page.evaluate(() => window.NomineeMap.drawn());
    const s = await page.evaluate(() => window.NomineeMap.stats());
    console.log(`frame CPU ${label.padEnd(26)} median ${fmt(s.frameMsMedian)} ms, max ${fmt(s.frameMsMax)} ms over ${s.frames} frames (budget 1 / 4 ms)`);
  };
  const box = await page.evaluate(() => window.NomineeMap.state().view.mapRect);
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  // Truly idle: nothing changes, so the widget draws nothing (the frame function returns at once).
  await page.evaluate(() => window.NomineeMap.resetStats());
  await page.waitForTimeout(2000);
  const still = await page.evaluate(() => window.NomineeMap.stats());
  console.log(`idle, no input for 2 s: ${still.frames} frames drawn`);
  await frames('pointer over bare map', async () => {  // draws nothing (no frames)
    for (let i = 0; i < 120; i++) await page.mouse.move(cx + (i % 40), cy + (i % 7));
  });
  await frames('panning', async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; i < 120; i++) await page.mouse.move(cx + 3 * (i % 40), cy + (i % 20));
    await page.mouse.up();
  });
  await page.evaluate(() => window.NomineeMap.compare('asker', 'tinn'));
  await frames('comparison open, hover', async () => {
    for (let i = 0; i < 120; i++) await page.mouse.move(cx + (i % 40), cy + (i % 7));
  });
  const s = await page.evaluate(() => window.NomineeMap.stats());
  console.log(`wasm heap: ${fmt(s.heapBytes / 1048576, 1)} MiB`);

  // 3. Issue 8's sweeps at 800x600, in fresh pages once the detail map is in and drawn: the pointer between
  // a marker and the sea 120 times (each move a hover change, so each frame a redraw with the
  // tooltip and the card), and 60 wheel steps over the map (each a new view of the map). Each
  // line is one sweep: under software GL the max moves with the machine's load (docs/ARCHITECTURE.md, "Frames").
  for (let i = 0; i < runs; i++) {
    const sweepPage = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await sweepPage.goto(url);
    await sweepPage.evaluate(() => window.NomineeMap.ready);
    await untilIdle(sweepPage);
    const markers = await sweepPage.evaluate(() => window.NomineeMap.nominees().map((n) => window.NomineeMap.project(n.lon, n.lat)));
    const sea = await sweepPage.evaluate(() => window.NomineeMap.project(2.5, 60.5));
    const sweep = async (label, action) => {
      await untilIdle(sweepPage);
      await sweepPage.evaluate(() => window.NomineeMap.resetStats());
      await action();
      await untilIdle(sweepPage);  // the frames the last moves asked for count too
      const st = await sweepPage.evaluate(() => window.NomineeMap.stats());
      console.log(`sweep ${i + 1} at 800x600, ${label.padEnd(22)} median ${fmt(st.frameMsMedian)} ms, max ${fmt(st.frameMsMax)} ms over ${st.frames} frames (budget 1 / 4 ms)`);
    };
    await sweep('pointer, markers/sea', async () => {
      for (let k = 0; k < 120; k++) {
        const p = markers[k % markers.length];
        await sweepPage.mouse.move(k % 2 ? p.x : sea.x + k, k % 2 ? p.y : sea.y);
      }
    });
    const view = await sweepPage.evaluate(() => window.NomineeMap.state().view.mapRect);
    await sweepPage.mouse.move(view.x + view.width / 2, view.y + view.height / 2);
    await sweep('60 wheel steps', async () => {
      for (let k = 0; k < 60; k++) await sweepPage.mouse.wheel(0, k < 30 ? -100 : 100);
    });
    await sweepPage.close();
  }
} finally {
  await browser.close();
  server.kill();
}
