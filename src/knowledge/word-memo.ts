/**
 * A memo from the words of a text to a value, looked up by the word's position in the text: an
 * index build meets millions of word occurrences but only tens of thousands of distinct words,
 * and copying each occurrence into a string of its own (then hashing it) was most of the build.
 * Open addressing on a hash of the characters, confirmed character by character.
 */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Hash of one more character; start from `WORD_HASH_START`. */
export const WORD_HASH_START = FNV_OFFSET;
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) | 0;
}

export class WordMemo<V> {
  /** Per slot: entry index + 1 (0: empty), and that entry's hash, so a probe rarely reads a word. */
  private slots = new Int32Array(1 << 12);
  private slotHashes = new Int32Array(1 << 12);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly values: V[] = [];

  /**
   * The value for text[start, end), whose hash (hashStep over its codes from WORD_HASH_START) is
   * `hash`; `make(word)` computes it the first time the word is met.
   */
  get(text: string, start: number, end: number, hash: number, make: (word: string) => V): V {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = (this.slots[slot] ?? 0) - 1;
      if (entry < 0) break;
      if (this.slotHashes[slot] !== hash) continue;
      const word = this.words[entry] ?? '';
      if (word.length !== length) continue;
      let same = true;
      for (let k = 0; k < length; k += 1) {
        if (word.charCodeAt(k) !== text.charCodeAt(start + k)) {
          same = false;
          break;
        }
      }
      if (same) return this.values[entry] as V;
    }
    const word = text.slice(start, end);
    const value = make(word);
    this.words.push(word);
    this.hashes.push(hash);
    this.values.push(value);
    if (this.words.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(this.words.length - 1);
    return value;
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    const hash = this.hashes[entry] ?? 0;
    let slot = hash & mask;
    while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
    this.slotHashes[slot] = hash;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    this.slotHashes = new Int32Array(size);
    for (let entry = 0; entry < this.words.length; entry += 1) this.place(entry);
  }
}
