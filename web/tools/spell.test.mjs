// Tests of the spell-check (web/tools/spell.mjs): the fixture has one deliberate misspelling in
// each language and one in a name, and words in ids, references and comments that must not be
// reported. Run by ./test (node --test).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { collectTexts, defaultWordList, readWordList, spellCheckJson } from './spell.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = path.join(root, 'tests', 'fixtures', 'spelling', 'misspelt.json');
const script = path.join(root, 'web', 'tools', 'spell.mjs');
const words = readWordList(defaultWordList);

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
