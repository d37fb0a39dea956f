// A small static server for build/wasm/dist (no dependencies): the right content types, no
// caching, optional Content-Security-Policy (--csp) as a strict host would send it.
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
  // Trusted Types: the page's one script URL goes through its one policy, "vertskapskart".
  "require-trusted-types-for 'script'",
  "trusted-types vertskapskart",
].join('; ');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.otf': 'font/otf', '.vkgeo': 'application/octet-stream', '.txt': 'text/plain; charset=utf-8', '.png': 'image/png',
};

const server = http.createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(root)) { response.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  fs.readFile(file, (error, body) => {
    if (error) { response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n'); return; }
    const headers = { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' };
    if (strictCsp && file.endsWith('.html')) headers['Content-Security-Policy'] = contentSecurityPolicy;
    if (widget && file.endsWith('.html')) body = Buffer.from(body.toString('utf8').replaceAll('{{WIDGET}}', widget));
    response.writeHead(200, headers).end(body);
  });
});
server.listen(port, host, () => console.log(`Vertskapskart: http://${host}:${port}/ (serving ${root}${strictCsp ? ', strict CSP' : ''})`));
