// Tests of the spell-check (web/tools/spell.mjs, with web/tools/bokmal.mjs for bokmål): the
// fixture has one deliberate misspelling in each language and one in a name, and words in ids,
// references and comments that must not be reported; realistic typos planted one at a time into a
// real text are caught (at least 90 %); every lower-case word of the article is accepted; the
// shipped files are clean. Run by ./test (node --test).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createBokmal } from './bokmal.mjs';
import { articleWordList, collectTexts, defaultWordList, readWordList, spellCheckJson } from './spell.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = path.join(root, 'tests', 'fixtures', 'spelling', 'misspelt.json');
const script = path.join(root, 'web', 'tools', 'spell.mjs');
const words = readWordList(defaultWordList);
const articleWords = readWordList(articleWordList);
const spelling = path.join(root, 'tests', 'fixtures', 'spelling');

// The article, where the project keeps it (a fresh clone has no ../shared; then the committed list
// of its words stands in for it).
const seedArticle = process.env.VK_SEED_ARTICLE ?? path.join(root, '..', 'shared', 'seed', '000_e333705f0109081d.txt');
const lowerCaseWords = (text) => [...new Set(text.match(/[\p{L}\p{M}]+/gu))]
  .filter((w) => [...w].length >= 4 && w[0] !== w[0].toUpperCase()).sort();

test('finds the misspellings of the fixture in each language, with their JSON paths', async () => {
  const { found } = await spellCheckJson(JSON.parse(readFileSync(fixture, 'utf8')), words);
  assert.deepEqual(found.map((f) => [f.pointer, f.word]), [
    ['/nominees/0/initiatives/0/text/nb', 'Sigdla'],
    ['/nominees/0/initiatives/0/text/en', 'busines'],
    ['/nominees/0/initiatives/0/text/en', 'Testarena'],
    ['/nominees/0/initiatives/0/partners/0', 'Industriforeningg'],
  ]);
  assert.ok(found[0].suggestions.includes('Sigdal'), `suggestions for Sigdla: ${found[0].suggestions}`);
});

test('checks nb texts as bokmål and en texts as English, and skips ids, references and comments', () => {
  const texts = collectTexts(JSON.parse(readFileSync(fixture, 'utf8')));
  const byPointer = Object.fromEntries(texts.map((t) => [t.pointer, t.lang]));
  assert.equal(byPointer['/award/name/nb'], 'nb');
  assert.equal(byPointer['/award/name/en'], 'en');
  assert.equal(byPointer['/nominees/0/name'], 'nb');
  assert.equal(byPointer['/hint/en'], 'en');
  for (const skipped of ['/_comment', '/criteria/0/id', '/nominees/0/class', '/nominees/0/initiatives/0/criterion',
    '/nominees/0/initiatives/0/themes/0', '/award/source/date'])
    assert.equal(byPointer[skipped], undefined, skipped);
});

test('a listed name counts only whole and spelt as listed', async () => {
  const json = { a: { nb: 'Sirkulære Rjukan samarbeider med Rjukans bedrifter.', en: 'sigdal and Sigdal Utvikling AS' } };
  const { found } = await spellCheckJson(json, words);
  assert.deepEqual(found.map((f) => [f.pointer, f.word]), [['/a/en', 'sigdal']]);
});

test('the command prints each finding with its path and exits 1; 0 for a clean file; 2 for an unreadable one', () => {
  const run = (...args) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  const bad = run(fixture);
  assert.equal(bad.status, 1, bad.stderr);
  assert.match(bad.stdout, /^\/nominees\/0\/initiatives\/0\/text\/nb: "Sigdla" is not a known word \(did you mean "Sigdal"/m);
  assert.match(bad.stdout, /^\/nominees\/0\/initiatives\/0\/text\/en: "busines" is not a known word/m);
  assert.match(bad.stdout, /^spelling: 15 texts checked, 3 with unknown words$/m);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'spell-'));
  const clean = path.join(dir, 'clean.json');
  writeFileSync(clean, JSON.stringify({ t: { nb: 'Kommunen samarbeider med næringslivet.', en: 'The municipality works with business.' } }));
  const good = run(clean);
  assert.equal(good.status, 0, good.stdout + good.stderr);
  assert.equal(run(path.join(dir, 'missing.json')).status, 2);
});

