/**
 * Text normalisation shared by the knowledge search, the job-ad checker and the router.
 *
 * Promise: `normalizeMapped(original)` returns an ASCII, lower-case "matching copy" of the text
 * and, for every character of that copy, the span of the original it came from. Matching runs
 * on the copy; evidence is always quoted from the original through `originalSpan`.
 * Runs in linear time and memory in the input length: every step is one pass over typed arrays.
 */
import anyAscii from 'any-ascii';

export interface MappedText {
  /** Lower-case ASCII matching copy. */
  readonly text: string;
  /** For each character of `text`, where its source starts in the original (UTF-16 index). */
  readonly starts: Int32Array;
  /** For each character of `text`, where its source ends in the original (exclusive). */
  readonly ends: Int32Array;
}

// Zero-width, bidi controls, soft hyphen, variation selectors, word joiners, BOM: invisible
// characters that scammers sprinkle inside words to dodge keyword filters.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const COMBINING_MARK = /\p{M}/u;
// Regional-indicator symbols: a pair of them is a flag emoji (🇰🇭 = K + H).
const REGIONAL_A = 0x1f1e6;
const REGIONAL_Z = 0x1f1ff;

const SPACE = 0x20;
const A = 0x61;
const Z = 0x7a;
const D0 = 0x30;
const D9 = 0x39;
/** Look-alike digits inside words ("kamb0ja", "V1SA", "l4os"): char code → letter code, or -1. */
export const DIGIT_AS_LETTER = new Int16Array(128).fill(-1);
for (const [digit, letter] of Object.entries({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' })) {
  DIGIT_AS_LETTER[digit.charCodeAt(0)] = letter.charCodeAt(0);
}
// Characters that may separate single letters written apart: "K A M B O J A", "g.a.j.i".
const LETTER_SEPARATOR = new Uint8Array(128);
for (const ch of ' .-_*|/~,') LETTER_SEPARATOR[ch.charCodeAt(0)] = 1;

const isLetter = (c: number): boolean => c >= A && c <= Z;
const isDigit = (c: number): boolean => c >= D0 && c <= D9;
const isAlnum = (c: number): boolean => isLetter(c) || isDigit(c);

/**
 * What a non-ASCII character becomes: its ASCII letters/digits, a separator (null), or nothing
 * (undefined, for invisible characters and combining marks). Cached: real texts repeat the same
 * few emoji and accented letters.
 */
type Folded = string | null | undefined;
const foldCache = new Map<string, Folded>();
function foldNonAscii(ch: string): Folded {
  if (foldCache.has(ch)) return foldCache.get(ch);
  let result: Folded;
  if (INVISIBLE.test(ch) || COMBINING_MARK.test(ch)) result = undefined;
  else if (LETTER_OR_NUMBER.test(ch)) {
    const folded = anyAscii(ch.normalize('NFKC')).toLowerCase().replace(/[^a-z0-9]/g, '');
    result = folded.length > 0 ? folded : undefined;
  } else {
    // Fullwidth and other compatibility punctuation (＄, ＋, ：) keep their meaning; emoji and
    // other symbols act as separators ("LOKER🔥KAMBOJA").
    const compat = ch.normalize('NFKC');
    const code = compat.charCodeAt(0);
    result = compat.length === 1 && code < 0x80 && code > SPACE ? compat : null;
  }
  if (foldCache.size < 10_000) foldCache.set(ch, result);
  return result;
}

/**
 * The matching copy under construction: ASCII codes and, per code, its span in the original.
 * Module-level scratch arrays reused across calls (everything here is synchronous), so a call
 * allocates only its results; a buffer grown past KEEP_SCRATCH by a huge input is let go after.
 */
const KEEP_SCRATCH = 1 << 16;
let codes = new Uint8Array(1024);
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
/** 1 where a space stood for two or more blanks or a line break: a word break for sure. */
let hard = new Uint8Array(1024);
let length = 0;
let lastWasSpace = true;

function reserve(capacity: number): void {
  if (capacity <= codes.length) return;
  const next = Math.max(capacity, codes.length * 2);
  const c = new Uint8Array(next);
  c.set(codes.subarray(0, length));
  const s = new Int32Array(next);
  s.set(starts.subarray(0, length));
  const e = new Int32Array(next);
  e.set(ends.subarray(0, length));
  const h = new Uint8Array(next);
  h.set(hard.subarray(0, length));
  codes = c;
  starts = s;
  ends = e;
  hard = h;
}

function push(code: number, start: number, end: number): void {
  if (length === codes.length) reserve(length * 2 + 16);
  codes[length] = code;
  starts[length] = start;
  ends[length] = end;
  hard[length] = 0;
  length += 1;
}

function pushSpace(start: number, end: number, isHard: boolean): void {
  let h = isHard;
  if (!lastWasSpace) push(SPACE, start, end);
  else if (length > 0) h = true; // a second blank in a row
  if (h && length > 0) hard[length - 1] = 1;
  lastWasSpace = true;
}

function pushText(text: string, start: number, end: number): void {
  for (let k = 0; k < text.length; k += 1) push(text.charCodeAt(k), start, end);
  lastWasSpace = false;
}

/** Keeps only the positions where keep[i] is 1, in place. */
function compact(keep: Uint8Array): void {
  let w = 0;
  for (let r = 0; r < length; r += 1) {
    if (keep[r] !== 1) continue;
    codes[w] = codes[r] ?? 0;
    starts[w] = starts[r] ?? 0;
    ends[w] = ends[r] ?? 0;
    hard[w] = hard[r] ?? 0;
    w += 1;
  }
  length = w;
}

/** Code at k, or 0 outside the copy. */
function at(k: number): number {
  return k >= 0 && k < length ? (codes[k] ?? 0) : 0;
}

/** Step 1: per code point, drop invisibles, fold look-alikes to ASCII, lower-case, collapse spaces. */
function foldCodePoints(original: string): void {
  length = 0;
  lastWasSpace = true;
  reserve(original.length + 16);
  let i = 0;
  const n = original.length;
  while (i < n) {
    const unit = original.charCodeAt(i);
    if (unit < 0x80) {
      const start = i;
      i += 1;
      if (unit <= SPACE || unit === 0x7f) pushSpace(start, i, unit === 0x0a || unit === 0x0d);
      else {
        // Inline push: this is the path of almost every character.
        if (length === codes.length) reserve(length * 2 + 16);
        codes[length] = unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit;
        starts[length] = start;
        ends[length] = i;
        hard[length] = 0;
        length += 1;
        lastWasSpace = false;
      }
      continue;
    }
    const cp = original.codePointAt(i) ?? unit;
    const width = cp > 0xffff ? 2 : 1;
    const start = i;
    i += width;
    if (cp >= REGIONAL_A && cp <= REGIONAL_Z) {
      // A flag becomes a word ("flag_kh") so "🇰🇭" can count as Cambodia.
      const next = original.codePointAt(i) ?? 0;
      if (next >= REGIONAL_A && next <= REGIONAL_Z) {
        i += 2;
        pushSpace(start, start, false);
        pushText(`flag_${String.fromCharCode(97 + cp - REGIONAL_A, 97 + next - REGIONAL_A)}`, start, i);
        pushSpace(i, i, false);
      } else {
        pushSpace(start, i, false);
      }
      continue;
    }
    const folded = foldNonAscii(original.slice(start, i));
    if (folded === undefined) continue;
    if (folded === null) pushSpace(start, i, false);
    else pushText(folded, start, i);
  }
}

/** Step 2: join letters written apart ("k a m b o j a", "g.a.j.i") when at least three stand in a row. */
function joinSpacedLetters(): boolean {
  let keep: Uint8Array | undefined;
  let i = 0;
  while (i < length) {
    // A run is: letter (sep letter)+ where each letter stands alone (no letter/digit around it).
    if (!(isLetter(at(i)) && !isAlnum(at(i - 1)))) {
      i += 1;
      continue;
    }
    let j = i;
    let count = 1;
    const firstSeparator = i + 1;
    while (
      LETTER_SEPARATOR[at(j + 1)] === 1 &&
      hard[j + 1] !== 1 &&
      isLetter(at(j + 2)) &&
      !isAlnum(at(j + 3))
    ) {
      j += 2;
      count += 1;
    }
    if (count >= 3 && !isAlnum(at(i + 1))) {
      keep ??= new Uint8Array(length).fill(1);
      for (let s = firstSeparator; s < j; s += 2) keep[s] = 0;
    }
    i = j + 1;
  }
  if (keep) compact(keep);
  return keep !== undefined;
}

/** Step 3: digits standing for letters inside a word; "15jt", "usd1000" and "1x24jam" survive. */
function foldDigitsInWords(): boolean {
  // A word that already had a digit folded ("k4mb0j4") may also end in one.
  let foldedInWord = false;
  let changed = false;
  for (let i = 0; i < length; i += 1) {
    const code = codes[i] ?? 0;
    if (!isAlnum(code)) {
      foldedInWord = false;
      continue;
    }
    const letter = code < 128 ? (DIGIT_AS_LETTER[code] ?? -1) : -1;
    if (letter < 0) continue;
    const before = at(i - 1);
    const after = at(i + 1);
    const bothSides = isLetter(before) && isLetter(after);
    const lastAfterFold = foldedInWord && isLetter(before) && !isAlnum(after);
    if (bothSides || lastAfterFold) {
      codes[i] = letter;
      foldedInWord = true;
      changed = true;
    }
  }
  return changed;
}

/** Step 4: "tolooong" → "tolong": three or more of the same letter become one. */
function squeezeRepeats(): void {
  let keep: Uint8Array | undefined;
  let runStart = 0;
  for (let i = 1; i <= length; i += 1) {
    if (i < length && codes[i] === codes[runStart]) continue;
    if (i - runStart >= 3 && isLetter(codes[runStart] ?? 0)) {
      keep ??= new Uint8Array(length).fill(1);
      for (let k = runStart + 1; k < i; k += 1) keep[k] = 0;
    }
    runStart = i;
  }
  if (keep) compact(keep);
}

const MAY_JOIN = 1;
const MAY_FOLD_DIGITS = 2;
const MAY_SQUEEZE = 4;

/**
 * Which of steps 2–4 could change the copy after step 1, in one pass: most texts have no three
 * one-letter words, no digit right after a letter and no letter three times in a row, and each
 * step is a pass of its own. A step that changes the copy makes the later ones run regardless.
 */
function stepsThatMayApply(): number {
  let may = 0;
  let loneLetters = 0;
  let wordLength = 0;
  let wordIsLetter = false;
  let previous = 0;
  let beforePrevious = 0;
  for (let i = 0; i <= length; i += 1) {
    const code = i < length ? (codes[i] ?? 0) : SPACE;
    if (isAlnum(code)) {
      if (wordLength === 0) wordIsLetter = isLetter(code);
      wordLength += 1;
      if (isLetter(previous) && code < 128 && (DIGIT_AS_LETTER[code] ?? -1) >= 0) may |= MAY_FOLD_DIGITS;
      else if (isLetter(code) && code === previous && code === beforePrevious) may |= MAY_SQUEEZE;
    } else {
      if (wordLength === 1 && wordIsLetter) loneLetters += 1;
      wordLength = 0;
    }
    beforePrevious = previous;
    previous = code;
  }
  if (loneLetters >= 3) may |= MAY_JOIN;
  return may;
}

/** Runs the four steps into the scratch arrays; `length` is the copy's length after. */
function normalizeIntoScratch(original: string, everyStep = false): void {
  foldCodePoints(original);
  const may = everyStep ? MAY_JOIN | MAY_FOLD_DIGITS | MAY_SQUEEZE : stepsThatMayApply();
  const joined = (may & MAY_JOIN) !== 0 && joinSpacedLetters();
  const folded = (joined || (may & MAY_FOLD_DIGITS) !== 0) && foldDigitsInWords();
  if (joined || folded || (may & MAY_SQUEEZE) !== 0) squeezeRepeats();
  // Trim the one trailing space the folding may leave.
  while (length > 0 && codes[length - 1] === SPACE) length -= 1;
}

function scratchText(): string {
  return Buffer.from(codes.buffer, codes.byteOffset, length).toString('latin1');
}

function releaseHugeScratch(): void {
  if (codes.length <= KEEP_SCRATCH) return;
  codes = new Uint8Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  hard = new Uint8Array(1024);
  length = 0;
}

/**
 * A same-length fold of the finished ASCII codes, applied before the text is built (the
 * checker's "K@mboja" → "kamboja"). It must only replace codes in [0, length), and must not
 * normalise another text itself (the scratch arrays are in use).
 */
export type Refold = (codes: Uint8Array, length: number) => void;

// The character maps of short texts are views into shared chunks: giving each its own buffer
// cost more than the rest of normalising a typical ad. A chunk is never reused, only dropped once
// the last view into it is gone, so a map kept for longer stays correct (and keeps its chunk).
const MAP_CHUNK = 1 << 15;
let mapChunk = new Int32Array(MAP_CHUNK);
let mapChunkUsed = 0;

/** Two fresh Int32Arrays of `n` elements for the starts and ends maps. */
function characterMaps(n: number): [Int32Array, Int32Array] {
  if (2 * n > MAP_CHUNK / 8) return [new Int32Array(n), new Int32Array(n)];
  if (mapChunkUsed + 2 * n > MAP_CHUNK) {
    mapChunk = new Int32Array(MAP_CHUNK);
    mapChunkUsed = 0;
  }
  const { buffer } = mapChunk;
  const startsView = new Int32Array(buffer, mapChunkUsed * 4, n);
  const endsView = new Int32Array(buffer, (mapChunkUsed + n) * 4, n);
  mapChunkUsed += 2 * n;
  return [startsView, endsView];
}

/** Normalise a text and keep, for every output character, the original span it came from. */
export function normalizeMapped(original: string, refold?: Refold): MappedText {
  normalizeIntoScratch(original);
  if (refold) refold(codes, length);
  const [startsOut, endsOut] = characterMaps(length);
  startsOut.set(starts.subarray(0, length));
  endsOut.set(ends.subarray(0, length));
  const result = { text: scratchText(), starts: startsOut, ends: endsOut };
  releaseHugeScratch();
  return result;
}

/** `normalize` with steps 2–4 always run, for tests of the shortcut in `stepsThatMayApply`. */
export function normalizeEveryStep(text: string): string {
  normalizeIntoScratch(text, true);
  const result = scratchText();
  releaseHugeScratch();
  return result;
}

/** The matching copy only. */
export function normalize(text: string): string {
  normalizeIntoScratch(text);
  const result = scratchText();
  releaseHugeScratch();
  return result;
}

/** The original span [start, end) behind the normalised range [from, to). */
export function originalSpan(mapped: MappedText, from: number, to: number): [number, number] {
  const last = Math.max(from, to - 1);
  return [mapped.starts[from] ?? 0, mapped.ends[last] ?? 0];
}

/** Quote the original words behind a normalised range, trimmed of surrounding spaces and separators. */
export function quoteOriginal(original: string, mapped: MappedText, from: number, to: number): string {
  const [start, end] = originalSpan(mapped, from, to);
  const slice = original.slice(start, end);
  return isTidy(original, start, end) ? slice : slice.replace(/\s+/g, ' ').trim();
}

/** True when original[start, end) is ASCII with single spaces between words only: nothing to tidy. */
function isTidy(original: string, start: number, end: number): boolean {
  let previousSpace = true;
  for (let i = start; i < end; i += 1) {
    const c = original.charCodeAt(i);
    if (c === SPACE) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (c < SPACE || c >= 0x7f) return false;
    else previousSpace = false;
  }
  return !previousSpace;
}
