// Spell-checks the texts of a content file (data/nominees.json, src/core/strings.json, or any file
// in their format) and reports each unknown word with the JSON Pointer of its text:
//
//     /nominees/3/initiatives/2/text/nb: "Sigdla" is not a known word (did you mean "Sigdal"?)
//
// Usage: node web/tools/spell.mjs [--words FILE] FILE...   (editors run it as ./validate --spell FILE)
//
// What is checked, and with what:
// - a text is an object {"nb": "…", "en": "…"}; its nb string is checked as Norwegian bokmål
//   (web/tools/bokmal.mjs: cspell's and Debian's bokmål dictionaries, and a rule of our own for
//   compound words that takes the joint between the parts from the dictionaries' own compounds),
//   its en string as British English (cspell's bundled en-GB dictionary and its list of common
//   misspellings);
// - other strings a visitor reads (names, partners, counties, centres, region members) are
//   proper names: checked as bokmål, since they are Norwegian;
// - ids, criterion and theme references, classes, dates, municipality numbers and keys starting
//   with "_" (comments) are not words and are skipped; so are words shorter than four letters;
// - the project word list (data/words.txt) holds proper names, one a line, each checked against
//   the NHO/KS article; a name is accepted only where it appears whole and spelt as listed (with a
//   genitive -s), so "Sirkulære Rjukan FLI" does not make "FLI" a word everywhere;
// - the article's word list (data/article-words.txt) holds the few words of the article that no
//   dictionary has (loanwords such as "coworking"); each is accepted in bokmål texts wherever it stands.
// Placeholders such as {0} in strings.json are skipped.
//
// Exit 0: no unknown word; 1: unknown words found; 2: a file cannot be read or is not JSON, or the
// word list or a dictionary cannot be read. The last line on stdout is a summary: "spelling: N
// texts checked, N with unknown words".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spellCheckDocument } from 'cspell-lib';
import { createBokmal } from './bokmal.mjs';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const defaultWordList = path.join(repoRoot, 'data', 'words.txt');
export const articleWordList = path.join(repoRoot, 'data', 'article-words.txt');

// Keys whose string values are not prose: ids and references, machine values.
const notWords = new Set(['id', 'criterion', 'class', 'date', 'municipalityNumber', 'themes', 'winners']);

// JSON Pointer (RFC 6901) of a path of keys and indices.
function pointer(parts) {
  return parts.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function isText(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value) &&
    typeof value.nb === 'string' && typeof value.en === 'string';
}

// Every string to check, in file order: { pointer, lang: 'nb' | 'en', text }.
export function collectTexts(json) {
  const out = [];
  (function walk(value, parts) {
    if (typeof value === 'string') {
      out.push({ pointer: pointer(parts), lang: 'nb', text: value });
    } else if (isText(value)) {
      for (const lang of ['nb', 'en']) out.push({ pointer: pointer([...parts, lang]), lang, text: value[lang] });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...parts, i]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key.startsWith('_') || notWords.has(key)) continue;
        walk(item, [...parts, key]);
      }
    }
  })(json, []);
  return out;
}

// The word list: one proper name a line (it may have spaces); "#" starts a comment.
export function readWordList(file) {
  return readFileSync(file, 'utf8').split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line.length > 0);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A name is skipped where it stands whole, not inside a longer word; a genitive s may follow. A
// name listed in lower case may also start a sentence.
function namePattern(name) {
  const first = name[0];
  const start = first !== first.toUpperCase() ? `[${first}${first.toUpperCase()}]` : escapeRegExp(first);
  return new RegExp(`(?<![\\p{L}\\p{N}])${start}${escapeRegExp(name.slice(1))}s?(?![\\p{L}\\p{N}])`, 'gu');
}

const languages = {
  en: {
    locale: 'en-GB',
    imports: ['@cspell/dict-en-gb-mit/cspell-ext.json', '@cspell/dict-en-common-misspellings/cspell-ext.json'],
    allowCompoundWords: false,
  },
};

// Suggestions in the word's own case ("Sigdla": "Sigdal", not "sigdal" and "Sigdal"), each once.
function suggestionsFor(word, suggestions = []) {
  const capital = word[0] !== word[0].toLowerCase();
  const cased = suggestions.map((s) => (capital ? s[0].toUpperCase() + s.slice(1) : s));
  return [...new Set(cased)];
}

