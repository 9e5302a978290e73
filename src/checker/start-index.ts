/**
 * Where each pattern (or place list) with start literals may begin in one ad: the word starts
 * where one of its start literals begins (start-literals.ts). One walk down a trie of all those
 * literals from every word start (a letter or digit after anything else), so the cost is about
 * the number of words in the ad, whatever the number of patterns. Promise: for every target t,
 * `at[from[t]] … at[from[t + 1] - 1]` lists, in increasing order and once each, every word start
 * of the text where one of t's literals begins (none when from[t] === from[t + 1]); a match of
 * the target can begin nowhere else.
 *
 * Why flat typed arrays reused from call to call, not a list per target: the checker runs this on
 * every ad, and an array per target found made up about a sixth of all it allocated.
 */
import { NUMBER, SEPARATOR, createWordTrie } from './word-trie.js';

/** The starts of one text, valid until the next `positions` call of the same index. */
export interface StartPositions {
  /** Length targets + 1: target t's starts are at[from[t]] up to (not including) at[from[t + 1]]. */
  readonly from: Int32Array;
  readonly at: Int32Array;
}

export interface StartIndex {
  positions(text: string): StartPositions;
}

// The phrase separator: 1–4 characters that are not a-z or 0-9 (pattern.ts).
const MAX_SEPARATOR = 4;
// A number is at most 13 characters and the separator after it at most 4 (pattern.ts).
const MAX_NUMBER_HOP = 17;

