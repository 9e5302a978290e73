/**
 * A tiny phrase language for the router's word lists, compiled to bounded regular expressions
 * over the canonical text (so every check is linear in the message length):
 *   words separated by spaces; `a|b` = either word; `word*` = any word starting with "word";
 *   `...` = up to three words in between (never across a clause break).
 *
 * Every phrase also gets an anchor: the one position whose words (or word starts) are fewest,
 * indexed once for all phrase lists. A message's tokens are looked up in that index once, and only
 * phrases whose anchor word occurs in the message run their regular expression. A phrase whose
 * anchor is absent cannot match, so results are exactly those of running every expression; the
 * router then costs a few lookups per word instead of ~360 scans of the message.
 */
import type { Canonical } from './canonical.js';

export interface CompiledPhrase {
  readonly source: string;
  readonly pattern: RegExp;
  /** Position in the shared anchor index. */
  readonly id: number;
}

/** Word starts are indexed by their first letters; a shorter `word*` has no anchor. */
const PREFIX_KEY = 3;

interface PrefixAnchor {
  readonly prefix: string;
  readonly id: number;
}

// The shared index, filled as phrase lists are compiled (at module load). Word starts are keyed
// by the char codes of their first PREFIX_KEY letters, so looking a token up builds no string.
const exactAnchors = new Map<string, number[]>();
const prefixAnchors = new Map<number, PrefixAnchor[]>();
const unanchored: number[] = [];
let phraseCount = 0;

/** The prefix key of `word` (at least PREFIX_KEY long): its first three char codes in one number. */
function prefixKey(word: string): number {
  return word.charCodeAt(0) * 0x10000 * 0x10000 + word.charCodeAt(1) * 0x10000 + word.charCodeAt(2);
}

interface Alternative {
  readonly word: string;
  readonly prefix: boolean;
}

function alternatives(token: string): Alternative[] {
  return token.split('|').map((alt) => (alt.endsWith('*') ? { word: alt.slice(0, -1), prefix: true } : { word: alt, prefix: false }));
}

function tokenPattern(token: string): string {
  return alternatives(token)
    .map(({ word, prefix }) => {
      const escaped = word.replace(/[$+]/g, (c) => `\\${c}`);
      return prefix ? `${escaped}[a-z0-9_]*` : escaped;
    })
    .join('|');
}

/** The position with the fewest alternatives (a word start counts double: it is checked by scanning). */
function chooseAnchor(tokens: readonly string[]): Alternative[] | undefined {
  let best: Alternative[] | undefined;
  let bestCost = Infinity;
  for (const token of tokens) {
    if (token === '...') continue;
    const alts = alternatives(token);
    if (alts.some((a) => a.word === '' || (a.prefix && a.word.length < PREFIX_KEY))) continue;
    const cost = alts.reduce((n, a) => n + (a.prefix ? 2 : 1), 0);
    if (cost < bestCost) {
      best = alts;
      bestCost = cost;
    }
  }
  return best;
}

function register(tokens: readonly string[]): number {
  const id = phraseCount;
  phraseCount += 1;
  const anchor = chooseAnchor(tokens);
  if (anchor === undefined) {
    unanchored.push(id);
    return id;
  }
  for (const { word, prefix } of anchor) {
    if (prefix) {
      const key = prefixKey(word);
      const list = prefixAnchors.get(key) ?? [];
      list.push({ prefix: word, id });
      prefixAnchors.set(key, list);
    } else {
      const list = exactAnchors.get(word) ?? [];
      list.push(id);
      exactAnchors.set(word, list);
    }
  }
  return id;
}

// What one alternative may be: a lower-case word of the canonical text, optionally a `word*` prefix.
const WORD = /^[a-z0-9_$+]+\*?$/;

/**
 * Throws on a phrase the syntax would silently misread: "#" (the checker's number sign, not a
 * router word) or an empty alternative ("a||b", a stray "|").
 */
