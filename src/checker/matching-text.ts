/**
 * The checker's matching copy: normalizeMapped plus two same-length folds for symbols that
 * scammers put inside words ("K@mboja", "g@ji", "4dmin"). Same length means the character map
 * from normalizeMapped still points at the original words for quoting.
 */
import { normalizeMapped, type MappedText } from '../text/normalize.js';

const SYMBOL_AS_LETTER: Readonly<Record<string, string>> = { '@': 'a', '$': 's' };
const DIGIT_AS_LETTER: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' };
// A leading digit is not folded when the letters after it are a unit ("5juta", "3tahun", "1bulan").
const UNIT_START = /^(jt|jta|juta|rb|ribu|k|m|usd|dollar|dolar|bulan|bln|tahun|thn|th|hari|jam|orang|org|menit|minggu|kali|x|gb|mb|d|n|th|st|nd|rd|pm|am)/;

const isLetter = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
const isAlnum = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));

export function matchingCopy(original: string): MappedText {
  const mapped = normalizeMapped(original);
  const chars = mapped.text.split('');
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] ?? '';
    const symbol = SYMBOL_AS_LETTER[ch];
    if (symbol !== undefined && isLetter(chars[i - 1]) && isLetter(chars[i + 1])) {
      chars[i] = symbol;
      continue;
    }
    const digit = DIGIT_AS_LETTER[ch];
    if (digit !== undefined && !isAlnum(chars[i - 1]) && isLetter(chars[i + 1]) && isLetter(chars[i + 2]) && isLetter(chars[i + 3])) {
      let word = '';
      for (let k = i + 1; k < chars.length && k < i + 12 && isAlnum(chars[k]); k += 1) word += chars[k];
      if (!UNIT_START.test(word)) chars[i] = digit;
    }
  }
  return { text: chars.join(''), starts: mapped.starts, ends: mapped.ends };
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
