// Smoke test of the widget in the engines besides Chromium that visitors use: Firefox (Debian's
// firefox-esr, over WebDriver BiDi with puppeteer-core) and WebKit (WebKitGTK's MiniBrowser,
// through Debian's WebKitWebDriver over classic W3C WebDriver, spoken with fetch). One engine per
// run, headed: run it under Xvfb with Mesa's software GL (headless Firefox has no WebGL 2 and shows
// the text version). web/smoke/run.sh starts the server and Xvfb and runs both.
//
// Usage: node web/smoke/engines.mjs --engine firefox|webkit --url http://127.0.0.1:PORT/
//          [--out DIR] [--timeout SECONDS]
// Prints one line per check ("ok - ..." or "not ok - ..."), then "<engine>: N passed, N failed".
// The same checks run in both engines, and a check that cannot run (the browser did not start)
// fails, so the count is the same from run to run.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePng } from '../e2e/helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const engine = option('--engine', '');
const widgetUrl = new URL(option('--url', 'http://127.0.0.1:8130/'));
const outDir = path.resolve(option('--out', path.join(here, '..', 'test-results', 'engines')));
const deadlineSeconds = Number(option('--timeout', 150));
const viewport = { width: 1280, height: 800 };
const FIREFOX = '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';  // libwebkit2gtk-4.1-0

if (!['firefox', 'webkit'].includes(engine)) {
  console.error('usage: node web/smoke/engines.mjs --engine firefox|webkit --url URL [--out DIR] [--timeout SECONDS]');
  process.exit(2);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}
// Asks read() until its answer equals want (deep), or says what it last saw.
async function until(read, want, what, ms = 10_000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    last = await read();
    try { assert.deepEqual(last, want); return last; } catch { /* not yet */ }
    if (Date.now() > end) throw new Error(`${what}: expected ${JSON.stringify(want)}, got ${JSON.stringify(last)} after ${ms / 1000} s`);
    await sleep(100);
  }
}
const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