test('catches at least 90 % of realistic bokmål typos, each planted alone into a real text', async (t) => {
  const { text, typos } = JSON.parse(readFileSync(path.join(spelling, 'typos.json'), 'utf8'));
  assert.ok(typos.length >= 40, `${typos.length} typos`);
  // One text per typo, each the real text with that one word misspelt (its first whole occurrence).
  const json = { original: { nb: text, en: 'The real text, unchanged.' } };
  typos.forEach(([right, typo], i) => {
    const planted = text.replace(new RegExp(`(?<![\\p{L}\\p{M}])${right}(?![\\p{L}\\p{M}])`, 'u'), typo);
    assert.notEqual(planted, text, `"${right}" is not in the text`);
    json[`typo${i}`] = { nb: planted, en: 'One word misspelt.' };
  });
  const { found } = await spellCheckJson(json, words, articleWords);
  assert.deepEqual(found.filter((f) => f.pointer === '/original/nb').map((f) => f.word), [], 'the real text is clean');
  const missed = typos.filter(([, typo], i) => !found.some((f) => f.pointer === `/typo${i}/nb` && f.word === typo));
  const kinds = [...new Set(typos.map(([, , kind]) => kind))].map((kind) => {
    const all = typos.filter(([, , k]) => k === kind).length;
    return `${kind} ${all - missed.filter(([, , k]) => k === kind).length}/${all}`;
  });
  const caught = typos.length - missed.length;
  t.diagnostic(`caught ${caught} of ${typos.length} typos (${(100 * caught / typos.length).toFixed(1)} %): ${kinds.join(', ')}; ` +
    `missed: ${missed.map(([right, typo]) => `${typo} (for ${right})`).join(', ') || 'none'}`);
  assert.ok(caught >= 0.9 * typos.length, `caught only ${caught} of ${typos.length}`);
  // No other word of a planted text is reported: the typo is the only finding.
  assert.deepEqual(found.filter((f) => !typos.some(([, typo]) => typo === f.word)).map((f) => `${f.pointer} ${f.word}`), []);
});

test('accepts every lower-case word of the article', async (t) => {
  const vocabulary = readWordList(path.join(spelling, 'article-vocabulary.txt'));
  if (existsSync(seedArticle)) {
    assert.deepEqual(vocabulary, lowerCaseWords(readFileSync(seedArticle, 'utf8')),
      'tests/fixtures/spelling/article-vocabulary.txt is no longer the article\'s words');
  } else {
    t.diagnostic(`no ${seedArticle}: checking the committed list of its words`);
  }
  assert.ok(vocabulary.length > 400, `${vocabulary.length} words`);
  const json = Object.fromEntries(vocabulary.map((word, i) => [`w${i}`, { nb: word, en: 'word' }]));
  const { found } = await spellCheckJson(json, words, articleWords);
  t.diagnostic(`${vocabulary.length} words, ${found.length} false alarms`);
  assert.deepEqual(found.map((f) => f.word), []);
  // Every line of data/article-words.txt is still needed: without the list, each is reported.
  const { found: unlisted } = await spellCheckJson(
    Object.fromEntries(articleWords.map((word, i) => [`a${i}`, { nb: word, en: 'word' }])), words, []);
  assert.deepEqual(unlisted.map((f) => f.word), articleWords);
});

test('the shipped texts are clean', async () => {
  for (const file of ['data/nominees.json', 'src/core/strings.json']) {
    const { found } = await spellCheckJson(JSON.parse(readFileSync(path.join(root, file), 'utf8')), words, articleWords);
    assert.deepEqual(found.map((f) => `${f.pointer}: ${f.word}`), [], file);
  }
});

test('a compound joint must be one the dictionary uses after its first part', async () => {
  const bokmal = await createBokmal();
  const unknown = bokmal.unknownWords([
    'næringsutvikling', 'renovasjonsanlegg', 'bærekraftsanalyse', 'næringsarealstrategi', 'samhandlingsarena', 'troen',
    'næringutvikling', 'kommunesplanen', 'innovasjonstrategi', 'kommunnen', 'utvikkling']);
  assert.deepEqual([...unknown].sort(), ['innovasjonstrategi', 'kommunesplanen', 'kommunnen', 'næringutvikling', 'utvikkling']);
});

test('the project word list holds names only', () => {
  // A name starts with a capital or a digit (7sterke), or is a name's own lower-case spelling
  // ("RE gründerhus" starts with its capitals); common words belong in data/article-words.txt.
  for (const name of words) assert.match(name, /^[\p{Lu}0-9]/u, name);
});
