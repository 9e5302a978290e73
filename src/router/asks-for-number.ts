/**
 * Is a message only "what's the number?" ("brp no nya", "nomornya berapa kak", "what's the
 * number?")? Someone who needs help writes it after a reply the bot cannot see (it keeps no
 * message text), often in a hurry: the answer is the numbers themselves, not an article or
 * "sorry, I only help with…".
 *
 * A closed vocabulary, as in asks-what-next.ts: a number word and fillers only, at most six words.
 * "nomor hotline kemlu berapa" names what it wants and goes to the search.
 */
import { canonicalize } from './canonical.js';

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
const MAX_WORDS = 6;

export function asksForTheNumber(text: string): boolean {
  if (text.length > 60) return false;
  const words = canonicalize(text).tokens.filter((token) => token !== '|');
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  let number = false;
  for (const word of words) {
    if (NUMBER_WORDS.has(word)) number = true;
    else if (!FILLER_WORDS.has(word)) return false;
  }
  return number;
}
