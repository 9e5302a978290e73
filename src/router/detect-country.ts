/** Which country a message is about, from place names and flag emoji; the first mention wins. */
import type { Canonical } from './canonical.js';
import { COUNTRY_PLACES } from './lexicon.js';
import { compileAll, findPhrases } from './phrases.js';

const PLACES = Object.entries(COUNTRY_PLACES).map(([code, names]) => ({ code, phrases: compileAll(names) }));

export function detectCountry(canonical: Canonical): string | undefined {
  let best: { code: string; token: number } | undefined;
  for (const { code, phrases } of PLACES) {
    const first = findPhrases(canonical, phrases)[0];
    if (first !== undefined && (best === undefined || first.token < best.token)) best = { code, token: first.token };
  }
  return best?.code;
}
