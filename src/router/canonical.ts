/**
 * The router's matching copy: normalize() from src/text, then chat slang mapped to one spelling
 * ("gak"/"ga"/"nggak" -> "tidak", "sy"/"aq" -> "saya"), "di tahan" joined to "ditahan", English
 * contractions opened ("can't" -> "can not"), and clause breaks kept as "|" so phrase gaps and
 * "kalau ..." scopes never run across a comma or a full stop.
 */
import { normalize } from '../text/normalize.js';
import { PASSIVE_ROOTS, SLANG } from './lexicon.js';

export interface Canonical {
  /** Tokens joined by single spaces; "|" marks a clause break. */
  readonly text: string;
  readonly tokens: readonly string[];
}

// A Map, not the object: a word such as "constructor" must not find Object.prototype's members.
const SLANG_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(SLANG));

const CONTRACTIONS: readonly [RegExp, string][] = [
  // A curly apostrophe becomes a space in normalize(), so "can’t" arrives as "can t".
  [/\bcan['\s]?t\b|\bcannot\b/g, 'can not'],
  [/\bwon['\s]?t\b/g, 'will not'],
  [/\b(don|doesn|didn|isn|aren|wasn|weren|couldn|wouldn|haven|hasn)['\s]?t\b/g, '$1 not'],
  [/\bi['\s]?m\b/g, 'i am'],
  [/\b(she|he|it|that|what)'s\b/g, '$1 is'],
  [/\b(they|we|you)'re\b/g, '$1 are'],
];
// True exactly when one of the patterns above matches: most messages skip all six passes.
const MAY_CONTRACT = new RegExp(CONTRACTIONS.map(([pattern]) => pattern.source).join('|'));

const WORD = /[a-z0-9_$+]+/g;
const CLAUSE_BREAK = /[,.;!?:\n()"]/;

export function canonicalize(original: string): Canonical {
  let text = normalize(original);
  if (MAY_CONTRACT.test(text)) for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  const tokens: string[] = [];
  let multiWord = false;
  let end = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const previous = tokens[tokens.length - 1];
    // The separator before this word: a clause break when it holds sentence punctuation or a line break.
    if (previous !== undefined && previous !== '|' && CLAUSE_BREAK.test(text.slice(end, match.index))) tokens.push('|');
    end = match.index + word.length;
    const token = SLANG_WORDS.get(word) ?? word;
    // "di tahan" / "d sekap": a split passive prefix, common in chat.
    if (tokens[tokens.length - 1] === 'di' && PASSIVE_ROOTS.has(token)) tokens[tokens.length - 1] = `di${token}`;
    else tokens.push(token);
    if (token.includes(' ')) multiWord = true;
  }
  const flat = multiWord ? tokens.flatMap((t) => t.split(' ')) : tokens;
  return { text: flat.join(' '), tokens: flat };
}
