/**
 * The router's matching copy: normalize() from src/text, then chat slang mapped to one spelling
 * ("gak"/"ga"/"nggak" -> "tidak", "sy"/"aq" -> "saya"), "di tahan" joined to "ditahan", English
 * contractions opened ("can't" -> "can not"), and clause breaks kept as "|" so phrase gaps and
 * "kalau ..." scopes never run across a comma or a full stop. Quoted spans are kept: one or two
 * words in quotes are said with a wink ("aku 'terjebak' di Dubai gara-gara tiket mahal"), a longer
 * quote is someone else speaking ("pesan terakhirnya 'tolong aku gak bisa pulang'").
 */
import { normalize } from '../text/normalize.js';
import { PASSIVE_ROOTS, SLANG } from './lexicon.js';

export interface Canonical {
  /** Tokens joined by single spaces; "|" marks a clause break. */
  readonly text: string;
  readonly tokens: readonly string[];
  /** Token ranges [from, to) inside quotes. */
  readonly quotes: readonly (readonly [number, number])[];
}

/** The longest quoted span (in words) still read as scare quotes rather than reported speech. */
export const MAX_SCARE_QUOTE_WORDS = 2;
// Phones type curly quotes; normalize() turns them into spaces, so make them straight first.
const CURLY_SINGLE = /[‘’]/g;
const CURLY_DOUBLE = /[“”]/g;

/**
 * The quote character that opens a span when a separator ends with one after a space or a
 * punctuation mark (" 'terjebak"), or at the very start. A lone "'" between two words is an
 * apostrophe ("dia's"), not a quote.
 */
function openingQuote(separator: string, atStart: boolean): string | undefined {
  const last = separator[separator.length - 1];
  if (last !== "'" && last !== '"') return undefined;
  const before = separator[separator.length - 2];
  if (before === undefined) return atStart ? last : undefined;
  return /[\s,.;:!?(]/.test(before) ? last : undefined;
}

// A Map, not the object: a word such as "constructor" must not find Object.prototype's members.
const SLANG_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(SLANG));

const CONTRACTIONS: readonly [RegExp, string][] = [
  // Curly apostrophes are made straight first, so "can’t" arrives as "can't".
  [/\bcan['\s]?t\b|\bcannot\b/g, 'can not'],
  [/\bwon['\s]?t\b/g, 'will not'],
  // "don't", "dont", "didn t" -> "do not", "did not" (the n belongs to "not", not to the verb).
  [/\b(do|does|did|is|are|was|were|could|would|should|have|has|had)n['\s]?t\b/g, '$1 not'],
  [/\bi['\s]?m\b/g, 'i am'],
  [/\b(she|he|it|that|what)'s\b/g, '$1 is'],
  [/\b(they|we|you)'re\b/g, '$1 are'],
];
// True exactly when one of the patterns above matches: most messages skip all six passes.
const MAY_CONTRACT = new RegExp(CONTRACTIONS.map(([pattern]) => pattern.source).join('|'));

const WORD = /[a-z0-9_$+]+/g;
const CLAUSE_BREAK = /[,.;!?:\n()"]/;
const DIGITS = /^\d+$/;

/**
 * One message is read by several rules in a row (the router, the ransom, verdict, going-ahead and
 * number checks, the told-offer check), each needing its canonical form: the last few are kept,
 * frozen, so the same text is worked out once. Keyed by the exact text; a handful of entries.
 */
const RECENT_LIMIT = 4;
const recent = new Map<string, Canonical>();

export function canonicalize(original: string): Canonical {
  const seen = recent.get(original);
  if (seen) return seen;
  const canonical = Object.freeze(canonicalizeFresh(original));
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  recent.set(original, canonical);
  return canonical;
}

function canonicalizeFresh(original: string): Canonical {
  let text = normalize(original.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"'));
  if (MAY_CONTRACT.test(text)) for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  const tokens: string[] = [];
  const quotedRanges: [number, number][] = [];
  let quote: { char: string; from: number } | undefined;
  let multiWord = false;
  let end = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const previous = tokens[tokens.length - 1];
    const separator = text.slice(end, match.index);
    if (quote !== undefined && separator.startsWith(quote.char)) {
      quotedRanges.push([quote.from, tokens.length]);
      quote = undefined;
    }
    // The separator before this word: a clause break when it holds sentence punctuation or a line break.
    // "7,000" and "15.000.000" are one amount: a separator between digits breaks no clause.
    const inNumber = (separator === ',' || separator === '.') && DIGITS.test(word) && previous !== undefined && DIGITS.test(previous);
    if (previous !== undefined && previous !== '|' && !inNumber && CLAUSE_BREAK.test(separator)) tokens.push('|');
    if (quote === undefined) {
      const char = openingQuote(separator, end === 0);
      if (char !== undefined) quote = { char, from: tokens.length };
    }
    end = match.index + word.length;
    const token = SLANG_WORDS.get(word) ?? word;
    // "di tahan" / "d sekap": a split passive prefix, common in chat; "dsekap": the "i" dropped.
    if (tokens[tokens.length - 1] === 'di' && PASSIVE_ROOTS.has(token)) tokens[tokens.length - 1] = `di${token}`;
    else if (token.length > 3 && token.startsWith('d') && !token.startsWith('di') && PASSIVE_ROOTS.has(token.slice(1))) {
      tokens.push(`di${token.slice(1)}`);
    }
    else tokens.push(token);
    if (token.includes(' ')) multiWord = true;
  }
  if (quote !== undefined && text.slice(end).startsWith(quote.char)) quotedRanges.push([quote.from, tokens.length]);
  if (!multiWord) return { text: tokens.join(' '), tokens, quotes: quotedRanges };
  // Slang with several words ("dong" -> …) shifts later tokens: map each old index to its new one.
  const firstOf: number[] = [];
  const flat: string[] = [];
  for (const t of tokens) {
    firstOf.push(flat.length);
    flat.push(...t.split(' '));
  }
  firstOf.push(flat.length);
  const at = (i: number): number => firstOf[i] ?? flat.length;
  return { text: flat.join(' '), tokens: flat, quotes: quotedRanges.map(([from, to]) => [at(from), at(to)] as const) };
}

/** The quoted span holding token `index`, if any. */
export function quoteAround(canonical: Canonical, index: number): readonly [number, number] | undefined {
  return canonical.quotes.find(([from, to]) => index >= from && index < to);
}