/** `targets[t]`: target t's start literals, or undefined for a target that scans the whole ad. */
export function createStartIndex(targets: readonly (readonly string[] | undefined)[]): StartIndex {
  const literals: string[] = [];
  const owners: number[] = [];
  targets.forEach((list, t) => {
    for (const literal of new Set(list ?? [])) {
      literals.push(literal);
      owners.push(t);
    }
  });
  const { classes, base, check, valueFrom, valuePool } = createWordTrie(literals, owners);
  const states = check.length;
  /** The child of state s along class c, or 0 when there is none (word-trie.ts). */
  const step = (s: number, c: number): number => {
    const t = (base[s] ?? 0) + c;
    return t < states && check[t] === s ? t : 0;
  };
  const count = targets.length;
  // Scratch: (target, start) pairs in the order found, then sorted by target into `at`.
  let pairTarget = new Int32Array(256);
  let pairStart = new Int32Array(256);
  let at = new Int32Array(256);
  const from = new Int32Array(count + 1);
  const lastStart = new Int32Array(count);
  const isWordChar = (code: number): boolean => code < 128 && (classes[code] ?? -1) >= 0;
  const isLetter = (code: number): boolean => code >= 0x61 && code <= 0x7a;

  let pairs = 0;
  /** Records the literals ending at state s (valuePool[first] up to valuePool[end]) as beginning at w. */
  const record = (first: number, end: number, w: number): void => {
    for (let e = first; e < end; e += 1) {
      const t = valuePool[e] ?? 0;
      if (lastStart[t] === w) continue;
      lastStart[t] = w;
      if (pairs === pairTarget.length) {
        pairTarget = grown(pairTarget);
        pairStart = grown(pairStart);
      }
      pairTarget[pairs] = t;
      pairStart[pairs] = w;
      pairs += 1;
      from[t + 1] = (from[t + 1] ?? 0) + 1;
    }
  };
  /**
   * Walks the trie from state `s` at position `k` for the literals that begin at word start `w`;
   * every state passed that ends a literal names its targets. A literal may go on past the word,
   * across a separator, into the next one ("t me"). Returns how far the word starting at `k` is
   * known to go: the end of the word when the walk reached it, else where the walk stopped.
   */
  const walk = (text: string, n: number, w: number, s: number, k: number): number => {
    let wordEnd = -1;
    for (; k < n; k += 1) {
      const ch = text.charCodeAt(k);
      let c = ch < 128 ? (classes[ch] ?? -1) : -1;
      if (c < 0) {
        if (wordEnd < 0) wordEnd = k;
        const across = step(s, SEPARATOR);
        if (across === 0) return wordEnd;
        // A separator is followed by a word: 1–4 characters, then a letter or digit.
        let j = k + 1;
        while (j < n && j - k <= MAX_SEPARATOR && !isWordChar(text.charCodeAt(j))) j += 1;
        if (j >= n || j - k > MAX_SEPARATOR) return wordEnd;
        s = across;
        k = j;
        c = classes[text.charCodeAt(j)] ?? -1;
      }
      s = step(s, c);
      if (s === 0) return wordEnd < 0 ? k : wordEnd;
      const first = valueFrom[s] ?? 0;
      const end = valueFrom[s + 1] ?? 0;
      if (first < end) record(first, end, w);
    }
    return wordEnd < 0 ? n : wordEnd;
  };
  // Literals that start with a number ("#menit"): the state after the number, 0 when there are none.
  const afterNumber = step(0, NUMBER);

  return {
    positions(text) {
      lastStart.fill(-1);
      from.fill(0);
      pairs = 0;
      const n = text.length;
      let w = 0;
      while (w < n) {
        while (w < n && !isWordChar(text.charCodeAt(w))) w += 1;
        if (w >= n) break;
        const first = text.charCodeAt(w);
        if (afterNumber !== 0 && first >= 0x30 && first <= 0x39) {
          // A number and the 0–4 characters after it (pattern.ts: [0-9][0-9.,]{0,12}, then
          // [^a-z0-9]{0,4}) are digits and other characters up to the next word, which starts
          // with a letter at most MAX_NUMBER_HOP characters on.
          let j = w + 1;
          while (j < n && j - w <= MAX_NUMBER_HOP && !isLetter(text.charCodeAt(j))) j += 1;
          if (j < n && j - w <= MAX_NUMBER_HOP) walk(text, n, w, afterNumber, j);
        }
        // On to the next word, past what the walk read of this one.
        w = Math.max(w + 1, walk(text, n, w, 0, w));
        while (w < n && isWordChar(text.charCodeAt(w))) w += 1;
      }
      // Counts to offsets, then a stable counting sort keeps each target's starts increasing.
      for (let t = 0; t < count; t += 1) from[t + 1] = (from[t + 1] ?? 0) + (from[t] ?? 0);
      if (at.length < pairs) at = new Int32Array(Math.max(pairs, at.length * 2));
      const fill = lastStart;
      fill.set(from.subarray(0, count));
      for (let i = 0; i < pairs; i += 1) {
        const t = pairTarget[i] ?? 0;
        const slot = fill[t] ?? 0;
        at[slot] = pairStart[i] ?? 0;
        fill[t] = slot + 1;
      }
      return { from, at };
    },
  };
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The same regex, tried only at its lastIndex. */
export function stickyCopy(regex: RegExp): RegExp {
  return new RegExp(regex.source, regex.flags.replace('g', '') + 'y');
}

const WORD_START_GUARD = '(?<![a-z0-9])';

/**
 * A sticky copy for trying only at the positions above, without the leading word-start guard:
 * every such position is a word start (the character before is not a-z or 0-9, the trie's
 * alphabet), so the guard always holds there, and checking it cost a tenth of the matching time.
 */
export function stickyAtWordStart(regex: RegExp): RegExp {
  const source = regex.source.startsWith(WORD_START_GUARD) ? regex.source.slice(WORD_START_GUARD.length) : regex.source;
  return new RegExp(source, regex.flags.replace('g', '') + 'y');
}

/**
 * The matches a global regex's exec loop finds in `text`, tried only at starts[begin] …
 * starts[end - 1] (increasing): the same matches in the same order when no match can begin
 * anywhere else. `visit` returns false to stop.
 */
export function eachMatchAt(
  sticky: RegExp, text: string, starts: ArrayLike<number>, begin: number, end: number, visit: (m: RegExpExecArray) => boolean,
): void {
  let next = 0;
  for (let k = begin; k < end; k += 1) {
    const from = starts[k] ?? 0;
    if (from < next) continue;
    sticky.lastIndex = from;
    const m = sticky.exec(text);
    if (m === null) continue;
    next = m[0].length > 0 ? from + m[0].length : from + 1;
    if (!visit(m)) break;
  }
  sticky.lastIndex = 0;
}
