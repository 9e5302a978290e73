/**
 * Is a message only "is it safe?" ("aman gk kak", "jd itu penipuan ya?", "is it legit?") about
 * something the bot cannot see? It keeps no earlier message (privacy), so it asks for the ad or the
 * recruiter's chat and checks the next message, instead of declining the question as off-topic or
 * answering with a general article.
 *
 * A closed vocabulary, as in asks-what-next.ts: every word a verdict word ("aman", "penipuan",
 * "legit"), a pointer ("itu", "this") or a filler, with at least one verdict word and at least two
 * words. "penipuan" alone asks about scams in general and goes to the search; "agen resmi gak?"
 * has a word of its own and does too.
 */
import { canonicalize } from './canonical.js';

/** The judgement asked for, as canonicalize() spells it. */
const VERDICT_WORDS = new Set([
  'aman', 'bahaya', 'berbahaya', 'resmi', 'legal', 'ilegal', 'legit', 'asli', 'palsu', 'bener', 'benar', 'beneran',
  'penipuan', 'penipu', 'nipu', 'tipu', 'tipuan', 'scam', 'scammer', 'hoax', 'hoaks', 'bohong', 'percaya', 'dipercaya',
  'safe', 'unsafe', 'real', 'fake', 'genuine', 'trustworthy', 'trusted', 'dangerous', 'fraud',
]);
/** Pointers, particles, forms of address and "so / or not" words that add nothing of their own. */
const FILLER_WORDS = new Set([
  'itu', 'ini', 'tersebut', 'tuh', 'nih', 'dia', 'jadi', 'jd', 'berarti', 'brarti', 'apa', 'apakah', 'kah', 'ya', 'yah',
  'tidak', 'bukan', 'kan', 'sih', 'dong', 'deh', 'aja', 'saja', 'gitu', 'atau', 'ato', 'kak', 'kakak', 'ka', 'min',
  'admin', 'mas', 'mbak', 'mba', 'bang', 'pak', 'bu', 'ok', 'oke', 'yang', 'yg', 'sebenarnya', 'sebenernya', 'beneran',
  'is', 'it', 'this', 'that', 'a', 'an', 'or', 'not', 'so', 'really', 'then', 'one', 'are', 'they', 'legit',
]);
/** Longer than this is a message with content of its own. */
const MAX_WORDS = 7;

export function asksVerdict(text: string): boolean {
  if (text.length > 80) return false;
  const words = canonicalize(text).tokens.filter((token) => token !== '|');
  if (words.length < 2 || words.length > MAX_WORDS) return false;
  // "apa itu penipuan?" asks what a scam is (the search answers it); "apakah itu penipuan?" asks a verdict.
  if (words[0] === 'apa' && words[1] === 'itu') return false;
  let verdict = false;
  for (const word of words) {
    if (VERDICT_WORDS.has(word)) verdict = true;
    else if (!FILLER_WORDS.has(word)) return false;
  }
  return verdict;
}
