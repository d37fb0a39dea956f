// A small static server for build/wasm/dist (no dependencies): the right content types, the
// precompressed copies and cache headers a CDN should send (README: "Serving the widget"), and an
// optional Content-Security-Policy (--csp) as a strict host would send it.
// Usage: node web/serve.mjs [--root DIR] [--port N] [--host H] [--csp] [--widget URL]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const root = path.resolve(option('--root', path.join(here, '..', 'build', 'wasm', 'dist')));
const port = Number(option('--port', process.env.PORT || 8080));
const host = option('--host', '127.0.0.1');
const strictCsp = args.includes('--csp');
// Test host pages name the widget's address as {{WIDGET}}; --widget fills it in.
const widget = option('--widget', '');

// What the widget needs: its own scripts and wasm (no eval), inline styles that ImGui's canvas
// does not need but the page's style attribute does, and fetches to itself.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors *",
  // Trusted Types: the page makes no script address at run time (its scripts are plain <script
  // src> in dist/index.html), so it needs no policy at all, and a host may allow none.
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.otf': 'font/otf', '.vkgeo': 'application/octet-stream', '.txt': 'text/plain; charset=utf-8', '.png': 'image/png',
};

// As a CDN would serve dist/: the precompressed copy the browser accepts (brotli, then gzip),
// content-hashed files (h/<hash>/...) cached for a year, everything else revalidated.
export function cacheControl(relativePath) {
  return /^\/?h\/[0-9a-f]+\//.test(relativePath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
const encodings = [['br', '.br'], ['gzip', '.gz']];

const server = http.createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(root)) { response.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) { response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n'); return; }
  const headers = {
    'Content-Type': types[path.extname(file)] || 'application/octet-stream',
    'Cache-Control': cacheControl(path.relative(root, file)),
    'Vary': 'Accept-Encoding',
  };
  if (strictCsp && file.endsWith('.html')) headers['Content-Security-Policy'] = contentSecurityPolicy;
  let body;
  if (widget && file.endsWith('.html')) {
    body = Buffer.from(fs.readFileSync(file, 'utf8').replaceAll('{{WIDGET}}', widget));
  } else {
    const accepted = String(request.headers['accept-encoding'] || '').split(',').map((e) => e.trim().split(';')[0]);
    const [encoding, suffix] = encodings.find(([e, s]) => accepted.includes(e) && fs.existsSync(file + s)) || [];
    body = fs.readFileSync(encoding ? file + suffix : file);
    if (encoding) headers['Content-Encoding'] = encoding;
  }
  headers['Content-Length'] = body.length;
  response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
});
server.listen(port, host, () => console.log(`Vertskapskart: http://${host}:${port}/ (serving ${root}${strictCsp ? ', strict CSP' : ''})`));
