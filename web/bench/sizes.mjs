// Where every byte of the widget goes: each file of dist/ raw, gzip and brotli (what a visitor
// receives from ./run's server: the precompressed copies the build wrote, zopfli's gzip and brotli
// 11; computed here for a file that has none), the first load
// (what index.html fetches before `ready`, read from its preload hints), and the wasm by component
// (nlohmann-json, Dear ImGui, our code, libc/libc++, Emscripten glue) from a build that keeps a
// name section (cmake -DVK_WASM_NAMES=ON, see scripts/size-report.sh) and Debian's wasm-objdump.
// Usage: node web/bench/sizes.mjs [--dist build/wasm/dist] [--names build/wasm-names/dist/vertskapskart.wasm]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const dist = path.resolve(option('--dist', path.join(here, '..', '..', 'build', 'wasm', 'dist')));
const names = path.resolve(option('--names', path.join(here, '..', '..', 'build', 'wasm-names', 'dist', 'vertskapskart.wasm')));

const gzip = (b) => zlib.gzipSync(b, { level: 9 }).length;
const brotli = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
const kib = (n) => (n / 1024).toFixed(1).padStart(6) + ' KiB';
const pad = (s, n) => String(s).padEnd(n);
const num = (n) => String(n).padStart(8);

// The size of file's precompressed copy (suffix .gz or .br), or of compress(its bytes) without one.
const packed = (file, suffix, compress) => (fs.existsSync(file + suffix) ? fs.statSync(file + suffix).size : compress(fs.readFileSync(file)));

// Files of dist/, without the precompressed copies and the unhashed duplicates of hashed files.
function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (!/\.(br|gz)$/.test(entry.name)) out.push(path.relative(dist, full));
  }
  return out;
}

// What index.html loads before ready: the page itself, its stylesheet and scripts, and every
// preload hint (the build writes one for each fetch the start needs).
export function firstLoad(distDir) {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const urls = ['index.html'];
  for (const m of html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="([^"]+)"[^>]*>/g)) {
    if (/rel="icon"/.test(m[0]) || m[1].startsWith('data:')) continue;
    if (!urls.includes(m[1])) urls.push(m[1]);
  }
  return urls;
}

function report() {
  console.log(`dist: ${dist}`);
  const files = walk(dist).sort();
  console.log(`\n${pad('file', 44)} ${num('raw')} ${num('gzip')} ${num('brotli')}`);
  for (const f of files) {
    const b = fs.readFileSync(path.join(dist, f));
    console.log(`${pad(f, 44)} ${num(b.length)} ${num(packed(path.join(dist, f), '.gz', gzip))} ${num(packed(path.join(dist, f), '.br', brotli))}`);
  }
  const first = firstLoad(dist);
  let raw = 0, gz = 0, br = 0;
  console.log(`\nfirst load (index.html and what it loads before ready):`);
  for (const f of first) {
    const file = path.join(dist, f);
    if (!fs.existsSync(file)) { console.log(`  ${f}: MISSING`); continue; }
    const b = fs.readFileSync(file);
    const g = packed(file, '.gz', gzip);
    const r = packed(file, '.br', brotli);
    raw += b.length; gz += g; br += r;
    console.log(`  ${pad(f, 42)} ${num(b.length)} ${num(g)} ${num(r)}`);
  }
  console.log(`  ${pad('total', 42)} ${num(raw)} ${num(gz)} ${num(br)}   (${kib(br).trim()} brotli, ${kib(gz).trim()} gzip; budget 200 KiB)`);
  wasmReport();
}