// Checks the English texts with cspell, as one document (one text a line, so offsets map back).
async function checkEnglish(texts, names) {
  const setup = languages.en;
  const starts = [];
  let document = '';
  for (const t of texts) {
    starts.push(document.length);
    document += t.text.replace(/[\r\n]/g, ' ') + '\n';
  }
  const result = await spellCheckDocument(
    { uri: pathToFileURL(path.join(repoRoot, 'spelling-en.txt')).href, text: document, languageId: 'plaintext', locale: setup.locale },
    { noConfigSearch: true, generateSuggestions: true, numSuggestions: 3 },
    {
      version: '0.2',
      loadDefaultConfiguration: false,  // only the language's own dictionaries, not cspell's software terms
      language: setup.locale,
      import: setup.imports.map((name) => require.resolve(name)),
      allowCompoundWords: setup.allowCompoundWords,
      ignoreRegExpList: [/\{[0-9]\}/g, ...names.map(namePattern)],
    });
  if (result.errors && result.errors.length) throw new Error(result.errors.map(String).join('; '));
  return result.issues.map((issue) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i] > issue.offset) --i;
    return { ...texts[i], word: issue.text, offset: issue.offset - starts[i], suggestions: suggestionsFor(issue.text, issue.suggestions) };
  });
}

// The bokmål checker, loaded once (about two seconds).
let bokmal = null;
const loadBokmal = () => (bokmal ??= createBokmal());

// The words of a text, with their offsets: runs of letters, four or more, outside placeholders and
// listed names (blanked out first, so offsets stay). Hyphens split words: "smittevern-fabrikk".
export function bokmalWords(text, names) {
  let masked = text;
  for (const pattern of [/\{[0-9]\}/g, ...names.map(namePattern)]) {
    masked = masked.replace(pattern, (match) => ' '.repeat(match.length));
  }
  return [...masked.matchAll(/[\p{L}\p{M}]+/gu)]
    .filter((m) => [...m[0]].length >= 4)
    .map((m) => ({ word: m[0], offset: m.index }));
}

// Checks the bokmål texts (web/tools/bokmal.mjs); the article's words are accepted as they stand.
async function checkBokmal(texts, names, articleWords) {
  const checker = await loadBokmal();
  const words = texts.map((t) => bokmalWords(t.text, names).filter((w) =>
    !articleWords.has(w.word) && !articleWords.has(w.word[0].toLowerCase() + w.word.slice(1))));
  const unknown = checker.unknownWords(words.flat().map((w) => w.word));
  return texts.flatMap((t, i) => words[i].filter((w) => unknown.has(w.word)).map((w) =>
    ({ ...t, word: w.word, offset: w.offset, suggestions: suggestionsFor(w.word, checker.suggest(w.word)) })));
}

// Unknown words of a parsed content file, in file order: { pointer, lang, word, suggestions }.
// names: the project word list (proper names); articleWords: the article's words no dictionary has.
export async function spellCheckJson(json, names, articleWords = []) {
  const texts = collectTexts(json).map((t, order) => ({ ...t, order }));
  const found = [
    ...await checkBokmal(texts.filter((t) => t.lang === 'nb'), names, new Set(articleWords)),
    ...await checkEnglish(texts.filter((t) => t.lang === 'en'), names),
  ];
  found.sort((a, b) => a.order - b.order || a.offset - b.offset);
  return { texts, found };
}

export function formatFinding(f) {
  const hint = f.suggestions.length ? ` (did you mean ${f.suggestions.slice(0, 3).map((s) => `"${s}"`).join(', ')}?)` : '';
  return `${f.pointer}: "${f.word}" is not a known word${hint}`;
}

async function main(argv) {
  let wordList = defaultWordList;
  const files = [];
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--words') wordList = argv[++i];
    else if (argv[i] === '-h' || argv[i] === '--help') files.length = 0, i = argv.length, files.push(null);
    else files.push(argv[i]);
  }
  if (files.length === 0 || files.includes(null) || !wordList) {
    console.error('usage: ./validate --spell [--words FILE] FILE...\n' +
      'Spell-checks every bokmål text (nb) and every English text (en) of a content file, with the\n' +
      'project word list (default data/words.txt); prints each unknown word with its JSON Pointer.');
    return 2;
  }
  let names, articleWords;
  try {
    names = readWordList(wordList);
    articleWords = readWordList(articleWordList);
  } catch (e) {
    console.error(`spell: cannot read a word list: ${e.message}`);
    return 2;
  }
  try {
    await loadBokmal();
  } catch (e) {
    console.error(`spell: ${e.message}`);
    return 2;
  }
  let checked = 0, failedTexts = 0, unreadable = false;
  for (const file of files) {
    let json;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      console.error(`spell: cannot read ${file}: ${e.message}`);
      unreadable = true;
      continue;
    }
    const { texts, found } = await spellCheckJson(json, names, articleWords);
    checked += texts.length;
    failedTexts += new Set(found.map((f) => f.pointer)).size;
    if (found.length && files.length > 1) console.log(`${file}:`);
    for (const f of found) console.log(formatFinding(f));
  }
  console.log(`spelling: ${checked} texts checked, ${failedTexts} with unknown words`);
  if (unreadable) return 2;
  return failedTexts ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
