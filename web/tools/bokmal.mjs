// Which bokmål words are words: the Norwegian half of the spell-check (web/tools/spell.mjs).
//
// Bokmål writes compounds as one word, and no dictionary lists them all. cspell's bokmål
// dictionary (@cspell/dict-nb-no) with compounding on joins any two words ("kom" + "munnen"), so
// most typos in a long word pass; Debian's hunspell nb_NO (hunspell-no) joins only stems it flags,
// with no linking letter, so "næring" + "utvikling" passes and "renovasjonsanlegg" does not. Here
// a word is accepted when
//   1. it is a whole word of one of three dictionaries: cspell's (without its compounding),
//      Debian's bokmål word list (wnorwegian, /usr/share/dict/bokmaal: the full forms of the same
//      Norwegian word project as hunspell-no, with forms that hunspell's affix file loses, such as
//      "temaer" and "troen"), or hunspell's nb_NO with its prefixes and suffixes but no joining; or
//   2. it is a compound: first parts and a last part, each first part followed by a joint.
//      - A first part has at least 4 letters (hunspell nb_NO's COMPOUNDMIN) and is a stem of the
//        hunspell dictionary, a noun hunspell derives from a stem (-ing, -else, -het, -skap, -itet:
//        "samhandling"), or a word of the word list that the list's own compounds start with
//        ("etablerer", from "etablererkurs"), but not a stem with a linking letter ("kommunes").
//      - The joint ("", "s" or "e") must be one the dictionary's own compounds use after that first
//        part: in at least a tenth of them. "næring" is followed by "s" in all its 184 compounds
//        among hunspell's stems, so "næringutvikling" is rejected; "kommune" by "" in 138 of 143,
//        so "kommunesplan" is too. A stem no compound starts with may take "" (little evidence);
//        a first part that is itself a compound may always take "s" (Norwegian grammar:
//        "bærekraftsmål").
//      - The last part has at least 3 letters ("mål", "hus"), is a whole word (rule 1), and may
//        end a compound: hunspell gives it a stem with its compound flag, or it is a noun hunspell
//        derives by a suffix, or a compound-flagged stem with a regular ending ("arena" + "er").
// What this misses is a typo that is itself a word of a dictionary ("samarbeidd" is one:
// hunspell-no and the word list both have "arbeidd", a past participle, and "sam-").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { getDictionary } from 'cspell-lib';

const require = createRequire(import.meta.url);

// Where Debian installs them (scripts/setup.sh: hunspell, hunspell-no, wnorwegian).
export const hunspellDictionary = '/usr/share/hunspell/nb_NO';
export const bokmalWordList = '/usr/share/dict/bokmaal';

const minFirst = 4;          // hunspell nb_NO's COMPOUNDMIN
const minLast = 3;           // "mål", "hus", "liv"
const minShare = 0.1;        // a joint is legal after a first part in at least this share of its compounds
const joints = ['s', 'e', ''];
const compoundFlag = 'z';    // nb_NO.aff: COMPOUNDFLAG z
const nounSuffixFlags = 'tvwxyY';                          // nb_NO.aff: -ing, -else, -het, -skap, -itet, -inger
const nounSuffixes = /(ing|else|lse|het|skap|itet|ning)$/;  // their uninflected forms, which start compounds
const nounEnding = /^(en|et|a|er|ene|s|ens|ets|as|ers|enes)$/;
const separator = '\u2022';

// hunspell's stems with their flags, and the nouns its suffix rules derive from them.
function readHunspell(dictionary) {
  const stems = new Map();
  const lines = readFileSync(dictionary + '.dic', 'latin1').split('\n');
  for (let i = 1; i < lines.length; ++i) {
    const [stem, flags = ''] = lines[i].trim().split('/');
    if (stem) stems.set(stem, (stems.get(stem) ?? '') + flags);
  }
  const rules = [];
  for (const line of readFileSync(dictionary + '.aff', 'latin1').split('\n')) {
    const [kind, flag, strip, add, condition] = line.trim().split(/\s+/);
    if (kind === 'SFX' && condition && nounSuffixFlags.includes(flag) && nounSuffixes.test(add)) {
      rules.push({ flag, strip: strip === '0' ? '' : strip, add, condition: new RegExp(condition + '$') });
    }
  }
  const derived = new Set();
  for (const [stem, flags] of stems) {
    for (const r of rules) {
      if (flags.includes(r.flag) && r.condition.test(stem) && stem.endsWith(r.strip)) {
        derived.add(stem.slice(0, stem.length - r.strip.length) + r.add);
      }
    }
  }
  return { stems, derived };
}