function checkPhrase(source: string, tokens: readonly string[]): void {
  for (const token of tokens) {
    if (token === '...') continue;
    const bad = token.split('|').find((alt) => !WORD.test(alt));
    if (bad !== undefined) {
      throw new Error(`router phrase "${source}": "${bad}" in "${token}" is not a word; use lower-case words, "word*" and "...", and write a number's digits as alternatives ("1|2|3")`);
    }
  }
}

export function compilePhrase(source: string): CompiledPhrase {
  const tokens = source.trim().split(/\s+/);
  checkPhrase(source, tokens);
  const parts: string[] = [];
  for (const token of tokens) {
    if (token === '...') parts.push('(?:[^ |]+ ){0,3}');
    else parts.push(`(?:${tokenPattern(token)}) `);
  }
  const body = parts.join('').replace(/ $/, '');
  return { source, pattern: new RegExp(`(?<![^ ])(?:${body})(?![^ ])`, 'g'), id: register(tokens) };
}

interface Candidates {
  /** How many phrases were indexed when this was computed (phrases compiled later are re-checked). */
  readonly count: number;
  readonly marks: Uint8Array;
}

// Per canonical text, which phrases' anchors occur in it. Weak: gone with the text.
const candidatesOf = new WeakMap<Canonical, Candidates>();

function candidates(canonical: Canonical): Uint8Array {
  const cached = candidatesOf.get(canonical);
  if (cached !== undefined && cached.count === phraseCount) return cached.marks;
  const marks = new Uint8Array(phraseCount);
  for (const id of unanchored) marks[id] = 1;
  for (const token of canonical.tokens) {
    const exact = exactAnchors.get(token);
    if (exact !== undefined) for (const id of exact) marks[id] = 1;
    if (token.length < PREFIX_KEY) continue;
    const starts = prefixAnchors.get(prefixKey(token));
    if (starts !== undefined) for (const { prefix, id } of starts) if (token.startsWith(prefix)) marks[id] = 1;
  }
  candidatesOf.set(canonical, { count: phraseCount, marks });
  return marks;
}

export interface PhraseHit {
  readonly phrase: string;
  /** Index of the first token of the match. */
  readonly token: number;
  readonly text: string;
}

// Per canonical text, where each token starts in it (for the token index of a match).
const tokenStartsOf = new WeakMap<Canonical, Int32Array>();

function tokenStarts(canonical: Canonical): Int32Array {
  let starts = tokenStartsOf.get(canonical);
  if (starts === undefined) {
    const { tokens } = canonical;
    starts = new Int32Array(tokens.length);
    for (let k = 0, at = 0; k < tokens.length; k += 1) {
      starts[k] = at;
      at += (tokens[k] ?? '').length + 1;
    }
    tokenStartsOf.set(canonical, starts);
  }
  return starts;
}

/** Index of the token that starts at `offset` (or the last one before it). */
function tokenIndexAt(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every match of every phrase, with the token index where it starts. */
export function findPhrases(canonical: Canonical, phrases: readonly CompiledPhrase[]): PhraseHit[] {
  const marks = candidates(canonical);
  const hits: PhraseHit[] = [];
  const text = canonical.text;
  for (const { source, pattern, id } of phrases) {
    if (marks[id] !== 1) continue;
    // exec on the pattern itself: matchAll would copy the regular expression for every phrase.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) pattern.lastIndex += 1;
      hits.push({ phrase: source, token: tokenIndexAt(tokenStarts(canonical), m.index), text: m[0] });
    }
    pattern.lastIndex = 0;
  }
  return hits.sort((a, b) => a.token - b.token);
}

export function hasPhrase(canonical: Canonical, phrases: readonly CompiledPhrase[]): boolean {
  const marks = candidates(canonical);
  return phrases.some(({ pattern, id }) => {
    if (marks[id] !== 1) return false;
    pattern.lastIndex = 0;
    return pattern.test(canonical.text);
  });
}

export function compileAll(sources: readonly string[]): CompiledPhrase[] {
  return sources.map(compilePhrase);
}
