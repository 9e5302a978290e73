/**
 * A trie over lower-case letters and digits whose nodes carry values: each literal's value is
 * stored at the node where the literal ends, once per distinct value. Used to walk words of the
 * matching copy one character at a time (start-index.ts).
 */

const ALPHABET = 36;
const CLASS = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c += 1) CLASS[0x61 + c] = c;
for (let d = 0; d < 10; d += 1) CLASS[0x30 + d] = 26 + d;
const NONE = new Int32Array(0);

export interface WordTrie {
  /** 0–35 for a–z and 0–9, -1 for any other character. */
  classOf(code: number): number;
  /** The child of `state` along class `c`, or 0 (the root) when there is none. */
  next(state: number, c: number): number;
  /** Values of the literals that end at `state`. */
  valuesAt(state: number): Int32Array;
  /**
   * The same trie as flat tables, for a hot loop that cannot afford three calls per character:
   * `edges[state * 36 + c]` is next(state, c), `classes[code]` is classOf(code) for code < 128.
   */
  readonly tables: { readonly classes: Int8Array; readonly edges: Int32Array; readonly values: readonly Int32Array[] };
}

export function createWordTrie(literals: readonly string[], values: readonly number[]): WordTrie {
  let table = new Int32Array(64 * ALPHABET);
  const ending: Set<number>[] = [new Set()];
  literals.forEach((literal, index) => {
    if (!/^[a-z0-9]+$/.test(literal)) throw new Error(`literal '${literal}' must be lower-case letters and digits`);
    let s = 0;
    for (let k = 0; k < literal.length; k += 1) {
      const slot = s * ALPHABET + (CLASS[literal.charCodeAt(k)] ?? 0);
      let t = table[slot] ?? 0;
      if (t === 0) {
        if ((ending.length + 1) * ALPHABET > table.length) {
          const bigger = new Int32Array(table.length * 2);
          bigger.set(table);
          table = bigger;
        }
        t = ending.length;
        ending.push(new Set());
        table[slot] = t;
      }
      s = t;
    }
    ending[s]?.add(values[index] ?? 0);
  });
  const valuesAt = ending.map((v) => (v.size > 0 ? Int32Array.from(v) : NONE));
  const edges = table;
  return {
    classOf: (code) => (code < 128 ? (CLASS[code] ?? -1) : -1),
    next: (state, c) => edges[state * ALPHABET + c] ?? 0,
    valuesAt: (state) => valuesAt[state] ?? NONE,
    tables: { classes: CLASS, edges, values: valuesAt },
  };
}
