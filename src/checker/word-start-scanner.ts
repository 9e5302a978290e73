/**
 * Finds where each of a fixed set of literals begins a word of the matching copy: one walk down
 * a trie from every word start (a letter or digit after anything else), so the cost is about the
 * number of words, whatever the number of literals. Promise: `scan(text, visit)` calls
 * `visit(literal index, position)` for every position p and literal l such that text starts
 * with l at p and p is a word start, in increasing p.
 */

// Alphabet: a–z, 0–9 (literals hold nothing else).
const ALPHABET = 36;
const CLASS = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c += 1) CLASS[0x61 + c] = c;
for (let d = 0; d < 10; d += 1) CLASS[0x30 + d] = 26 + d;

function classOf(code: number): number {
  return code < 128 ? (CLASS[code] ?? -1) : -1;
}

export interface WordStartScanner {
  scan(text: string, visit: (literal: number, position: number) => void): void;
}

export function createWordStartScanner(literals: readonly string[]): WordStartScanner {
  let next = new Int32Array(64 * ALPHABET);
  let states = 1;
  const ending: number[][] = [[]];
  for (const [index, literal] of literals.entries()) {
    if (!/^[a-z0-9]+$/.test(literal)) throw new Error(`literal '${literal}' must be lower-case letters and digits`);
    let s = 0;
    for (let k = 0; k < literal.length; k += 1) {
      const slot = s * ALPHABET + classOf(literal.charCodeAt(k));
      let t = next[slot] ?? 0;
      if (t === 0) {
        if ((states + 1) * ALPHABET > next.length) {
          const bigger = new Int32Array(next.length * 2);
          bigger.set(next);
          next = bigger;
        }
        t = states;
        states += 1;
        ending.push([]);
        next[slot] = t;
      }
      s = t;
    }
    ending[s]?.push(index);
  }
  const table = next;
  const ends = ending.map((e) => Int32Array.from(e));

  return {
    scan(text, visit) {
      let previousAlnum = false;
      for (let w = 0; w < text.length; w += 1) {
        const c = classOf(text.charCodeAt(w));
        const startsWord = c >= 0 && !previousAlnum;
        previousAlnum = c >= 0;
        if (!startsWord) continue;
        let s = 0;
        for (let k = w; k < text.length; k += 1) {
          const ck = classOf(text.charCodeAt(k));
          if (ck < 0) break;
          s = table[s * ALPHABET + ck] ?? 0;
          if (s === 0) break;
          const found = ends[s];
          if (found) for (let e = 0; e < found.length; e += 1) visit(found[e] ?? 0, w);
        }
      }
    },
  };
}
