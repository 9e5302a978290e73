/**
 * Is a message only "is it safe?" ("aman gk kak", "jd itu penipuan ya?", "is it legit?") about
 * something the bot cannot see? It keeps no earlier message (privacy), so it asks for the ad or the
 * recruiter's chat and checks the next message, instead of declining the question as off-topic or
 * answering with a general article.
 *
 * A closed vocabulary, as in asks-what-next.ts: every word a verdict word ("aman", "penipuan",
 * "legit"), a pointer ("itu", "this") or a filler, with at least one verdict word and at least two
 * words. "penipuan" alone asks about scams in general and goes to the search; "agen resmi gak?"
 * has a word of its own and does too. "should I go?" / "sy brgkt gk?" asks the same of the offer.
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
  // "jadi gmn, aman gk?", "intinya aja kak aman gk", "itu beneran gk sih kak sy takut".
  'bagaimana', 'intinya', 'pokoknya', 'singkatnya', 'jujur', 'tolong', 'jawab', 'terus', 'trus', 'trs', 'tapi',
  'saya', 'aku', 'takut', 'khawatir', 'ragu', 'ok', 'okay', 'well', 'tell', 'me', 'just', 'honestly', 'i', 'm', 'am', 'scared', 'worried',
]);
const VOCABULARY: ClosedVocabulary = { keys: VERDICT_WORDS, allowed: [FILLER_WORDS], minWords: 2, maxWords: 8, maxChars: 80 };

/** Going, signing up or taking the offer, as canonicalize() spells them. */
const GO_WORDS = new Set([
  'berangkat', 'brgkt', 'brangkat', 'pergi', 'daftar', 'ambil', 'terima', 'lanjut', 'go', 'apply', 'take', 'accept', 'sign', 'join',
]);
/** What makes going a question: "should", "may", "or not", "gk" at the end. */
const ASK_WORDS = new Set(['should', 'shall', 'boleh', 'sebaiknya', 'mending', 'mendingan', 'baiknya', 'tidak', 'or', 'not', 'apakah', 'perlu']);
const GO_VOCABULARY: ClosedVocabulary = { keys: GO_WORDS, allowed: [ASK_WORDS, FILLER_WORDS], minWords: 2, maxWords: 8, maxChars: 80 };

export function asksVerdict(text: string): boolean {
  const words = wordsWithin(text, VOCABULARY);
  // "apa itu penipuan?" asks what a scam is (the search answers it); "apakah itu penipuan?" asks a verdict.
  if (words !== undefined) return !(words[0] === 'apa' && words[1] === 'itu');
  // "ok so should I go?", "jd sy brgkt gk nih": whether to take the offer is the same question.
  const going = wordsWithin(text, GO_VOCABULARY);
  return going !== undefined && going.some((word) => ASK_WORDS.has(word));
}
