/**
 * Light stemming so "dipotong", "potongan" and "memotong" meet. Indonesian prefixes change the
 * first letter of the root (men+tahan → menahan), which cannot be undone without a dictionary,
 * so ambiguous words yield up to two candidate roots and both are indexed and searched.
 * Exceptions first: general-purpose stemmers famously break "keberangkatan" and "kerjaan".
 */
import { STEM_EXCEPTIONS } from './lexicon.js';

const VOWEL = /^[aiueo]/;
const MIN_ROOT = 4;

function stripSuffixes(word: string): string {
  let w = word;
  for (const suffix of ['lah', 'kah', 'pun']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_ROOT) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  for (const suffix of ['nya', 'ku', 'mu']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_ROOT) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  for (const suffix of ['kan', 'an']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_ROOT) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** Prefix rules: [prefix, restored first letters when a vowel follows]. */
const NASAL_PREFIXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['meng', ['k', '']],
  ['meny', ['s']],
  ['mem', ['p', '']],
  ['men', ['t', '']],
  ['peng', ['k', '']],
  ['peny', ['s']],
  ['pem', ['p', '']],
  ['pen', ['t', '']],
  // Colloquial (Jakarta) forms of the same prefix: "ngelapor", "ngirim" (kirim), "nyari" (cari).
  ['nge', ['']],
  ['ng', ['k', '']],
  ['ny', ['c', 's']],
];
/** "ng" and "ny" stand for a prefix only before a vowel ("nggak" is a word of its own); "nge" only before a consonant. */
const COLLOQUIAL_NEEDS_VOWEL: ReadonlySet<string> = new Set(['ng', 'ny']);
const PLAIN_PREFIXES = ['memper', 'diper', 'ber', 'ter', 'per', 'di', 'ke', 'me', 'pe', 'se'];

function stripPrefix(word: string): string[] {
  for (const [prefix, restore] of NASAL_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (rest.length < MIN_ROOT - 1) return [word];
    if (COLLOQUIAL_NEEDS_VOWEL.has(prefix) && !VOWEL.test(rest)) return [word];
    if (prefix === 'nge' && VOWEL.test(rest)) return [word];
    if (VOWEL.test(rest)) return restore.map((r) => r + rest).filter((r) => r.length >= MIN_ROOT);
    // meng+g/h, mem+b, men+d/j/c: the root keeps its first letter.
    return [rest];
  }
  for (const prefix of PLAIN_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (rest.length >= MIN_ROOT) return [rest];
  }
  return [word];
}

// A Map, not the object: "constructor" or "tostring" must not find Object.prototype's members.
const EXCEPTIONS: ReadonlyMap<string, string> = new Map(Object.entries(STEM_EXCEPTIONS));

export function stemIndonesian(word: string): string[] {
  const fixed = EXCEPTIONS.get(word);
  if (fixed !== undefined) return [fixed];
  if (word.length <= MIN_ROOT + 1) return [word];
  const stripped = stripSuffixes(word);
  const fixedAfterSuffix = EXCEPTIONS.get(stripped);
  if (fixedAfterSuffix !== undefined) return [fixedAfterSuffix];
  const roots = stripPrefix(stripped);
  const out = roots.map((r) => EXCEPTIONS.get(r) ?? r).filter((r) => r.length > 0);
  // Colloquial "-in" stands for "-kan"/"-i" ("laporin", "kirimin", "beliin"), but many words
  // simply end in "in" ("mungkin", "dingin"), so the bare root is a second candidate, not a swap.
  for (const root of [...out]) {
    if (root.endsWith('in') && root.length - 2 >= MIN_ROOT) {
      const bare = root.slice(0, -2);
      out.push(EXCEPTIONS.get(bare) ?? bare);
    }
  }
  return out.length > 0 ? [...new Set(out)] : [stripped];
}

export function stemEnglish(word: string): string[] {
  let w = word;
  if (w.length <= 3) return [w];
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return [w];
}
