/**
 * Finds which of a fixed set of literals occur in a text, in one pass (Aho–Corasick over the
 * lower-case letters and digits of the matching copy). Promise: `scan(text)` returns, for every
 * literal index, 1 when it occurs in `text` and 0 otherwise, in time linear in the text length
 * whatever the number of literals.
 */

// Alphabet: a–z, 0–9; every other character leads back to the root (literals hold none of them).
const ALPHABET = 37;
const OTHER = 36;
const CLASS = new Uint8Array(128).fill(OTHER);
for (let c = 0; c < 26; c += 1) CLASS[0x61 + c] = c;
for (let d = 0; d < 10; d += 1) CLASS[0x30 + d] = 26 + d;

export interface LiteralScanner {
  readonly literals: readonly string[];
  /** present[i] === 1 when literals[i] occurs in `text`. */
  scan(text: string): Uint8Array;
}

export function createLiteralScanner(literals: readonly string[]): LiteralScanner {
  for (const l of literals) {
    if (!/^[a-z0-9]+$/.test(l)) throw new Error(`literal '${l}' must be lower-case letters and digits`);
  }
  // Trie as a growable table: goto[state * ALPHABET + class], -1 for no edge.
  let goto = new Int32Array(64 * ALPHABET).fill(-1);
  let states = 1;
  const endsHere: number[][] = [[]];
  for (const [index, literal] of literals.entries()) {
    let s = 0;
    for (let k = 0; k < literal.length; k += 1) {
      const slot = s * ALPHABET + (CLASS[literal.charCodeAt(k)] ?? OTHER);
      let next = goto[slot] ?? -1;
      if (next < 0) {
        if ((states + 1) * ALPHABET > goto.length) {
          const bigger = new Int32Array(goto.length * 2).fill(-1);
          bigger.set(goto);
          goto = bigger;
        }
        next = states;
        states += 1;
        endsHere.push([]);
        goto[slot] = next;
      }
      s = next;
    }
    endsHere[s]?.push(index);
  }

  // Breadth-first: fill missing edges through failure links so scanning is one lookup per character.
  const delta = new Int32Array(states * ALPHABET);
  const fail = new Int32Array(states);
  const outputs: number[][] = endsHere.map((e) => [...e]);
  const queue: number[] = [];
  for (let c = 0; c < ALPHABET; c += 1) {
    const next = c === OTHER ? -1 : (goto[c] ?? -1);
    delta[c] = next > 0 ? next : 0;
    if (next > 0) queue.push(next);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const s = queue[head] ?? 0;
    const out = outputs[s] ?? [];
    out.push(...(outputs[fail[s] ?? 0] ?? []));
    for (let c = 0; c < ALPHABET; c += 1) {
      const next = c === OTHER ? -1 : (goto[s * ALPHABET + c] ?? -1);
      const viaFail = delta[(fail[s] ?? 0) * ALPHABET + c] ?? 0;
      if (next > 0) {
        fail[next] = viaFail;
        delta[s * ALPHABET + c] = next;
        queue.push(next);
      } else {
        delta[s * ALPHABET + c] = viaFail;
      }
    }
  }
  // A state's outputs need its failure state's outputs first: BFS order guarantees that above.
  const hasOutput = new Uint8Array(states);
  for (let s = 0; s < states; s += 1) if ((outputs[s]?.length ?? 0) > 0) hasOutput[s] = 1;
  const seen = new Uint8Array(states);

  return {
    literals,
    scan(text: string): Uint8Array {
      const present = new Uint8Array(literals.length);
      if (literals.length === 0) return present;
      const visited: number[] = [];
      let s = 0;
      for (let i = 0; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        s = delta[s * ALPHABET + (code < 128 ? (CLASS[code] ?? OTHER) : OTHER)] ?? 0;
        if (hasOutput[s] === 1 && seen[s] === 0) {
          seen[s] = 1;
          visited.push(s);
        }
      }
      for (const v of visited) {
        seen[v] = 0;
        for (const index of outputs[v] ?? []) present[index] = 1;
      }
      return present;
    },
  };
}
