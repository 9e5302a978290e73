/**
 * Is a message only a follow-up ("trus sy hrs gmn?", "jadi gimana dong kak", "what should I do
 * now?") that means nothing without the message before it? The bot keeps no message text
 * (privacy), so it cannot know what "that" was: it says so and asks for the story again, instead
 * of declining the message as off-topic.
 *
 * The test is a closed vocabulary, not a list of sentences: every word must be a follow-up word,
 * a filler or a pronoun, with at least one "how/what" word and one "next/now/must" word (or at
 * most two words in all). A message
 * with any word of its own ("trus paspor sy gmn?") is a real question and goes to the search.
 */
import { canonicalize } from './canonical.js';

/** "How / what (to do)", as canonicalize() spells them. */
const WHAT_WORDS = new Set(['bagaimana', 'apa', 'ngapain', 'piye', 'pripun', 'kumaha', 'what', 'how']);
/** "Then / so / now / next / must", the words that make "what" a request for the next step. */
const NEXT_WORDS = new Set([
  'terus', 'trus', 'trs', 'tros', 'teros', 'lalu', 'jadi', 'jd', 'sekarang', 'skrg', 'selanjutnya', 'berikutnya',
  'harus', 'kudu', 'mesti', 'musti', 'sebaiknya', 'baiknya', 'enaknya', 'langkah', 'lanjut', 'lanjutnya',
  'then', 'so', 'now', 'next', 'should', 'must', 'do', 'step', 'steps',
]);
/** Words that add nothing to a follow-up: pronouns, particles, forms of address. */
const FILLER_WORDS = new Set([
  'saya', 'aku', 'kami', 'kita', 'gue', 'gua', 'kak', 'ka', 'kakak', 'min', 'admin', 'mas', 'mbak', 'mba', 'bang',
  'bu', 'pak', 'dong', 'sih', 'ya', 'yah', 'nih', 'deh', 'kah', 'yg', 'yang', 'nya', 'dan', 'ok', 'oke', 'okay',
  'oh', 'hmm', 'itu', 'ini', 'tersebut', 'buat', 'untuk', 'dilakukan', 'lakukan', 'lakuin', 'bikin', 'tidak',
  'i', 'we', 'you', 'to', 'shall', 'can', 'the', 'is', 'are', 'please', 'about', 'it', 'that', 'this', 'well',
]);
/** Longer than this is a message with content of its own. */
const MAX_WORDS = 8;

export function asksWhatNext(text: string): boolean {
  if (text.length > 120) return false;
  const words = canonicalize(text).tokens.filter((token) => token !== '|');
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  let asksWhat = false;
  let asksNext = false;
  for (const word of words) {
    if (WHAT_WORDS.has(word)) asksWhat = true;
    else if (NEXT_WORDS.has(word)) asksNext = true;
    else if (!FILLER_WORDS.has(word)) return false;
  }
  // "gimana kak?" or "apa?" alone is the same request for context as "trus gimana?".
  return asksWhat && (asksNext || words.length <= 2);
}
