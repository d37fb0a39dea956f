// The last build step (cmake/wasm.cmake runs it after every link): turns dist/ into what a CDN
// serves. Debian's emcc cannot write .html, so this fills the shell's {{{ SCRIPT }}} placeholder.
//  1. Every file the page loads gets a content-hashed copy, h/<hash>/<its path> (the path stays
//     readable in a network panel and in error messages); those never change, so they are cached
//     for a year. index.html and embed/host.js keep their names: hosts link to them.
//  2. dist/index.html is written from shell.html: local names become hashed ones, a preload hint
//     for each fetch the start needs (so all start at once, the wasm compiling as it streams),
//     the table of hashed names for widget.js, and the glue's script where {{{ SCRIPT }}} stood.
//  3. Every compressible file gets a .br (brotli, quality 11) and a .gz beside it, which
//     web/serve.mjs (and any CDN) sends to a browser that accepts them. The .gz comes from Debian's
//     zopfli: ordinary gzip that any browser inflates, 5 % smaller than gzip -9 (13 KB on the
//     first load), because it spends seconds at build time searching for a better encoding.
// Usage: node web/build-page.mjs DIST SHELL
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [dist, shell] = process.argv.slice(2);
if (!dist || !shell) {
  console.error('usage: node web/build-page.mjs DIST SHELL');
  process.exit(2);
}

// What the page may load, in the order it wants them. `start`: fetched before ready, each with a
// preload hint in this order (a browser opens about six connections to a host over HTTP/1.1: the
// two small scripts go first, so that the wasm can compile while it still streams in).
const assets = [
  { file: 'widget.css', start: true },
  { file: 'vertskapskart.js', start: true, as: 'script' },
  { file: 'widget.js', start: true, as: 'script' },
  { file: 'vertskapskart.wasm', start: true, as: 'fetch' },
  { file: 'data/nominees.json', start: true, as: 'fetch' },
  { file: 'geo/norway.vkgeo', start: true, as: 'fetch' },
  { file: 'fonts/inter-regular.otf', start: true, as: 'fetch' },
  { file: 'fonts/inter-semibold.otf', start: true, as: 'fetch' },
  { file: 'geo/detail/norway.vkgeo', start: false },  // full detail, fetched after ready
];

// Text the visitor's browser needs without what only a reader of the source needs: the data
// file without its layout (only whitespace between tokens goes, so every string and number stays
// exactly as written; a file that is not JSON is left alone, for the widget to say where it is
// broken), the stylesheet without its comments. 0.6 and 0.7 KB less gzip on the first load.
function withoutJsonLayout(text) {
  try { JSON.parse(text); } catch (e) { return text; }
  let out = '', inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i];
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (!' \t\n\r'.includes(c)) {
      out += c;
    }
  }
  return out;
}
const withoutCssComments = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};]) ?/g, '$1').trim() + '\n';
const shrink = { 'data/nominees.json': withoutJsonLayout, 'widget.css': withoutCssComments };
for (const [file, transform] of Object.entries(shrink)) {
  const full = path.join(dist, file);
  if (fs.existsSync(full)) fs.writeFileSync(full, transform(fs.readFileSync(full, 'utf8')));
}

const hashedDir = path.join(dist, 'h');
fs.rmSync(hashedDir, { recursive: true, force: true });
const hashed = {};
for (const a of assets) {
  const from = path.join(dist, a.file);
  if (!fs.existsSync(from)) continue;
  const bytes = fs.readFileSync(from);
  const hash = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  const name = `h/${hash}/${a.file}`;
  fs.mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
  fs.writeFileSync(path.join(dist, name), bytes);
  hashed[a.file] = name;
}

const missing = ['{{{ SCRIPT }}}', 'href="widget.css"', 'src="widget.js"'];
let html = fs.readFileSync(shell, 'utf8');
for (const needle of missing) {
  if (!html.includes(needle)) { console.error(`build-page: ${shell} has no ${needle}`); process.exit(1); }
}
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const preloads = assets.filter((a) => a.start && a.as && hashed[a.file])
  .map((a) => `<link rel="preload" href="${escapeAttr(hashed[a.file])}" as="${a.as}"${a.as === 'fetch' ? ' crossorigin' : ''}>`);
// widget.js reads this table (a data block: no script runs, so a strict CSP allows it).
const table = `<script type="application/json" id="nominee-map-assets">${JSON.stringify(hashed).replace(/</g, '\\u003c')}</script>`;
html = html
  .replace(/<!--[\s\S]*?-->\n?/g, '')
  .replace('</head>', [...preloads, table, '</head>'].join('\n'))
  .replace('href="widget.css"', `href="${escapeAttr(hashed['widget.css'])}"`)
  .replace('src="widget.js"', `src="${escapeAttr(hashed['widget.js'])}"`)
  .replace('{{{ SCRIPT }}}', `<script src="${escapeAttr(hashed['vertskapskart.js'])}" defer></script>`);
fs.writeFileSync(path.join(dist, 'index.html'), html);

// Precompressed copies, where they are smaller (fonts and wasm are, a lot). A hashed file and its
// unhashed twin have the same bytes: each content is compressed once.
const compressible = /\.(html|js|mjs|css|json|wasm|vkgeo|otf|txt|svg)$/;
const packedBy = new Map();
function zopfli(file) {
  try {
    return execFileSync('zopfli', ['-c', file], { maxBuffer: 1 << 28 });
  } catch (e) {
    console.error(`build-page: zopfli failed on ${file} (${e.message.split('\n')[0]}); ./scripts/setup.sh installs it`);
    process.exit(1);
  }
}
function compressAll(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) { compressAll(full); continue; }
    if (!compressible.test(entry.name)) continue;
    const bytes = fs.readFileSync(full);
    const writeIfSmaller = (suffix, packed) => {
      if (packed.length < bytes.length) fs.writeFileSync(full + suffix, packed);
      else fs.rmSync(full + suffix, { force: true });
    };
    const key = crypto.createHash('sha256').update(bytes).digest('hex');
    if (!packedBy.has(key)) {
      packedBy.set(key, {
        gz: zopfli(full),
        br: zlib.brotliCompressSync(bytes, {
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        }),
      });
    }
    const packed = packedBy.get(key);
    writeIfSmaller('.gz', packed.gz);
    writeIfSmaller('.br', packed.br);
  }
}
compressAll(dist);
console.log(`build-page: ${path.join(dist, 'index.html')} with ${Object.keys(hashed).length} hashed files`);