// ---- Firefox: puppeteer-core over WebDriver BiDi ----------------------------------------------
// Page errors come from BiDi's log events: console.error and uncaught exceptions.
async function startFirefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: false, defaultViewport: viewport,
    timeout: 60_000, protocolTimeout: 60_000,
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: true,  // stop() closes it (it still dies with this process)
  });
  const errors = [];
  try {
    const page = await browser.newPage();  // the first tab does not take defaultViewport
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console.error: ${m.text()}`); });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e && e.message ? e.message : e}`));
    return {
      version: `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
      goto: (url) => page.goto(url, { waitUntil: 'load', timeout: 60_000 }),
      evaluate: (fn, ...a) => page.evaluate(fn, ...a),
      click: (x, y) => page.mouse.click(x, y),
      screenshot: async () => Buffer.from(await page.screenshot()),
      errors: async () => errors,
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close().catch(() => {});
    throw e;
  }
}

// ---- WebKit: WebKitWebDriver (classic W3C WebDriver, over fetch) -----------------------------
// Classic WebDriver cannot hear the console, and this WebKitWebDriver offers no BiDi (a session
// asking for webSocketUrl is refused). So the page is opened through a small proxy that puts an
// error collector first in <head>: console.error, uncaught exceptions, unhandled rejections and
// failed loads, kept in window.__vkSmokeErrors and read before each navigation and at the end.
const collector = `<script>(function () {
  var seen = window.__vkSmokeErrors = [];
  var error = console.error;
  console.error = function () {
    seen.push('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return error.apply(console, arguments);
  };
  addEventListener('error', function (e) {
    if (e.target && e.target !== window && e.target.tagName) seen.push('failed to load: ' + (e.target.src || e.target.href || e.target.tagName));
    else seen.push('uncaught: ' + e.message + ' (' + e.filename + ':' + e.lineno + ')');
  }, true);
  addEventListener('unhandledrejection', function (e) { seen.push('unhandled rejection: ' + (e.reason && e.reason.stack || e.reason)); });
})();</script>`;

function startInjectingProxy(target) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, target);
    const isPage = url.pathname.endsWith('/') || url.pathname.endsWith('.html');
    const headers = { ...request.headers, host: url.host };
    if (isPage) headers['accept-encoding'] = 'identity';
    const upstream = http.request(url, { method: request.method, headers }, (reply) => {
      if (!isPage || reply.statusCode !== 200) {
        response.writeHead(reply.statusCode, reply.headers);
        reply.pipe(response);
        return;
      }
      const chunks = [];
      reply.on('data', (c) => chunks.push(c));
      reply.on('end', () => {
        const html = Buffer.concat(chunks).toString('utf8');
        assert.ok(/<head>/i.test(html), 'the page has a <head> to put the collector in');
        const body = Buffer.from(html.replace(/<head>/i, (h) => h + collector));
        response.writeHead(200, { ...reply.headers, 'content-length': body.length }).end(body);
      });
    });
    upstream.on('error', (e) => response.writeHead(502).end(String(e)));
    request.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function startWebKit() {
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let driverLog = '';
  driver.stderr.on('data', (d) => { driverLog += d; });
  const driverGone = new Promise((resolve) => driver.once('exit', resolve));
  const proxy = await startInjectingProxy(widgetUrl);
  const pageUrl = (url) => new URL(url.pathname + url.search + url.hash, `http://127.0.0.1:${proxy.address().port}`).href;
  const base = `http://127.0.0.1:${port}`;
  let session = null;
  async function call(method, where, body) {
    const r = await fetch(base + where, {
      method, headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const reply = await r.json();
    if (!r.ok) throw new Error(`WebDriver ${method} ${where}: ${reply.value && reply.value.error}: ${reply.value && reply.value.message}`);
    return reply.value;
  }
  const stop = async () => {
    if (session) await withTimeout(call('DELETE', `/session/${session}`), 15_000, 'closing the session').catch(() => {});
    session = null;
    driver.kill();
    await withTimeout(driverGone, 5_000, 'WebKitWebDriver exit').catch(() => driver.kill('SIGKILL'));
    proxy.close();
  };
  try {
    for (let i = 0; ; i++) {
      try { await call('GET', '/status'); break; } catch (e) {
        if (i > 100 || driver.exitCode !== null) throw new Error(`WebKitWebDriver did not start: ${e.message} ${driverLog}`);
        await sleep(100);
      }
    }
    const created = await call('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } },
    });
    session = created.sessionId;
    const s = `/session/${session}`;
    await call('POST', `${s}/timeouts`, { script: 60_000, pageLoad: 60_000 });
    // Make the viewport (not the window) 1280×800: the window's own frame comes on top.
    await call('POST', `${s}/window/rect`, { width: viewport.width, height: viewport.height });
    const evaluate = async (fn, ...a) => {
      const reply = await call('POST', `${s}/execute/async`, {
        script: `var args = Array.prototype.slice.call(arguments, 0, -1), done = arguments[arguments.length - 1];
          Promise.resolve().then(function () { return (${fn.toString()}).apply(null, args); })
            .then(function (v) { done({ value: v === undefined ? null : v }); },
                  function (e) { done({ error: String(e && e.stack || e) }); });`,
        args: a,
      });
      if (reply && 'error' in reply) throw new Error(reply.error);
      return reply.value;
    };
    const [w, h] = await evaluate(() => [innerWidth, innerHeight]);
    await call('POST', `${s}/window/rect`, { width: 2 * viewport.width - w, height: 2 * viewport.height - h });
    const errors = [];
    const harvest = async () => {
      const seen = await evaluate(() => (window.__vkSmokeErrors ? window.__vkSmokeErrors.splice(0) : [])).catch(() => []);
      errors.push(...seen);
    };
    return {
      version: `WebKitGTK ${created.capabilities.browserVersion} (${created.capabilities.browserName})`,
      goto: async (url) => { await harvest(); await call('POST', `${s}/url`, { url: url === 'about:blank' ? url : pageUrl(new URL(url)) }); },
      evaluate,
      click: async (x, y) => {
        await call('POST', `${s}/actions`, { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
          { type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) },
          { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 },
        ] }] });
        await call('DELETE', `${s}/actions`);
      },
      screenshot: async () => Buffer.from(await call('GET', `${s}/screenshot`), 'base64'),
      errors: async () => { await harvest(); return errors; },
      close: stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

// ---- The checks ---------------------------------------------------------------------------------
const results = [];
let over = false;  // past the deadline: the count is out, and checks still running say nothing
const report = (ok, name, detail) => {
  if (over) return;
  results.push(ok);
  console.log(`${ok ? 'ok' : 'not ok'} - ${engine}: ${name}${detail ? ` (${detail})` : ''}`);
};
async function check(name, body) {
  try {
    report(true, name, await withTimeout(body(), 60_000, name));
  } catch (e) {
    report(false, name, String(e && e.message || e).split('\n').slice(0, 6).join('\n    '));
  }
}
const summary = () => {
  const passed = results.filter(Boolean).length;
  console.log(`${engine}: ${passed} passed, ${results.length - passed} failed`);
  return results.length - passed;
};

const checks = [
  'starts, has WebGL 2, and NomineeMap.ready resolves',
  'the text version (#nominee-map-text) names every nominee',
  'NomineeMap.select(\'tinn\') selects Tinn',
  'NomineeMap.compare(\'asker\', \'tinn\') compares the two',
  'a click on a marker (at NomineeMap.project) selects that nominee',
  'the start screenshot shows the map with its markers',
  'a link with #compare=sigdal,kongsvinger opens that comparison',
  'a new hash (#select=sykkylven) in the open page selects Sykkylven',
  'no page error (console.error, uncaught exception)',
];
// Past the deadline, or when stopped (the wrapper's bound sends SIGTERM), the checks not run yet
// fail and the run ends with its count.
let browser = null;
async function stop(why) {
  if (over) return;
  for (const name of checks.slice(results.length)) report(false, name, `not run to its end: ${why}`);
  summary();
  over = true;
  await withTimeout(Promise.resolve(browser && browser.close()), 10_000, 'close').catch(() => {});
  process.exit(1);
}
const deadline = setTimeout(() => stop(`the run passed its ${deadlineSeconds} s deadline`), deadlineSeconds * 1000);
process.on('SIGTERM', () => stop('stopped from outside (SIGTERM)'));
process.on('SIGINT', () => stop('interrupted (SIGINT)'));

fs.mkdirSync(outDir, { recursive: true });
for (const f of fs.readdirSync(outDir)) if (f.startsWith(`${engine}-`)) fs.rmSync(path.join(outDir, f));
let webgl2 = null;  // the WebGL 2 renderer's name, once the start check has seen one
const need = () => { if (!browser) throw new Error('the browser did not start'); return browser; };
// A check of the map itself cannot run where the page shows the text version.
const needMap = () => { need(); if (!webgl2) throw new Error('needs the map, and this browser has no WebGL 2 (see the first check)'); return browser; };
const page = (p) => new URL(p, widgetUrl).href;
const state = () => need().evaluate(() => window.NomineeMap.state());
const selected = async () => ((await state()) || {}).selected;
const drawn = () => need().evaluate(() => window.NomineeMap.drawn().then(() => new Promise((r) => requestAnimationFrame(() => r(true)))));
const ready = () => need().evaluate(() => window.NomineeMap.ready.then(() => 'ready', (e) => `rejected: ${e && e.message || e}`));
const screenshot = async (name) => {
  const png = await need().screenshot();
  fs.writeFileSync(path.join(outDir, `${engine}-${name}.png`), png);
  return decodePng(png);
};
// Where each nominee is drawn, in the viewport's CSS px (project() answers from the canvas's corner).
const markers = () => need().evaluate(() => {
  const box = document.getElementById('nominee-map-canvas').getBoundingClientRect();
  return window.NomineeMap.nominees().map((n) => {
    const p = window.NomineeMap.project(n.lon, n.lat);
    return { id: n.id, name: n.name, x: p && box.left + p.x, y: p && box.top + p.y };
  });
});

const started = Date.now();
let startScreen = null;
await check(checks[0], async () => {
  browser = await (engine === 'firefox' ? startFirefox() : startWebKit());
  const launched = Date.now() - started;
  await browser.goto(page('index.html'));
  const gl = await browser.evaluate(() => {
    const c = document.createElement('canvas').getContext('webgl2');
    return c && String(c.getParameter(c.RENDERER));
  });
  if (!gl) {
    // Without WebGL 2 the widget shows its text version: say so, and let the text check read it.
    await until(() => browser.evaluate(() => document.getElementById('nominee-map').getAttribute('data-state')), 'text', 'the page\'s state');
    await screenshot('text-version');
    throw new Error(`${browser.version}: no WebGL 2 here, so the page shows the text version (run under Xvfb with Mesa's software GL: scripts/setup.sh installs xvfb and libgl1-mesa-dri)`);
  }
  webgl2 = gl;
  assert.equal(await withTimeout(ready(), 45_000, 'NomineeMap.ready'), 'ready');
  assert.equal(await browser.evaluate(() => document.getElementById('nominee-map').getAttribute('data-state')), 'ready');
  await drawn();
  startScreen = { png: await screenshot('start'), markers: await markers() };
  return `${browser.version}, WebGL 2 renderer "${gl}", started in ${(launched / 1000).toFixed(1)} s, ready ${((Date.now() - started) / 1000).toFixed(1)} s after the start`;
});

await check(checks[1], async () => {
  const text = await need().evaluate(() => {
    const t = document.getElementById('nominee-map-text');
    return { text: t.textContent.replace(/\s+/g, ' ').trim(), ids: [...t.querySelectorAll('button[data-id]')].map((b) => b.dataset.id) };
  });
  const nominees = await need().evaluate(() => window.NomineeMap.nominees());
  if (nominees) {
    for (const n of nominees) {
      assert.ok(text.text.includes(n.name), `the text version names ${n.name}`);
      assert.ok(text.ids.includes(n.id), `the text version has a button for ${n.id}`);
    }
  } else {
    assert.ok(text.ids.length >= 2, `the text version has a button per nominee (found ${text.ids.length})`);
  }
  return `${text.text.length} characters, ${new Set(text.ids).size} nominee buttons`;
});

await check(checks[2], async () => {
  needMap();
  assert.equal(await need().evaluate(() => window.NomineeMap.select('tinn')), true, 'select(\'tinn\') answers true');
  await until(selected, ['tinn'], 'state().selected');
  // The text version follows: Tinn's details are in it.
  assert.equal(await need().evaluate(() => !!document.getElementById('vk-nominee-tinn')), true, 'the text version shows Tinn (#vk-nominee-tinn)');
});

await check(checks[3], async () => {
  needMap();
  assert.equal(await need().evaluate(() => window.NomineeMap.compare('asker', 'tinn')), true, 'compare(\'asker\', \'tinn\') answers true');
  await until(selected, ['asker', 'tinn'], 'state().selected');
  await drawn();
  await screenshot('compare-asker-tinn');
});

await check(checks[4], async () => {
  needMap();
  assert.equal(await need().evaluate(() => window.NomineeMap.clear()), true, 'clear() answers true');
  await until(selected, [], 'state().selected after clear()');
  await drawn();
  // Of the nominees on the map's part of the screen, the one farthest from the others: a click
  // there can only mean that one. (clear() keeps the camera where the comparison put it.)
  const all = await markers();
  const r = (await state()).view.mapRect;
  const box = await need().evaluate(() => { const b = document.getElementById('nominee-map-canvas').getBoundingClientRect(); return { x: b.left, y: b.top }; });
  const inside = (m) => m.x !== null && m.x > box.x + r.x + 20 && m.x < box.x + r.x + r.width - 20 && m.y > box.y + r.y + 20 && m.y < box.y + r.y + r.height - 20;
  const apart = (m) => Math.min(...all.filter((o) => o !== m && o.x !== null).map((o) => Math.hypot(o.x - m.x, o.y - m.y)));
  const target = all.filter(inside).sort((a, b) => apart(b) - apart(a))[0];
  assert.ok(target, `a nominee on the map's part of the screen (${JSON.stringify(all)}, map ${JSON.stringify(r)})`);
  await need().click(target.x, target.y);
  await until(selected, [target.id], `state().selected after a click at ${Math.round(target.x)},${Math.round(target.y)}`);
  await drawn();
  await screenshot(`click-${target.id}`);
  return `clicked ${target.name} at ${Math.round(target.x)},${Math.round(target.y)}`;
});

await check(checks[5], async () => {
  needMap();
  assert.ok(startScreen, 'there is a start screenshot');
  const { png, markers: at } = startScreen;
  assert.equal(png.width, viewport.width, 'screenshot width');
  assert.equal(png.height, viewport.height, 'screenshot height');
  // Not blank: many colours on the map's side, and a dark marker at most nominees' places.
  const colours = new Set();
  for (let y = 0; y < png.height; y += 4) for (let x = 0; x < png.width / 2; x += 4) colours.add(png.rgb(x, y).join(','));
  assert.ok(colours.size > 30, `the map's half has ${colours.size} colours (a blank canvas has one or two)`);
  const dark = at.filter((m) => m.x !== null && Math.max(...png.at(m.x, m.y)) < 110);
  assert.ok(dark.length >= at.length - 1, `markers drawn: ${dark.map((m) => m.id).join(', ')} of ${at.map((m) => m.id).join(', ')} (${at.map((m) => `${m.id} ${m.x !== null ? png.at(m.x, m.y).join('/') : 'off screen'}`).join('; ')})`);
  return `${colours.size} colours, ${dark.length} of ${at.length} markers dark at their places`;
});

await check(checks[6], async () => {
  needMap();
  await need().goto('about:blank');
  await need().goto(page('index.html#compare=sigdal,kongsvinger'));
  assert.equal(await withTimeout(ready(), 45_000, 'NomineeMap.ready'), 'ready');
  await until(selected, ['sigdal', 'kongsvinger'], 'state().selected');
  await drawn();
  await screenshot('link-compare-sigdal-kongsvinger');
});

await check(checks[7], async () => {
  needMap();
  await need().evaluate(() => { location.hash = '#select=sykkylven'; });
  await until(selected, ['sykkylven'], 'state().selected');
});

await check(checks[8], async () => {
  const errors = await need().errors();
  if (errors.length) throw new Error(`${errors.length} page error(s):\n${errors.join('\n')}`);
});

if (over) await new Promise(() => {});  // the deadline's handler has the last word, and exits
clearTimeout(deadline);
await withTimeout(Promise.resolve(browser && browser.close()), 20_000, 'closing the browser').catch((e) => console.log(`${engine}: ${e.message}`));
const shown = path.relative(process.cwd(), outDir);
console.log(`${engine}: took ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${shown.startsWith('..') ? outDir : shown || '.'}/${engine}-*.png`);
process.exit(summary() ? 1 : 0);
