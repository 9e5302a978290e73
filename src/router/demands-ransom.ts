/**
 * Does a message tell of money demanded to let someone go ("perusahaannya minta tebusan 50
 * juta", "harus bayar 8000 dolar baru boleh pulang", "they want 5000 USD to release him")?
 * Families under that pressure transfer within hours, to the captors or to someone posing as an
 * official: the reply then adds "do not transfer yet; call the hotline first" (debt-and-penalties
 * article, "What you can do").
 *
 * `inDanger`: the message is already an emergency, so any money demanded in it ("disuruh bayar
 * 30 jt", "sy hrs transfer gk?") is the captors'. Outside one, a bare "must pay 40 juta" is far
 * more often a recruitment fee, which needs other advice than a ransom.
 */
import { canonicalize } from './canonical.js';
import { MONEY_DEMAND, RANSOM_DEMAND } from './lexicon.js';
import { compileAll, hasPhrase } from './phrases.js';

const RANSOM = compileAll(RANSOM_DEMAND);
const MONEY = compileAll(MONEY_DEMAND);
/** A cry for help says this in its first lines; keeps the work bounded. */
const MAX_CHARS = 4000;

export function demandsRansom(text: string, options: { inDanger?: boolean } = {}): boolean {
  const canonical = canonicalize(text.slice(0, MAX_CHARS));
  return hasPhrase(canonical, RANSOM) || (options.inDanger === true && hasPhrase(canonical, MONEY));
}
