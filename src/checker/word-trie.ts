/**
 * A trie over lower-case letters, digits and the space whose nodes carry values: each literal's
 * value is stored at the node where the literal ends, once per distinct value. Used to walk words
 * of the matching copy one character at a time (start-index.ts). A space in a literal stands for
 * the separator between two words of a phrase; it has class SEPARATOR, which no character has:
 * the walker takes that edge itself when it meets a run of separator characters. A '#' first
 * (class NUMBER) stands for a number and the separator after it, which the walker hops the same way.
 */

export const ALPHABET = 38;
export const SEPARATOR = 36;
/** A number: '#' in a literal, first only ("#menit" is a number, then a word starting with "menit"). */
export const NUMBER = 37;
const CLASS = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c += 1) CLASS[0x61 + c] = c;
for (let d = 0; d < 10; d += 1) CLASS[0x30 + d] = 26 + d;

/**
 * The trie as flat tables, for a hot loop (start-index.ts): the child of `state` along class `c`
 * is `base[state] + c` when `check[base[state] + c] === state`, else none (0, the root); the
 * values at `state` are valuePool[valueFrom[state]] up to valuePool[valueFrom[state + 1]];
 * `classes[code]` is 0–35 for a–z and 0–9 and -1 for any other character, for code < 128.
 */
export interface WordTrie {
  readonly classes: Int8Array;
  readonly base: Int32Array;
  readonly check: Int32Array;
  readonly valueFrom: Int32Array;
  readonly valuePool: Int32Array;
}

/** The trie as nodes: children by class, and the values of the literals ending there. */
interface Node {
  readonly children: Map<number, Node>;
  readonly values: Set<number>;
}

function classOfLiteralChar(code: number): number {
  return code === 0x20 ? SEPARATOR : code === 0x23 ? NUMBER : (CLASS[code] ?? 0);
}

export function createWordTrie(literals: readonly string[], values: readonly number[]): WordTrie {
  const root: Node = { children: new Map(), values: new Set() };
  literals.forEach((literal, index) => {
    if (!/^(?:#[a-z]|[a-z0-9])[a-z0-9]*(?: [a-z0-9]+)*$/.test(literal)) {
      throw new Error(`literal '${literal}' must be words of lower-case letters and digits, one space apart, after an optional '#'`);
    }
    let node = root;
    for (let k = 0; k < literal.length; k += 1) {
      const c = classOfLiteralChar(literal.charCodeAt(k));
      let child = node.children.get(c);
      if (!child) {
        child = { children: new Map(), values: new Set() };
        node.children.set(c, child);
      }
      node = child;
    }
    node.values.add(values[index] ?? 0);
  });
  const { base, check, order } = packDoubleArray(root);
  // Values flattened in state order.
  const valueFrom = new Int32Array(check.length + 1);
  const lists: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(check.length);
  for (const [state, node] of order) if (node.values.size > 0) lists[state] = [...node.values];
  const pool: number[] = [];
  for (let state = 0; state < check.length; state += 1) {
    valueFrom[state] = pool.length;
    pool.push(...(lists[state] ?? []));
  }
  valueFrom[check.length] = pool.length;
  return { classes: CLASS, base, check, valueFrom, valuePool: Int32Array.from(pool) };
}

/**
 * Packs the trie into a double array (Aoe 1989): every state's children sit at base[state] + class,
 * and check[] names the parent, so a step is two reads of small arrays. Why not a row of 38 slots
 * per state: with two-word literals the trie has ~16,000 states, and that table (2.4 MB) missed
 * the CPU caches on almost every character the start index read.
 */
function packDoubleArray(root: Node): { base: Int32Array; check: Int32Array; order: [number, Node][] } {
  let base = new Int32Array(1024);
  let check = new Int32Array(1024).fill(-1);
  let size = 1;
  check[0] = 0; // the root, its own parent: no child can take its slot
  const ensure = (n: number): void => {
    if (n <= check.length) return;
    let length = check.length;
    while (length < n) length *= 2;
    const b = new Int32Array(length);
    b.set(base);
    base = b;
    const c = new Int32Array(length).fill(-1);
    c.set(check);
    check = c;
  };
  const order: [number, Node][] = [[0, root]];
  let firstFree = 1;
  for (let i = 0; i < order.length; i += 1) {
    const [state, node] = order[i] ?? [0, root];
    if (node.children.size === 0) continue;
    const classes = [...node.children.keys()].sort((x, y) => x - y);
    const lowest = classes[0] ?? 0;
    while (firstFree < check.length && (check[firstFree] ?? -1) !== -1) firstFree += 1;
    let b = Math.max(1, firstFree - lowest);
    for (;;) {
      ensure(b + ALPHABET);
      if (classes.every((c) => check[b + c] === -1)) break;
      b += 1;
    }
    base[state] = b;
    for (const c of classes) {
      const child = node.children.get(c);
      if (!child) continue;
      check[b + c] = state;
      size = Math.max(size, b + c + 1);
      order.push([b + c, child]);
    }
  }
  return { base: base.slice(0, size), check: check.slice(0, size), order };
}
