/**
 * Text normalisation shared by the knowledge search, the job-ad checker and the router.
 *
 * Promise: `normalizeMapped(original)` returns an ASCII, lower-case "matching copy" of the text
 * and, for every character of that copy, the span of the original it came from. Matching runs
 * on the copy; evidence is always quoted from the original through `originalSpan`.
 * Runs in linear time and memory in the input length.
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
// Look-alike digits inside words: "kamb0ja", "V1SA", "l4os".
const DIGIT_AS_LETTER: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b',
};
// Characters that may separate single letters written apart: "K A M B O J A", "g.a.j.i".
const LETTER_SEPARATORS = new Set([' ', '.', '-', '_', '*', '|', '/', '~', ',']);

interface Builder {
  chars: string[];
  starts: number[];
  ends: number[];
  /** Positions of spaces that stood for two or more blanks or a line break: word breaks for sure. */
  hardSpaces?: Set<number>;
}

function push(b: Builder, chunk: string, start: number, end: number): void {
  for (const ch of chunk) {
    b.chars.push(ch);
    b.starts.push(start);
    b.ends.push(end);
  }
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}
function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Step 1: per code point, drop invisibles, fold look-alikes to ASCII, lower-case, collapse spaces. */
function foldCodePoints(original: string): Builder {
  const hardSpaces = new Set<number>();
  const b: Builder = { chars: [], starts: [], ends: [], hardSpaces };
  let lastWasSpace = true;
  const pushSpace = (start: number, end: number, hard = false): void => {
    if (!lastWasSpace) push(b, ' ', start, end);
    else if (b.chars.length > 0) hard = true; // a second blank in a row
    if (hard && b.chars.length > 0) hardSpaces.add(b.chars.length - 1);
    lastWasSpace = true;
  };
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    const start = i;
    i += width;
    if (cp < 0x80) {
      if (cp <= 0x20 || cp === 0x7f) {
        pushSpace(start, i, cp === 0x0a || cp === 0x0d);
        continue;
      }
      push(b, cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : ch, start, i);
      lastWasSpace = false;
      continue;
    }
    if (cp >= REGIONAL_A && cp <= REGIONAL_Z) {
      // A flag becomes a word ("flag_kh") so "🇰🇭" can count as Cambodia.
      const next = original.codePointAt(i) ?? 0;
      if (next >= REGIONAL_A && next <= REGIONAL_Z) {
        i += 2;
        const code = String.fromCharCode(97 + cp - REGIONAL_A, 97 + next - REGIONAL_A);
        pushSpace(start, start);
        push(b, `flag_${code}`, start, i);
        lastWasSpace = false;
        pushSpace(i, i);
      } else {
        pushSpace(start, i);
      }
      continue;
    }
    if (INVISIBLE.test(ch) || COMBINING_MARK.test(ch)) continue;
    if (LETTER_OR_NUMBER.test(ch)) {
      const folded = anyAscii(ch.normalize('NFKC')).toLowerCase().replace(/[^a-z0-9]/g, '');
      if (folded.length > 0) {
        push(b, folded, start, i);
        lastWasSpace = false;
      }
      continue;
    }
    // Fullwidth and other compatibility punctuation (＄, ＋, ：) keep their meaning.
    const compat = ch.normalize('NFKC');
    if (compat.length === 1 && compat.charCodeAt(0) < 0x80 && compat.charCodeAt(0) > 0x20) {
      push(b, compat, start, i);
      lastWasSpace = false;
      continue;
    }
    // Emoji and other symbols act as separators ("LOKER🔥KAMBOJA").
    pushSpace(start, i);
  }
  return b;
}

/** Step 2: join letters written apart ("k a m b o j a", "g.a.j.i") when at least three stand in a row. */
function joinSpacedLetters(b: Builder): Builder {
  const { chars } = b;
  const hard = b.hardSpaces ?? new Set<number>();
  const keep = new Uint8Array(chars.length).fill(1);
  let i = 0;
  while (i < chars.length) {
    // A run is: letter (sep letter)+ where each letter stands alone (no letter/digit before or after).
    const startsWord = !isLetter(chars[i - 1]) && !isDigit(chars[i - 1]);
    if (!(isLetter(chars[i]) && startsWord)) {
      i += 1;
      continue;
    }
    let j = i;
    let count = 1;
    const separators: number[] = [];
    while (
      LETTER_SEPARATORS.has(chars[j + 1] ?? '') &&
      !hard.has(j + 1) &&
      isLetter(chars[j + 2]) &&
      !isLetter(chars[j + 3]) &&
      !isDigit(chars[j + 3])
    ) {
      separators.push(j + 1);
      j += 2;
      count += 1;
    }
    const aloneAtStart = !isLetter(chars[i + 1]) && !isDigit(chars[i + 1]);
    if (count >= 3 && aloneAtStart) {
      for (const s of separators) keep[s] = 0;
    }
    i = j + 1;
  }
  return filter(b, keep);
}

/** Step 3: digits standing for letters inside a word; "15jt", "usd1000" and "1x24jam" survive. */
function foldDigitsInWords(b: Builder): void {
  const { chars } = b;
  // A word that already had a digit folded ("k4mb0j4") may also end in one.
  let foldedInWord = false;
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i];
    if (!isLetter(ch) && !isDigit(ch)) {
      foldedInWord = false;
      continue;
    }
    const letter = ch === undefined ? undefined : DIGIT_AS_LETTER[ch];
    if (letter === undefined) continue;
    const before = chars[i - 1];
    const after = chars[i + 1];
    const bothSides = isLetter(before) && isLetter(after);
    const lastAfterFold = foldedInWord && isLetter(before) && !isLetter(after) && !isDigit(after);
    if (bothSides || lastAfterFold) {
      chars[i] = letter;
      foldedInWord = true;
    }
  }
}

/** Step 4: "tolooong" → "tolong": three or more of the same letter become one. */
function squeezeRepeats(b: Builder): Builder {
  const { chars } = b;
  const keep = new Uint8Array(chars.length).fill(1);
  let runStart = 0;
  for (let i = 1; i <= chars.length; i += 1) {
    if (i < chars.length && chars[i] === chars[runStart]) continue;
    const runLength = i - runStart;
    if (runLength >= 3 && isLetter(chars[runStart])) {
      for (let k = runStart + 1; k < i; k += 1) keep[k] = 0;
    }
    runStart = i;
  }
  return filter(b, keep);
}

function filter(b: Builder, keep: Uint8Array): Builder {
  const out: Builder = { chars: [], starts: [], ends: [] };
  for (let i = 0; i < b.chars.length; i += 1) {
    if (keep[i] !== 1) continue;
    out.chars.push(b.chars[i] ?? '');
    out.starts.push(b.starts[i] ?? 0);
    out.ends.push(b.ends[i] ?? 0);
  }
  return out;
}

/** Normalise a text and keep, for every output character, the original span it came from. */
export function normalizeMapped(original: string): MappedText {
  let b = foldCodePoints(original);
  b = joinSpacedLetters(b);
  foldDigitsInWords(b);
  b = squeezeRepeats(b);
  // Trim the one trailing space the folding may leave.
  while (b.chars.length > 0 && b.chars[b.chars.length - 1] === ' ') {
    b.chars.pop();
    b.starts.pop();
    b.ends.pop();
  }
  return { text: b.chars.join(''), starts: Int32Array.from(b.starts), ends: Int32Array.from(b.ends) };
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
