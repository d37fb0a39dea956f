// Where the start-up's CPU time goes: loads the widget with the DevTools CPU profiler on and sums
// the samples up to `ready` by function (self time), over --runs loads. Serve a build that keeps
// wasm function names (scripts/size-report.sh makes build/wasm-names/dist) to see C++ names.
// Usage: node web/bench/profile.mjs [--root build/wasm-names/dist] [--runs 3] [--port 8313] [--top 40]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const root = path.resolve(option('--root', path.join(here, '..', '..', 'build', 'wasm-names', 'dist')));
const runs = Number(option('--runs', 3));
const port = Number(option('--port', 8313));
const top = Number(option('--top', 40));
const server = spawn(process.execPath, [path.join(here, '..', 'serve.mjs'), '--port', String(port), '--root', root], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const self = new Map();
let total = 0;
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate(() => window.NomineeMap.ready);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = new Map();
    for (let k = 0; k < profile.samples.length; k++) {
      const id = profile.samples[k];
      dt.set(id, (dt.get(id) || 0) + (profile.timeDeltas[k + 1] ?? 0) / 1000);
    }
    for (const [id, ms] of dt) {
      const n = byId.get(id);
      const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'anonymous'})`;
      if (name === '(idle)' || name === '(program)') continue;
      self.set(name, (self.get(name) || 0) + ms / runs);
      total += ms / runs;
    }
    await context.close();
  }
  console.log(`CPU to ready, self time per function, mean of ${runs} loads (total ${total.toFixed(1)} ms without idle):`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${name.slice(0, 110)}`);
} finally {
  await browser.close();
  server.kill();
}