// nlohmann-json, Dear ImGui, our code (base/ apart), libc/libc++ by function name (the name
// section of a VK_WASM_NAMES build: same code as the release, plus names).
const components = [
  ['nlohmann-json', /nlohmann::/],
  ['our base (src/base)', /vk::(JsonField|UniqueIds|ProblemPaths|sortInDocumentOrder|parseJson|syntaxErrorMessage|dumpJson|describeJson|quotedJson|member|stringOf|addProblem|tooManyProblems|closestMatch|formatNumber|isIsoDate|digitsValue|\(anonymous namespace\)::(DocumentBuilder|stringError|controlCharacterMessage|utf8CharacterLength|lastTokenStart|failedTokenStart|splitNlohmannMessage|boundedEditDistance))/],
  ['Dear ImGui', /^(ImGui|Im[A-Z]|stb|STB|ImFont|ImDraw|ImStr|ImHash|ImTextCount|ImFormat|ImParse|ImTriangle|ImLine|ImBezier|ImFile|ImQsort|ImUpper|ImStb|ImPool|ImVector|ImTable|ImRect|ImChunk|ImSpan|ImBitVector|stbtt|stbrp|stb_)|Im[A-Z][A-Za-z]+::|\bImGui|\bImVec|ImDrawList|ImFont/],
  ['our code (vk::)', /\bvk::|^main$|^vk_|\(anonymous namespace\)::(frame|on[A-Z])/],
  ['libc/libc++', /std::|__|^(mem|str|malloc|free|realloc|calloc|emmalloc|printf|vsnprintf|snprintf|sscanf|fmt_|pop_arg|out|pad|getint|atoi|strto|qsort|abort|exit|sqrt|pow|exp|log|sin|cos|tan|atan|acos|asin|floor|ceil|fmod|frexp|scalbn|round|lround|isdigit|isspace|toupper|tolower|wcs|wmem|mbrtowc|wcrtomb|stackAlloc|stackSave|stackRestore|emscripten|dlmalloc|sbrk|operator|fmt_fp|fmt_x|fmt_o|fmt_u|wctomb|copysign|dynCall|_emscripten)/],
];

function wasmReport() {
  const js = path.join(dist, fs.readdirSync(dist).find((f) => /^vertskapskart(\.[0-9a-f]+)?\.js$/.test(f)) || 'vertskapskart.js');
  if (!fs.existsSync(names)) {
    console.log(`\nwasm by component: no name build at ${names} (scripts/size-report.sh makes one)`);
    return;
  }
  let dump;
  try {
    dump = execFileSync('wasm-objdump', ['-x', '-j', 'Code', names], { maxBuffer: 1 << 28 }).toString();
  } catch (e) {
    console.log('\nwasm by component: wasm-objdump (Debian package wabt) is missing');
    return;
  }
  const sections = execFileSync('wasm-objdump', ['-h', names]).toString();
  const sizeOf = (name) => { const m = new RegExp(`${name} start=\\S+ end=\\S+ \\(size=(0x[0-9a-f]+)\\)`).exec(sections); return m ? parseInt(m[1], 16) : 0; };
  const totals = new Map(components.map(([n]) => [n, { bytes: 0, count: 0, top: [] }]));
  totals.set('other', { bytes: 0, count: 0, top: [] });
  for (const m of dump.matchAll(/- func\[\d+\] size=(\d+) <([^>]*)>/g)) {
    const size = Number(m[1]), name = m[2];
    const hit = components.find(([, re]) => re.test(name));
    const t = totals.get(hit ? hit[0] : 'other');
    t.bytes += size; t.count += 1; t.top.push([size, name]);
  }
  const code = sizeOf('Code'), data = sizeOf('Data'), names_ = sizeOf('Custom');
  const wasmFile = fs.readFileSync(names);
  const shipped = path.join(dist, fs.readdirSync(dist).find((f) => /^vertskapskart(\.[0-9a-f]+)?\.wasm$/.test(f)) || 'vertskapskart.wasm');
  const shippedBytes = fs.existsSync(shipped) ? fs.readFileSync(shipped) : wasmFile;
  const ratio = brotli(shippedBytes) / shippedBytes.length;
  console.log(`\nwasm by component (${path.relative(process.cwd(), names)}; code ${code} B, data ${data} B, name section ${names_} B not shipped;`);
  console.log(`shipped wasm ${shippedBytes.length} B raw, ${brotli(shippedBytes)} B brotli: brotli estimated at the file's ratio ${ratio.toFixed(2)}):`);
  console.log(`  ${pad('component', 22)} ${num('code B')} ${num('~br B')} ${num('funcs')}  largest functions`);
  for (const [name, t] of totals) {
    t.top.sort((a, b) => b[0] - a[0]);
    console.log(`  ${pad(name, 22)} ${num(t.bytes)} ${num(Math.round(t.bytes * ratio))} ${num(t.count)}  ${t.top.slice(0, 3).map(([s, n]) => `${n.slice(0, 40)} ${s}`).join('; ')}`);
  }
  console.log(`  ${pad('data (strings, tables)', 22)} ${num(data)} ${num(Math.round(data * ratio))}`);
  const glue = fs.readFileSync(js);
  console.log(`  ${pad('glue (' + path.basename(js) + ')', 22)} ${num(glue.length)} ${num(brotli(glue))}   (JS, brotli measured)`);
}

if (import.meta.url === `file://${process.argv[1]}`) report();
