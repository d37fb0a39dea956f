// Shared steps of the browser tests: open the widget as a visitor would, watch the console and the
// network, read pixels from real screenshots, and find the widget's controls on the canvas.
import { expect } from '@playwright/test';
import zlib from 'node:zlib';

// Opens a page of the widget and waits for NomineeMap.ready. Returns what the console and the
// network saw, for tests to assert on.
export async function openWidget(page, path = 'index.html', { waitReady = true } = {}) {
  const seen = { errors: [], warnings: [], foreignRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
    if (m.type() === 'warning') seen.warnings.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') seen.foreignRequests.push(r.url());
  });
  await page.goto(path);
  if (waitReady) await page.evaluate(() => window.NomineeMap.ready.then(() => true));
  return seen;
}

export const api = (page, body, arg) => page.evaluate(body, arg);
export const state = (page) => page.evaluate(() => window.NomineeMap.state());
export const project = (page, lon, lat) => page.evaluate(([lon, lat]) => window.NomineeMap.project(lon, lat), [lon, lat]);

// Waits until the widget has drawn what its state says, and the browser has shown it.
export async function settled(page) {
  await page.evaluate(() => window.NomineeMap.drawn().then(() => new Promise((r) => requestAnimationFrame(() => r(true)))));
}

// A minimal PNG reader (8-bit RGB/RGBA, non-interlaced: what Chromium writes) for pixel checks.
export function decodePng(buffer) {
  let offset = 8;
  let width = 0, height = 0, colourType = 0;
  const data = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    const chunk = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      colourType = chunk[9];
    } else if (type === 'IDAT') data.push(chunk);
    offset += 12 + length;
  }
  const channels = colourType === 6 ? 4 : 3;
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels] : 0;
      let out = value;
      if (filter === 1) out = value + left;
      else if (filter === 2) out = value + up;
      else if (filter === 3) out = value + ((left + up) >> 1);
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
        out = value + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      }
      pixels[y * stride + x] = out & 0xff;
    }
  }
  // A pixel's [r, g, b] at whole-pixel coordinates (fast, for loops over every pixel); at()
  // rounds any coordinates first.
  const rgb = (x, y) => {
    const i = y * stride + x * channels;
    return [pixels[i], pixels[i + 1], pixels[i + 2]];
  };
  return { width, height, rgb, at: (x, y) => rgb(Math.round(x), Math.round(y)) };
}

export async function screenshot(page, name) {
  const buffer = await page.screenshot({ path: `test-results/screens/${name}.png` });
  return decodePng(buffer);
}

export const colourDistance = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

// Where the widget's own controls are drawn on the canvas (CSS px), from NomineeMap.targets().
export async function targets(page) {
  return page.evaluate(() => window.NomineeMap.targets());
}
export const centreOf = (r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

export async function mapControls(page) {
  const s = await state(page);
  const t = await targets(page);
  const r = s.view.mapRect;
  return {
    rect: r,
    zoomIn: centreOf(t.zoomIn),
    zoomOut: centreOf(t.zoomOut),
    reset: centreOf(t.reset),
    centre: { x: r.x + r.width / 2, y: r.y + r.height / 2 },
  };
}

export function expectNear(actual, expected, tolerance, what) {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}
