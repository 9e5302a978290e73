/**
 * Money amounts in an ad ("15jt", "Rp 15.000.000", "$1,000", "1000 USD", "NT$ 28.590",
 * "12-20jt") with a rough rupiah value from the fixed, approximate rates in rates.yaml.
 * Runs on the matching copy with bounded patterns; a range counts as its lower bound.
 */
import type { MappedText } from '../text/normalize.js';
import { quoteOriginal } from '../text/normalize.js';
import type { AmountEntity, Currency } from './types.js';

const NUM = '(\\d{1,3}(?:[.,]\\d{3}){1,4}(?:[.,]\\d{1,2})?|\\d{1,12}(?:[.,]\\d{1,2})?)';
const RANGE = '(?:\\s?(?:-|s/d|sd|sampai|to|~)\\s?' + NUM + ')?';
const MULT = '(jt|jta|juta|million|rb|ribu|k)';
// An ad names a handful of amounts; junk input must not build a huge list.
const MAX_AMOUNTS = 50;
const ANY_DIGIT = /[0-9]/;
const MULTIPLIERS: Readonly<Record<string, number>> = { jt: 1e6, jta: 1e6, juta: 1e6, million: 1e6, rb: 1e3, ribu: 1e3, k: 1e3 };

export interface FoundAmount extends AmountEntity {
  /** Position in the matching copy. */
  readonly from: number;
  readonly to: number;
}

export interface AmountExtractor {
  (original: string, mapped: MappedText): FoundAmount[];
}

/** "1.500" → 1500, "2,5" → 2.5, "1,000.50" → 1000.5: a separator before exactly three digits groups thousands. */
export function parseNumber(raw: string): number {
  const parts = raw.split(/[.,]/);
  if (parts.length === 1) return Number(raw);
  const last = parts[parts.length - 1] ?? '';
  if (last.length === 3) return Number(parts.join(''));
  return Number(`${parts.slice(0, -1).join('')}.${last}`);
}

// Module-level, not a closure per call: this runs for every ad.
function addAmount(
  found: FoundAmount[], original: string, mapped: MappedText,
  from: number, to: number, currency: Currency, num: string | undefined, mult: string | undefined,
): void {
  if (num === undefined || found.length >= MAX_AMOUNTS) return;
  for (const f of found) if (from < f.to && to > f.from) return;
  const value = parseNumber(num) * (mult ? (MULTIPLIERS[mult] ?? 1) : 1);
  if (!Number.isFinite(value) || value <= 0) return;
  found.push({ text: quoteOriginal(original, mapped, from, to), currency: currency.code, value, idr: Math.round(value * currency.rate), from, to });
}

export function createAmountExtractor(currencies: readonly Currency[]): AmountExtractor {
  const bySymbol = new Map<string, Currency>();
  for (const c of currencies) for (const s of c.symbols) bySymbol.set(s, c);
  const idr = currencies.find((c) => c.code === 'IDR') ?? { code: 'IDR', rate: 1, symbols: [] };
  // Longest symbols first so "nt$" wins over "$".
  const symbols = [...bySymbol.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const SYM = `(${symbols.join('|') || '(?!)'})`;
  const prefixed = new RegExp(`(?<![a-z0-9])${SYM}\\s?${NUM}${RANGE}(?:\\s?${MULT})?(?![a-z0-9])`, 'g');
  const suffixed = new RegExp(`(?<![a-z0-9.,$])${NUM}${RANGE}\\s?(?:${MULT}\\s?)?${SYM}(?![a-z0-9])`, 'g');
  const bare = new RegExp(`(?<![a-z0-9.,$])${NUM}${RANGE}\\s?${MULT}(?![a-z0-9])`, 'g');

  return (original, mapped) => {
    const text = mapped.text;
    const found: FoundAmount[] = [];
    // Every amount pattern needs a digit; a text without one has no amount.
    if (!ANY_DIGIT.test(text)) return found;
    for (const m of text.matchAll(prefixed)) {
      const c = bySymbol.get(m[1] ?? '');
      if (c) addAmount(found, original, mapped, m.index, m.index + m[0].length, c, m[2], m[4]);
      if (found.length >= MAX_AMOUNTS) break;
    }
    for (const m of text.matchAll(suffixed)) {
      const c = bySymbol.get(m[4] ?? '');
      if (c) addAmount(found, original, mapped, m.index, m.index + m[0].length, c, m[1], m[3]);
      if (found.length >= MAX_AMOUNTS) break;
    }
    for (const m of text.matchAll(bare)) {
      addAmount(found, original, mapped, m.index, m.index + m[0].length, idr, m[1], m[3]);
      if (found.length >= MAX_AMOUNTS) break;
    }
    return found.sort((a, b) => a.from - b.from);
  };
}