// A copy of the hunspell dictionary that never joins words: its .aff without the compound
// settings, its .dic linked. Returns the path hunspell -d takes, and how to remove the copy.
function wholeWordDictionary(dictionary) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bokmal-'));
  const aff = readFileSync(dictionary + '.aff', 'latin1').split('\n')
    .filter((line) => !/^(COMPOUND|CHECKCOMPOUND|SIMPLIFIEDTRIPLE)/.test(line)).join('\n');
  const base = path.join(dir, path.basename(dictionary));
  writeFileSync(base + '.aff', aff, 'latin1');
  symlinkSync(dictionary + '.dic', base + '.dic');
  return { path: base, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// hunspell's analyses of each word (letters only): [{stem, flag}], or null when it knows none.
// `hunspell -m` prints, for each input line, one line per analysis ("aktører  st:aktør fl:E"), or
// the word alone, then an empty line.
function hunspellAnalyses(dictionary, words) {
  const result = new Map();
  if (words.length === 0) return result;
  const run = spawnSync('hunspell', ['-d', dictionary, '-i', 'utf-8', '-m'], {
    input: words.join('\n') + '\n', encoding: 'utf8', maxBuffer: 256 << 20,
  });
  if (run.error || run.status !== 0) {
    throw new Error(`hunspell failed: ${run.error ? run.error.message : run.stderr.trim()} (run ./scripts/setup.sh)`);
  }
  const groups = run.stdout.split('\n\n').filter((group) => group.trim() !== '');
  if (groups.length !== words.length) throw new Error(`hunspell answered ${groups.length} times for ${words.length} words`);
  groups.forEach((group, i) => {
    const analyses = [...group.matchAll(/ st:(\S+)(?: fl:(\S+))?/g)].map((m) => ({ stem: m[1], flag: m[2] ?? '' }));
    result.set(words[i], analyses.length ? analyses : null);
  });
  return result;
}

// The first index of a sorted array whose item is not less than key.
function lowerBound(sorted, key) {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < key) lo = mid + 1; else hi = mid;
  }
  return lo;
}

// How often the words of a sorted list that start with `first` go on with each joint and a word
// of `words`. A word that reads both as first + "s" + W and first + "" + "sW" counts as the first:
// the linking letter is the likelier reading ("næring|s|park", not "næring|spark").
function countJoints(sorted, words, first) {
  const count = { '': 0, s: 0, e: 0 };
  for (let i = lowerBound(sorted, first); i < sorted.length && sorted[i].startsWith(first); ++i) {
    const rest = sorted[i].slice(first.length);
    for (const joint of joints) {
      const last = rest.slice(joint.length);
      if (!rest.startsWith(joint) || last.length < minLast || !words.has(last)) continue;
      if (joint === '' && /^[se]/.test(last) && words.has(last.slice(1))) continue;
      ++count[joint];
    }
  }
  return count;
}

function missing(file) {
  return new Error(`${file} is missing: the bokmål spell-check needs Debian's hunspell, hunspell-no and ` +
    'wnorwegian (run ./scripts/setup.sh)');
}

