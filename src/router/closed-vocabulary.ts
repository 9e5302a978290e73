/**
 * The test behind the short follow-ups ("aman gk kak", "sip lgsg daftar aja y", "brp no nya"):
 * a message that uses only the words of a closed list, with at least one of its key words, is
 * that follow-up; any word of its own makes it a real message for the search. A list of words,
 * not of sentences, so spellings and word orders nobody wrote down still count.
 */
import { canonicalize } from './canonical.js';

export interface ClosedVocabulary {
  /** At least one of these must be there ("daftar", "nomor"). */
  readonly keys: ReadonlySet<string>;
  /** Words that may stand beside them (fillers, forms of address, time words). */
  readonly allowed: readonly ReadonlySet<string>[];
  readonly minWords: number;
  readonly maxWords: number;
  /** Longer messages are never such a follow-up (keeps the work bounded too). */
  readonly maxChars: number;
}

/** The message's words, as canonicalize() spells them, when it is made only of the vocabulary's words. */
export function wordsWithin(text: string, vocabulary: ClosedVocabulary): readonly string[] | undefined {
  if (text.length > vocabulary.maxChars) return undefined;
  const words = canonicalize(text).tokens.filter((token) => token !== '|');
  if (words.length < vocabulary.minWords || words.length > vocabulary.maxWords) return undefined;
  let key = false;
  for (const word of words) {
    if (vocabulary.keys.has(word)) key = true;
    else if (!vocabulary.allowed.some((set) => set.has(word))) return undefined;
  }
  return key ? words : undefined;
}
