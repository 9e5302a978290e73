/**
 * Is a message only "I'm going ahead" ("sip lgsg daftar aja y", "ok sy berangkat aja", "I'll take
 * the job then")? After a check that found no known warning signs, that reads as if the bot had
 * approved the offer. The bot keeps no earlier message (privacy), so it cannot know which offer;
 * whatever it was, the answer is the same: the checks to make before signing up, paying or leaving.
 *
 * A closed vocabulary (closed-vocabulary.ts): every word a going-ahead verb ("daftar",
 * "berangkat", "ambil", "sign up"), a word of time or resolve ("langsung", "aja", "sekarang") or a
 * filler, with at least one verb and at most eight words. "daftar di mana?" has a question word of
 * its own and goes to the search, and so does anything with a word outside the lists.
 */
import { wordsWithin, type ClosedVocabulary } from './closed-vocabulary.js';

/** Signing up, leaving, accepting, paying: as canonicalize() spells them, with chat spellings. */
const GOING_AHEAD_WORDS = new Set([
  'daftar', 'daptar', 'mendaftar', 'didaftarin', 'daftarin', 'berangkat', 'brangkat', 'brgkt', 'brkt', 'otw',
  'ambil', 'ambl', 'terima', 'trima', 'nerima', 'lanjut', 'lanjutkan', 'lanjutin', 'gas', 'gass', 'gasss', 'gaskeun',
  'join', 'ikut', 'gabung', 'apply', 'sign', 'signing', 'accept', 'take', 'taking', 'go', 'going', 'leave', 'leaving',
]);
/** Resolve, time and agreement: "langsung", "aja", "sekarang", "besok", "sip", "ok". */
const RESOLVE_WORDS = new Set([
  'langsung', 'lgsg', 'lgsung', 'lsg', 'aja', 'saja', 'ajah', 'sekarang', 'skrg', 'skrang', 'besok', 'bsk', 'nanti',
  'udah', 'sudah', 'mau', 'pengen', 'ingin', 'jadi', 'jd', 'berarti', 'brarti', 'kalau', 'kalo', 'gitu', 'gt',
  'sip', 'siap', 'oke', 'ok', 'okay', 'okey', 'yaudah', 'yasudah', 'yaudahlah', 'udahlah', 'deal', 'mantap', 'mantab', 'aman', 'beres',
  // Going anyway: "yaudah lah sy tetep brgkt aja, doain ya".
  'tetep', 'tetap', 'pokoknya', 'doain', 'doakan', 'mohon', 'doa', 'restu', 'anyway',
  'then', 'now', 'tomorrow', 'just', 'will', 'll', 'gonna', 'ahead', 'up', 'it', 'the', 'job', 'offer',
]);
/** Pronouns, particles, forms of address, thanks. */
const FILLER_WORDS = new Set([
  'saya', 'aku', 'kami', 'kita', 'gue', 'gua', 'ane', 'kak', 'ka', 'kakak', 'min', 'admin', 'mas', 'mbak', 'mba', 'bang',
  'bu', 'pak', 'ya', 'y', 'yah', 'yaa', 'deh', 'dong', 'sih', 'nih', 'kok', 'kan', 'lah', 'wkwk', 'hehe', 'itu', 'ini',
  // "terima kasih" is two words and "kasih" is in no list, so thanks alone is never going ahead.
  'makasih', 'makasi', 'mksh', 'trims', 'thanks', 'thx', 'tq', 'i', 'we', 'so', 'and', 'dan',
  'm', 'am', 'bismillah', 'insyaallah', 'insya', 'allah', 'amin', 'aamiin',
]);
const VOCABULARY: ClosedVocabulary = { keys: GOING_AHEAD_WORDS, allowed: [RESOLVE_WORDS, FILLER_WORDS], minWords: 2, maxWords: 8, maxChars: 80 };

export function announcesGoingAhead(text: string): boolean {
  return wordsWithin(text, VOCABULARY) !== undefined;
}
