/**
 * Does a cry for help tell of money demanded to let someone go ("perusahaannya minta tebusan 50
 * juta", "harus bayar 8000 dolar baru boleh pulang", "they want 5000 USD to release him")? Families
 * under that pressure transfer within hours, to the captors or to someone posing as an official:
 * the emergency reply then adds "do not transfer yet; call the hotline first" (debt-and-penalties
 * article, "What you can do").
 */
import { canonicalize } from './canonical.js';
import { RANSOM_DEMAND } from './lexicon.js';
import { compileAll, hasPhrase } from './phrases.js';

const PHRASES = compileAll(RANSOM_DEMAND);
/** A cry for help says this in its first lines; keeps the work bounded. */
const MAX_CHARS = 4000;

export function demandsRansom(text: string): boolean {
  return hasPhrase(canonicalize(text.slice(0, MAX_CHARS)), PHRASES);
}
