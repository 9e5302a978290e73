/**
 * The checker's matching copy: normalizeMapped plus same-length folds for symbols that scammers
 * put inside words ("K@mboja", "g@ji", "4dmin") and for the 2 that doubles a word in chat
 * Indonesian ("ngetik2"). Same length means the character map from normalizeMapped still points
 * at the original words for quoting.
 */
import { DIGIT_AS_LETTER, normalizeMapped, type MappedText } from '../text/normalize.js';

const AT = 0x40;
const DOLLAR = 0x24;
const A = 0x61;
const Z = 0x7a;
const S = 0x73;
const TWO = 0x32;
const SPACE = 0x20;
// A leading digit is not folded when the letters after it are a unit ("5juta", "3tahun", "1bulan").
const UNIT_START = /^(jt|jta|juta|rb|ribu|k|m|usd|dollar|dolar|bulan|bln|tahun|thn|th|hari|jam|orang|org|menit|minggu|kali|x|gb|mb|d|n|th|st|nd|rd|pm|am)/;

const isLetter = (c: number): boolean => c >= A && c <= Z;
const isAlnum = (c: number): boolean => (c >= A && c <= Z) || (c >= 0x30 && c <= 0x39);

/** Code at k, or 0 outside [0, length) (the array is longer than the copy). */
function codeAt(codes: Uint8Array, length: number, k: number): number {
  return k >= 0 && k < length ? (codes[k] ?? 0) : 0;
}

/** Same-length fold over the finished codes, left to right (a fold may see the one before it). */
function foldSymbolsAndDigits(codes: Uint8Array, length: number): void {
  for (let i = 0; i < length; i += 1) {
    const ch = codes[i] ?? 0;
    if (ch === AT || ch === DOLLAR) {
      if (isLetter(codeAt(codes, length, i - 1)) && isLetter(codeAt(codes, length, i + 1))) codes[i] = ch === AT ? A : S;
      continue;
    }
    if (ch === TWO) {
      // Chat Indonesian doubles a word with a 2 ("ngetik2" for "ngetik-ngetik", "apa2"): the word is what counts.
      if (isLetter(codeAt(codes, length, i - 1)) && isLetter(codeAt(codes, length, i - 2)) && !isAlnum(codeAt(codes, length, i + 1))) codes[i] = SPACE;
      continue;
    }
    const digit = ch < 128 ? (DIGIT_AS_LETTER[ch] ?? -1) : -1;
    if (digit >= 0 && !isAlnum(codeAt(codes, length, i - 1)) && isLetter(codeAt(codes, length, i + 1)) && isLetter(codeAt(codes, length, i + 2)) && isLetter(codeAt(codes, length, i + 3))) {
      let word = '';
      for (let k = i + 1; k < length && k < i + 12 && isAlnum(codeAt(codes, length, k)); k += 1) word += String.fromCharCode(codeAt(codes, length, k));
      if (!UNIT_START.test(word)) codes[i] = digit;
    }
  }
}

export function matchingCopy(original: string): MappedText {
  return normalizeMapped(original, foldSymbolsAndDigits);
}

/** Index in the matching copy of the first character that comes from at or after `originalIndex`. */
export function mappedIndexOf(mapped: MappedText, originalIndex: number): number {
  let lo = 0;
  let hi = mapped.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((mapped.starts[mid] ?? 0) < originalIndex) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
