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
// Look-alike digits inside words: "kamb0ja", "V1SA", "l4os".
const DIGIT_AS_LETTER = new Int16Array(128).fill(-1);
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

/** The matching copy under construction: ASCII codes and, per code, its span in the original. */
class Buffer8 {
  codes: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 where a space stood for two or more blanks or a line break: a word break for sure. */
  hard: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.codes = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.hard = new Uint8Array(capacity);
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.hard[this.length] = 0;
    this.length += 1;
  }

  private grow(): void {
    const capacity = this.codes.length * 2 + 16;
    const codes = new Uint8Array(capacity);
    codes.set(this.codes);
    const starts = new Int32Array(capacity);
    starts.set(this.starts);
    const ends = new Int32Array(capacity);
    ends.set(this.ends);
    const hard = new Uint8Array(capacity);
    hard.set(this.hard);
    Object.assign(this, { codes, starts, ends, hard });
  }

  /** Keeps only the positions where keep[i] is 1, in place. */
  compact(keep: Uint8Array): void {
    let w = 0;
    for (let r = 0; r < this.length; r += 1) {
      if (keep[r] !== 1) continue;
      this.codes[w] = this.codes[r] ?? 0;
      this.starts[w] = this.starts[r] ?? 0;
      this.ends[w] = this.ends[r] ?? 0;
      this.hard[w] = this.hard[r] ?? 0;
      w += 1;
    }
    this.length = w;
  }
}

/** Step 1: per code point, drop invisibles, fold look-alikes to ASCII, lower-case, collapse spaces. */
function foldCodePoints(original: string): Buffer8 {
  const b = new Buffer8(original.length + 16);
  let lastWasSpace = true;
  const pushSpace = (start: number, end: number, hard: boolean): void => {
    if (!lastWasSpace) b.push(SPACE, start, end);
    else if (b.length > 0) hard = true; // a second blank in a row
    if (hard && b.length > 0) b.hard[b.length - 1] = 1;
    lastWasSpace = true;
  };
  const pushText = (text: string, start: number, end: number): void => {
    for (let k = 0; k < text.length; k += 1) b.push(text.charCodeAt(k), start, end);
    lastWasSpace = false;
  };
  let i = 0;
  const n = original.length;
  while (i < n) {
    const unit = original.charCodeAt(i);
    if (unit < 0x80) {
      const start = i;
      i += 1;
      if (unit <= SPACE || unit === 0x7f) pushSpace(start, i, unit === 0x0a || unit === 0x0d);
      else {
        b.push(unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit, start, i);
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
  return b;
}

/** Step 2: join letters written apart ("k a m b o j a", "g.a.j.i") when at least three stand in a row. */
function joinSpacedLetters(b: Buffer8): void {
  const { codes, hard, length } = b;
  const at = (k: number): number => (k >= 0 && k < length ? (codes[k] ?? 0) : 0);
  const keep = new Uint8Array(length).fill(1);
  let changed = false;
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
      for (let s = firstSeparator; s < j; s += 2) keep[s] = 0;
      changed = true;
    }
    i = j + 1;
  }
  if (changed) b.compact(keep);
}

/** Step 3: digits standing for letters inside a word; "15jt", "usd1000" and "1x24jam" survive. */
function foldDigitsInWords(b: Buffer8): void {
  const { codes, length } = b;
  const at = (k: number): number => (k >= 0 && k < length ? (codes[k] ?? 0) : 0);
  // A word that already had a digit folded ("k4mb0j4") may also end in one.
  let foldedInWord = false;
  for (let i = 0; i < length; i += 1) {
    const code = at(i);
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
    }
  }
}

/** Step 4: "tolooong" → "tolong": three or more of the same letter become one. */
function squeezeRepeats(b: Buffer8): void {
  const { codes, length } = b;
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
  if (keep) b.compact(keep);
}

/** Normalise a text and keep, for every output character, the original span it came from. */
export function normalizeMapped(original: string): MappedText {
  const b = foldCodePoints(original);
  joinSpacedLetters(b);
  foldDigitsInWords(b);
  squeezeRepeats(b);
  // Trim the one trailing space the folding may leave.
  while (b.length > 0 && b.codes[b.length - 1] === SPACE) b.length -= 1;
  return {
    text: Buffer.from(b.codes.buffer, b.codes.byteOffset, b.length).toString('latin1'),
    starts: b.starts.slice(0, b.length),
    ends: b.ends.slice(0, b.length),
  };
}

/** The matching copy only. */
export function normalize(text: string): string {
  return normalizeMapped(text).text;
}

/** The original span [start, end) behind the normalised range [from, to). */
export function originalSpan(mapped: MappedText, from: number, to: number): [number, number] {
  const last = Math.max(from, to - 1);
  return [mapped.starts[from] ?? 0, mapped.ends[last] ?? 0];
}

/** Quote the original words behind a normalised range, trimmed of surrounding spaces and separators. */
export function quoteOriginal(original: string, mapped: MappedText, from: number, to: number): string {
  const [start, end] = originalSpan(mapped, from, to);
  return original.slice(start, end).replace(/\s+/g, ' ').trim();
}
