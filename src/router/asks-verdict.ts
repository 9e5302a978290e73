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
import { wordsWithin, type ClosedVocabulary } from './closed-vocabulary.js';

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
const VOCABULARY: ClosedVocabulary = { keys: VERDICT_WORDS, allowed: [FILLER_WORDS], minWords: 2, maxWords: 7, maxChars: 80 };

export function asksVerdict(text: string): boolean {
  const words = wordsWithin(text, VOCABULARY);
  // "apa itu penipuan?" asks what a scam is (the search answers it); "apakah itu penipuan?" asks a verdict.
  return words !== undefined && !(words[0] === 'apa' && words[1] === 'itu');
}
