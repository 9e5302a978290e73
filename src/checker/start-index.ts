/**
 * Where each pattern (or place list) with start literals may begin in one ad: the word starts
 * where one of its start literals begins (start-literals.ts). One walk down a trie of all those
 * literals from every word start (a letter or digit after anything else), so the cost is about
 * the number of words in the ad, whatever the number of patterns. Promise: `positions(text)[t]`
 * lists, in increasing order and once each, every word start of `text` where one of target t's
 * literals begins, or is undefined when there is none; a match of the target can begin nowhere
 * else.
 */
import { createWordTrie } from './word-trie.js';

export interface StartIndex {
  positions(text: string): (number[] | undefined)[];
}

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
  const trie = createWordTrie(literals, owners);
  const count = targets.length;
  return {
    positions(text) {
      const found: (number[] | undefined)[] = new Array<number[] | undefined>(count);
      let previousAlnum = false;
      for (let w = 0; w < text.length; w += 1) {
        const alnum = trie.classOf(text.charCodeAt(w)) >= 0;
        const startsWord = alnum && !previousAlnum;
        previousAlnum = alnum;
        if (!startsWord) continue;
        // Walk the word from w; every trie state passed that ends a literal names its targets.
        let s = 0;
        for (let k = w; k < text.length; k += 1) {
          const c = trie.classOf(text.charCodeAt(k));
          if (c < 0) break;
          s = trie.next(s, c);
          if (s === 0) break;
          const ts = trie.valuesAt(s);
          for (let e = 0; e < ts.length; e += 1) {
            const t = ts[e] ?? 0;
            const list = found[t];
            if (list === undefined) found[t] = [w];
            else if (list[list.length - 1] !== w) list.push(w);
          }
        }
      }
      return found;
    },
  };
}

/** The same regex, tried only at its lastIndex (for matching at the positions above). */
export function stickyCopy(regex: RegExp): RegExp {
  return new RegExp(regex.source, regex.flags.replace('g', '') + 'y');
}

/**
 * The matches a global regex's exec loop finds in `text`, tried only at `starts` (increasing):
 * the same matches in the same order when no match can begin anywhere else. `visit` returns
 * false to stop.
 */
export function eachMatchAt(sticky: RegExp, text: string, starts: readonly number[], visit: (m: RegExpExecArray) => boolean): void {
  let next = 0;
  for (let k = 0; k < starts.length; k += 1) {
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
