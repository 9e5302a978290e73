/**
 * Is a message only "what's the number?" ("brp no nya", "nomornya berapa kak", "what's the
 * number?")? Someone who needs help writes it after a reply the bot cannot see (it keeps no
 * message text), often in a hurry: the answer is the numbers themselves, not an article or
 * "sorry, I only help with…".
 *
 * A closed vocabulary (closed-vocabulary.ts): a number word and fillers only, at most six words.
 * "nomor hotline kemlu berapa" names what it wants and goes to the search.
 */
import { wordsWithin, type ClosedVocabulary } from './closed-vocabulary.js';

/** "Number / contact", as canonicalize() spells them, with chat spellings. */
const NUMBER_WORDS = new Set([
  'no', 'nomor', 'nomornya', 'nomer', 'nomernya', 'nmr', 'nmrnya', 'kontak', 'kontaknya', 'hotline', 'hotlinenya',
  'number', 'numbers', 'contact', 'contacts',
]);
/** Question words, particles, forms of address: nothing of their own. */
const FILLER_WORDS = new Set([
  'berapa', 'brp', 'minta', 'kasih', 'bagi', 'dong', 'donk', 'kak', 'ka', 'min', 'mas', 'mbak', 'ya', 'nya', 'yg', 'yang',
  'itu', 'mana', 'apa', 'saya', 'aku', 'boleh', 'bisa', 'telp', 'telepon', 'wa', 'hp', 'nih', 'sih',
  'what', 'is', 'the', 's', 'give', 'me', 'please', 'pls', 'send', 'tell', 'your', 'a', 'phone', 'whatsapp', 'can', 'i', 'have',
]);
const VOCABULARY: ClosedVocabulary = { keys: NUMBER_WORDS, allowed: [FILLER_WORDS], minWords: 1, maxWords: 6, maxChars: 60 };

export function asksForTheNumber(text: string): boolean {
  return wordsWithin(text, VOCABULARY) !== undefined;
}
