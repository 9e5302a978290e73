/**
 * Required literals of a phrase: a set of letter/digit strings of which at least one occurs in
 * the matching copy wherever the compiled phrase matches. The checker skips a pattern when none
 * of its literals is in the ad, which cannot change a result. `undefined` means "cannot say"
 * (a phrase that is only numbers, or a list with no known literals): such a pattern always runs.
 */
import { parsePhrase, wordRuns, type Node } from './pattern.js';

export type Literals = readonly string[];
/** Literals of the place lists ({hub-place}…); a list missing here makes its phrases unfilterable. */
export type MacroLiterals = Readonly<Record<string, Literals | undefined>>;

// Each alternative of a group adds its literals; past this many a group is not worth gating on.
const MAX_LITERALS = 400;

/** Drop duplicates and every literal that contains a shorter one (the shorter one is enough). */
export function minimalLiterals(literals: Iterable<string>): Literals {
  const sorted = [...new Set(literals)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const l of sorted) if (!kept.some((k) => l.includes(k))) kept.push(l);
  return kept;
}

/** More selective first: longer shortest literal, then fewer literals. */
function better(a: Literals, b: Literals): boolean {
  const minA = Math.min(...a.map((l) => l.length));
  const minB = Math.min(...b.map((l) => l.length));
  return minA !== minB ? minA > minB : a.length < b.length;
}

function itemLiterals(node: Node, macros: MacroLiterals): Literals | undefined {
  switch (node.kind) {
    case 'word': {
      // Every run must appear; the longest is the most selective.
      const longest = wordRuns(node.text).reduce((best, r) => (r.length > best.length ? r : best), '');
      return longest.length > 0 ? [longest] : undefined;
    }
    case 'macro':
      return macros[node.name];
    case 'group': {
      if (node.optional) return undefined;
      const all: string[] = [];
      for (const alternative of node.alternatives) {
        const lits = sequenceLiterals(alternative, macros);
        if (!lits) return undefined;
        all.push(...lits);
      }
      const minimal = minimalLiterals(all);
      return minimal.length > 0 && minimal.length <= MAX_LITERALS ? minimal : undefined;
    }
    case 'num':
    case 'star':
      return undefined;
  }
}

function sequenceLiterals(seq: readonly Node[], macros: MacroLiterals): Literals | undefined {
  let best: Literals | undefined;
  for (const node of seq) {
    const lits = itemLiterals(node, macros);
    if (lits && lits.length > 0 && (!best || better(lits, best))) best = lits;
  }
  return best;
}

/** Literals of one phrase; undefined when it has no required word (throws PatternError like compilePhrase). */
export function phraseLiterals(phrase: string, macros: MacroLiterals): Literals | undefined {
  return sequenceLiterals(parsePhrase(phrase), macros);
}

/** Literals of a list of phrases compiled into one alternation: the union, or undefined if any phrase has none. */
export function phraseListLiterals(phrases: readonly string[], macros: MacroLiterals): Literals | undefined {
  return unionOfPhrases(phrases, (phrase) => phraseLiterals(phrase, macros), minimalLiterals);
}

/**
 * The union of each phrase's literals, reduced by `minimal`; undefined when any phrase has none
 * (that phrase could match anywhere, so the whole alternation can).
 */
export function unionOfPhrases(
  phrases: readonly string[], literalsOf: (phrase: string) => Literals | undefined, minimal: (all: string[]) => Literals,
): Literals | undefined {
  const all: string[] = [];
  for (const phrase of phrases) {
    const lits = literalsOf(phrase);
    if (!lits) return undefined;
    all.push(...lits);
  }
  return all.length > 0 ? minimal(all) : undefined;
}
