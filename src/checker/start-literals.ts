/**
 * Start literals of a phrase: letter/digit strings one of which every match of the compiled
 * phrase begins with, at a word start of the matching copy (every phrase is compiled behind
 * `(?<![a-z0-9])`, and its first item is a word, a group of words or a place list). The checker
 * then tries a pattern only where one of them begins a word, instead of at every character;
 * `undefined` means "cannot say" (a phrase that starts with a wildcard, or a list with no known
 * names): such a pattern scans the whole ad as before. A number ('#') starts with a digit, so its
 * start literals are the ten digits: "# hari berangkat" is tried only where a word starts with one.
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

/** Start literals of one phrase; undefined when unknown (throws PatternError like compilePhrase). */
export function phraseStartLiterals(phrase: string, macros: MacroLiterals): Literals | undefined {
  return sequenceStart(parsePhrase(phrase), macros);
}

/** Start literals of a list of phrases compiled into one alternation: the union, or undefined if any phrase has none. */
export function phraseListStartLiterals(phrases: readonly string[], macros: MacroLiterals): Literals | undefined {
  return unionOfPhrases(phrases, (phrase) => phraseStartLiterals(phrase, macros), minimalStartLiterals);
}