// Loads the dictionaries (about two seconds) and returns
//   unknownWords(words): the words, each of letters only, that are not bokmål by the rules above;
//   suggest(word, n): up to n known words close to it (cspell's suggestions).
export async function createBokmal({ dictionary = hunspellDictionary, wordList = bokmalWordList } = {}) {
  for (const file of [dictionary + '.dic', dictionary + '.aff', wordList]) if (!existsSync(file)) throw missing(file);
  const trie = path.join(path.dirname(require.resolve('@cspell/dict-nb-no/cspell-ext.json')), 'nb.trie.gz');
  const collection = await getDictionary({ dictionaryDefinitions: [{ name: 'nb-no', path: trie }], dictionaries: ['nb-no'] });
  const cspell = collection.dictionaries.find((d) => d.name === 'nb-no');
  const { stems, derived } = readHunspell(dictionary);
  const listWords = readFileSync(wordList, 'latin1').split('\n').filter(Boolean);
  const listed = new Set(listWords);
  let sortedStems = null;    // sorted on first use
  let sortedList = null;
  const jointsOf = new Map();

  // cspell's dictionary holds the word itself, not only as a join of two ("næring•utvikling").
  const cspellKnows = (word) => {
    const found = cspell.find(word, { useCompounds: false, compoundSeparator: separator });
    return !!found && !found.forbidden && typeof found.found === 'string' && !found.found.includes(separator);
  };
  const listedOrCspell = (word) => listed.has(word) || cspellKnows(word);

  const isCompoundStem = (word) => {
    for (let i = minFirst; i <= word.length - minLast; ++i) {
      if (!stems.has(word.slice(0, i))) continue;
      for (const joint of joints) {
        const rest = word.slice(i + joint.length);
        if (word.startsWith(joint, i) && rest.length >= minLast && stems.has(rest)) return true;
      }
    }
    return false;
  };

  // The joints that may follow a first part inside a compound; none when it is no first part.
  const legalJoints = (first) => {
    let legal = jointsOf.get(first);
    if (legal) return legal;
    legal = new Set();
    let count = null;
    if (stems.has(first) || derived.has(first)) {
      sortedStems ??= [...stems.keys()].sort();
      count = countJoints(sortedStems, stems, first);
      if (count[''] + count.s + count.e === 0) legal.add('');
      if (isCompoundStem(first)) legal.add('s');
    } else if (listed.has(first) && !(/[se]$/.test(first) && stems.has(first.slice(0, -1)))) {
      sortedList ??= [...listWords].sort();
      count = countJoints(sortedList, listed, first);
    }
    if (count) {
      const total = count[''] + count.s + count.e;
      for (const joint of joints) if (count[joint] > 0 && count[joint] >= minShare * total) legal.add(joint);
    }
    jointsOf.set(first, legal);
    return legal;
  };

  // Where in a word a last part may start: after one or more first parts, each with a legal joint.
  const lastPartStarts = (word) => {
    const reached = new Set([0]);
    const starts = [];
    for (let i = 0; i < word.length; ++i) {
      if (!reached.has(i)) continue;
      if (i > 0 && word.length - i >= minLast) starts.push(i);
      for (let k = i + minFirst; k <= word.length - minLast; ++k) {
        for (const joint of legalJoints(word.slice(i, k))) if (word.startsWith(joint, k)) reached.add(k + joint.length);
      }
    }
    return starts;
  };

  function unknownWords(words) {
    const lowerFirst = (w) => w[0].toLowerCase() + w.slice(1);
    const unique = [...new Set(words)].filter((w) => !listedOrCspell(w) && !listedOrCspell(lowerFirst(w)));
    // A capital first letter belongs to a sentence or to a name that starts the compound.
    const plans = unique.map((word) => {
      const forms = word === lowerFirst(word) ? [word] : [word, lowerFirst(word)];
      const lastParts = forms.flatMap((form) => lastPartStarts(form).map((i) => form.slice(i).toLowerCase()));
      return { word, lastParts: [...new Set(lastParts)] };
    });
    const whole = wholeWordDictionary(dictionary);
    let analysed;
    try {
      analysed = hunspellAnalyses(whole.path, [...new Set([...unique, ...plans.flatMap((p) => p.lastParts)])]);
    } finally {
      whole.remove();
    }
    const canEnd = (part) => {
      const analyses = analysed.get(part);
      if (analyses?.some((a) => (stems.get(a.stem) ?? '').includes(compoundFlag) || (a.flag && nounSuffixFlags.includes(a.flag)))) return true;
      if (!analyses && !listedOrCspell(part)) return false;
      for (let i = minLast; i < part.length; ++i) {
        if ((stems.get(part.slice(0, i)) ?? '').includes(compoundFlag) && nounEnding.test(part.slice(i))) return true;
      }
      return false;
    };
    return new Set(plans.filter((p) => analysed.get(p.word) === null && !p.lastParts.some(canEnd)).map((p) => p.word));
  }

  const suggest = (word, n = 3) => cspell.suggest(word, { numSuggestions: n, ignoreCase: false })
    .map((s) => s.word).filter((s) => !s.includes(separator));

  return { unknownWords, suggest };
}
