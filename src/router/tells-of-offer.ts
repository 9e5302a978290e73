/**
 * Does a message tell of a particular job offer someone received ("sepupu sy ditawarin kerja di
 * kamboja …, aman gk?", "a recruiter messaged me about …")? Such a message is routed as a
 * question, yet what its writer wants to know is whether THAT offer is safe: the bot then shows
 * the check of the offer's details when it finds warning signs. A general question ("how do I
 * check a job offer?") names no offer received and is answered from the articles.
 */
import { canonicalize } from './canonical.js';
import { OFFER_TOLD } from './lexicon.js';
import { compileAll, hasPhrase } from './phrases.js';

const PHRASES = compileAll(OFFER_TOLD);
/** Far beyond a told offer; keeps the work bounded. */
const MAX_CHARS = 4000;

export function tellsOfOffer(text: string): boolean {
  return hasPhrase(canonicalize(text.slice(0, MAX_CHARS)), PHRASES);
}
