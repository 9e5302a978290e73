/**
 * Money amounts in an ad ("15jt", "Rp 15.000.000", "$1,000", "1000 USD", "NT$ 28.590",
 * "12-20jt") with a rough rupiah value from the fixed, approximate rates in rates.yaml.
 * Runs on the matching copy with bounded patterns; a range counts as its lower bound. The patterns
 * are tried only where an amount can begin (next to a digit run), with the same result as
 * scanning every position (tested).
 */
import type { MappedText } from '../text/normalize.js';
import { quoteOriginal } from '../text/normalize.js';
import { eachMatchAt, stickyCopy } from './start-index.js';
import type { AmountEntity, Currency } from './types.js';

const NUM = '(\\d{1,3}(?:[.,]\\d{3}){1,4}(?:[.,]\\d{1,2})?|\\d{1,12}(?:[.,]\\d{1,2})?)';
const RANGE = '(?:\\s?(?:-|s/d|sd|sampai|to|~)\\s?' + NUM + ')?';
// Javanese "yuto" is juta.
const MULT = '(jt|jta|juta|yuto|million|rb|ribu|k)';
// An ad names a handful of amounts; junk input must not build a huge list.
const MAX_AMOUNTS = 50;
const MULTIPLIERS: Readonly<Record<string, number>> = { jt: 1e6, jta: 1e6, juta: 1e6, yuto: 1e6, million: 1e6, rb: 1e3, ribu: 1e3, k: 1e3 };

export interface FoundAmount extends AmountEntity {
  /** Within the ordinary pay of the country that pays in this currency (rates.yaml): no bait. */
  readonly ordinaryWage: boolean;
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
  const ordinaryWage = currency.ordinaryPayUpTo !== undefined && value <= currency.ordinaryPayUpTo;
  found.push({ text: quoteOriginal(original, mapped, from, to), currency: currency.code, value, idr: Math.round(value * currency.rate), ordinaryWage, from, to });
}

/** `everywhere`: try every position instead of only where an amount can begin (for tests). */
export function createAmountExtractor(currencies: readonly Currency[], options: { everywhere?: boolean } = {}): AmountExtractor {
  const bySymbol = new Map<string, Currency>();
  for (const c of currencies) for (const s of c.symbols) bySymbol.set(s, c);
  const idr = currencies.find((c) => c.code === 'IDR') ?? { code: 'IDR', rate: 1, symbols: [] };
  // Longest symbols first so "nt$" wins over "$".
  const symbols = [...bySymbol.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const SYM = `(${symbols.join('|') || '(?!)'})`;
  const prefixed = new RegExp(`(?<![a-z0-9])${SYM}\\s?${NUM}${RANGE}(?:\\s?${MULT})?(?![a-z0-9])`, 'g');
  const suffixed = new RegExp(`(?<![a-z0-9.,$])${NUM}${RANGE}\\s?(?:${MULT}\\s?)?${SYM}(?![a-z0-9])`, 'g');
  const bare = new RegExp(`(?<![a-z0-9.,$])${NUM}${RANGE}\\s?${MULT}(?![a-z0-9])`, 'g');

  // Sticky copies, tried only where an amount can begin (digitRunStarts, symbolStarts).
  const prefixedAt = stickyCopy(prefixed);
  const suffixedAt = stickyCopy(suffixed);
  const bareAt = stickyCopy(bare);
  const maxSymbol = Math.max(0, ...[...bySymbol.keys()].map((sym) => sym.length));
  // Symbols of a–z and $ allow the narrow search for where they start; others, a wider one.
  const simpleSymbols = [...bySymbol.keys()].every((sym) => /^[a-z$]+$/.test(sym));

  return (original, mapped) => {
    const text = mapped.text;
    const found: FoundAmount[] = [];
    const runs = digitRunStarts(text);
    // Every amount pattern needs a digit; a text without one has no amount.
    if (runs.length === 0) return found;
    const all = options.everywhere ? Array.from(text, (_, i) => i) : undefined;
    const symbolAt = all ?? (simpleSymbols ? symbolStarts(text, runs, maxSymbol) : positionsBeforeRuns(text, runs, maxSymbol + 1));
    const numberAt = all ?? runs;
    eachMatchAt(prefixedAt, text, symbolAt, 0, symbolAt.length, (m) => {
      const c = bySymbol.get(m[1] ?? '');
      if (c) addAmount(found, original, mapped, m.index, m.index + m[0].length, c, m[2], m[4]);
      return found.length < MAX_AMOUNTS;
    });
    eachMatchAt(suffixedAt, text, numberAt, 0, numberAt.length, (m) => {
      const c = bySymbol.get(m[4] ?? '');
      if (c) addAmount(found, original, mapped, m.index, m.index + m[0].length, c, m[1], m[3]);
      return found.length < MAX_AMOUNTS;
    });
    eachMatchAt(bareAt, text, numberAt, 0, numberAt.length, (m) => {
      addAmount(found, original, mapped, m.index, m.index + m[0].length, idr, m[1], m[3]);
      return found.length < MAX_AMOUNTS;
    });
    return found.sort((a, b) => a.from - b.from);
  };
}

/**
 * Where a number can begin: a digit after a non-digit. "Rp 15jt" and "15 juta rupiah" both start
 * their number at one of these, and the suffixed and bare patterns start with the number.
 */
function digitRunStarts(text: string): number[] {
  const starts: number[] = [];
  let previousDigit = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39;
    if (digit && !previousDigit) starts.push(i);
    previousDigit = digit;
  }
  return starts;
}

/**
 * Where a prefixed amount can begin: its symbol ([a-z$], at most `maxSymbol` long) ends right
 * before a digit run or one blank before it, and has no letter or digit before it. In increasing
 * order, once each. Only valid when every symbol is made of a–z and $ (see createAmountExtractor).
 */
function symbolStarts(text: string, runs: readonly number[], maxSymbol: number): number[] {
  const starts: number[] = [];
  const found: number[] = [];
  for (const run of runs) {
    let end = run - 1;
    if (end >= 0 && isBlank(text.charCodeAt(end))) end -= 1;
    found.length = 0;
    for (let k = end; k >= 0 && k > end - maxSymbol && isSymbolChar(text.charCodeAt(k)); k -= 1) {
      if (k === 0 || !isAlnum(text.charCodeAt(k - 1))) found.push(k);
    }
    for (let i = found.length - 1; i >= 0; i -= 1) starts.push(found[i] ?? 0);
  }
  return starts;
}

/** Every position within `reach` characters before a digit run with no letter or digit before it. */
function positionsBeforeRuns(text: string, runs: readonly number[], reach: number): number[] {
  const starts: number[] = [];
  let from = 0;
  for (const run of runs) {
    for (let p = Math.max(from, run - reach); p < run; p += 1) {
      if (p === 0 || !isAlnum(text.charCodeAt(p - 1))) starts.push(p);
    }
    from = Math.max(from, run);
  }
  return starts;
}

function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

function isSymbolChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c === 0x24;
}

// What `\s` matches in the ASCII matching copy.
function isBlank(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
