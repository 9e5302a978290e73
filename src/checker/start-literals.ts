/**
 * Start literals of a phrase: strings one of which every match of the compiled phrase begins
 * with, at a word start of the matching copy (every phrase is compiled behind `(?<![a-z0-9])`, and
 * its first item is a word, a group of words or a place list). The checker then tries a pattern
 * only where one of them begins a word, instead of at every character; `undefined` means "cannot
 * say" (a phrase that starts with a wildcard, or a list with no known names): such a pattern scans
 * the whole ad as before. A number ('#') starts with a digit, so when the word after it is not
 * known its start literals are the ten digits: "# * berangkat" is tried only where a word starts
 * with one.
 *
 * A literal may reach into the second word: "t me" stands for the whole word "t", a run of one to
 * four other characters (the phrase separator), then a word starting with "me". A phrase whose
 * first word is plain ("t me", "ga perlu", "di (sana|luar)") gets such literals, so it is not tried
 * at every word that merely starts with "t" or "ga" ("tidak", "gaji"); likewise "#menit" stands
 * for a number, then a word starting with "menit", so "# menit sehari" is not tried at every
 * number of the ad (salaries, dates, phone numbers). Most tries used to fail there, and each try
 * costs far more in the checker than on its own (its code is cold by the next ad).
 */
import { parsePhrase, wordRuns, type Node } from './pattern.js';
import { unionOfPhrases, type Literals, type MacroLiterals } from './required-literals.js';

/** Drop duplicates and every literal that starts with a shorter one (the shorter one starts there too). */
export function minimalStartLiterals(literals: Iterable<string>): Literals {
  const sorted = [...new Set(literals)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const l of sorted) if (!kept.some((k) => l.startsWith(k))) kept.push(l);
  return kept;
}

const DIGITS: Literals = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

function itemStart(node: Node, macros: MacroLiterals): Literals | undefined {
  switch (node.kind) {
    case 'word': {
      const first = wordRuns(node.text)[0];
      return first === undefined ? undefined : [first];
    }
    case 'macro':
      return macros[node.name];
    case 'group': {
      const all: string[] = [];
      for (const alternative of node.alternatives) {
        const lits = sequenceStart(alternative, macros);
        if (!lits) return undefined;
        all.push(...lits);
      }
      return all;
    }
    case 'num':
      return DIGITS;
    case 'star':
      return undefined;
  }
}

/** First-word literals of a sequence (its first item, or the next one too while items are optional). */
function sequenceStart(seq: readonly Node[], macros: MacroLiterals): Literals | undefined {
  const all: string[] = [];
  for (const node of seq) {
    const lits = itemStart(node, macros);
    if (!lits || lits.length === 0) return undefined;
    all.push(...lits);
    // An optional group may be left out: the match may then start with the next item.
    if (!(node.kind === 'group' && node.optional)) return minimalStartLiterals(all);
  }
  return undefined;
}

// Past this many two-word literals for one phrase, its first-word literals are used instead.
const MAX_TWO_WORD = 256;

/**
 * Two-word literals of a sequence ("w1 w2…"), or its first-word literals where the first word is
 * not a whole plain word followed by the separator. Each group alternative is read as if written
 * in place of the group: the separators are the same, since compileSequence puts the separator
 * between a group and the next item as between two words (only numbers take the tight one).
 */
function sequenceStartKeys(seq: readonly Node[], macros: MacroLiterals): Literals | undefined {
  const [first, ...rest] = seq;
  if (!first) return undefined;
  if (first.kind === 'group') {
    const all: string[] = [];
    for (const alternative of first.alternatives) {
      const keys = sequenceStartKeys([...alternative, ...rest], macros);
      if (!keys) return sequenceStart(seq, macros);
      all.push(...keys);
    }
    if (first.optional) {
      const without = sequenceStartKeys(rest, macros);
      if (!without) return sequenceStart(seq, macros);
      all.push(...without);
    }
    return all.length <= MAX_TWO_WORD ? minimalStartLiterals(all) : sequenceStart(seq, macros);
  }
  if (first.kind === 'num') {
    // "#menit": a number, then (after 0–4 separators) a word starting with "menit". Only for
    // words that start with a letter: the walker finds them by hopping to the next letter.
    const seconds = sequenceStart(rest, macros);
    if (!seconds || seconds.length > MAX_TWO_WORD || !seconds.every((second) => /^[a-z]/.test(second))) return DIGITS;
    return minimalStartLiterals(seconds.map((second) => `#${second}`));
  }
  const runs = first.kind === 'word' ? wordRuns(first.text) : [];
  // A whole word: one run, not a prefix (word~), with the 1–4 character separator after it,
  // which a number next to it would not have (compileSequence joins numbers with 0–4).
  if (first.kind !== 'word' || first.prefix || runs.length !== 1 || mayComeNextWithoutSeparator(rest)) {
    return sequenceStart(seq, macros);
  }
  const word = runs[0] ?? '';
  const seconds = sequenceStart(rest, macros);
  if (!seconds || seconds.length > MAX_TWO_WORD) return sequenceStart(seq, macros);
  return minimalStartLiterals(seconds.map((second) => `${word} ${second}`));
}

/** True when nothing may follow, or the item that may come next is a number (joined with 0–4 separators). */
function mayComeNextWithoutSeparator(rest: readonly Node[]): boolean {
  for (const node of rest) {
    if (node.kind === 'num') return true;
    if (!(node.kind === 'group' && node.optional)) return false;
  }
  return true;
}

/** Start literals of one phrase; undefined when unknown (throws PatternError like compilePhrase). */
export function phraseStartLiterals(phrase: string, macros: MacroLiterals): Literals | undefined {
  return sequenceStartKeys(parsePhrase(phrase), macros);
}

/** Start literals of a list of phrases compiled into one alternation: the union, or undefined if any phrase has none. */
export function phraseListStartLiterals(phrases: readonly string[], macros: MacroLiterals): Literals | undefined {
  return unionOfPhrases(phrases, (phrase) => phraseStartLiterals(phrase, macros), minimalStartLiterals);
}

// A raw regex (a signal's `regex:`) that begins with the word-start guard and a group of plain
// words, with nothing that could let a match start elsewhere: no quantifier on the group and no
// '|' outside a group. "(?<![a-z0-9])(?:hub|kontak|wa)[^a-z0-9]{1,3}…" has start literals hub, kontak, wa.
const RAW_START = /^\(\?<!\[a-z0-9\]\)\(\?:([a-z0-9]+(?:\|[a-z0-9]+)*)\)(?![?*+{])/;

/** True when `source` has a '|' outside every group and class (an alternative that may start anywhere). */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') i += 1;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** Start literals of a raw regex of the shape above; undefined (scan the whole ad) for any other. */
export function rawRegexStartLiterals(source: string): Literals | undefined {
  const m = RAW_START.exec(source);
  if (!m?.[1] || hasTopLevelAlternative(source)) return undefined;
  return minimalStartLiterals(m[1].split('|'));
}
