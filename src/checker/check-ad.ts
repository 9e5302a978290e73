/**
 * The job-ad checker. Promise: `checkAd(text, signals)` never throws on any input, reads at most
 * MAX_AD_LENGTH characters, runs in time linear in the input (every pattern is bounded, every
 * list is capped), and returns a verdict with the ORIGINAL words behind each warning sign.
 * It never calls an ad safe: the best verdict is "no-signs-found".
 * Speed: a pattern whose matches must begin with one of a few words (start-literals.ts) is tried
 * only at the word starts where one of them stands (start-index.ts), not at every character; the
 * few others are skipped when none of the words they need is in the ad (prefilter.ts). Neither
 * can change a result: a match can begin nowhere else.
 */
import { quoteOriginal, type MappedText } from '../text/normalize.js';
import { AGE_START_LITERALS, createEntityExtractor, type EntityExtractor, type LocatedEntities } from './entities.js';
import { matchingCopy } from './matching-text.js';
import { createPrefilter, mayMatch, type Prefilter } from './prefilter.js';
import { createScoring, type Score } from './scoring.js';
import { createStartIndex, stickyAtWordStart, type StartIndex, type StartPositions } from './start-index.js';
import { MAX_AD_LENGTH, type CheckResult, type CompiledSignal, type PlaceEntity, type SignalSet } from './types.js';

/** Characters on each side of a match in which an `unless` phrase cancels it. */
const UNLESS_WINDOW = 40;
/** Characters on each side of an amount in which "gaji", "/bulan"… must appear. */
const AMOUNT_CONTEXT_WINDOW = 40;
const MAX_EVIDENCE = 3;
// After this many matches of one pattern were all cancelled by `unless`, stop looking (junk input).
const MAX_MATCHES_PER_PATTERN = 200;

interface Prepared {
  readonly extract: EntityExtractor;
  readonly prefilter: Prefilter;
  /** Where patterns with start literals, then place lists, may begin in an ad. */
  readonly starts: StartIndex;
  /** Per signal, per pattern: its index among the start index's targets. */
  readonly targets: readonly (readonly number[])[];
  /** Per signal, per pattern: a sticky copy of its regex when it has start literals. */
  readonly sticky: readonly (readonly (RegExp | undefined)[])[];
  readonly score: Score;
  /**
   * Per signal: 1 when it must always be looked at (an entity or amount rule, or a pattern that
   * scans the whole ad), else 0: then it has evidence only where one of its targets has a start.
   */
  readonly alwaysLook: Uint8Array;
}

// Built once per loaded signal set: the entity extractor, the literal prefilter and the start index.
const prepared = new WeakMap<SignalSet, Prepared>();

function preparedFor(set: SignalSet): Prepared {
  let p = prepared.get(set);
  if (!p) {
    const startLiterals: (readonly string[] | undefined)[] = [];
    const targets = set.signals.map((signal) => signal.patterns.map((pattern) => startLiterals.push(pattern.startLiterals) - 1));
    const sticky = set.signals.map((signal) => signal.patterns.map((pattern) => (pattern.startLiterals ? stickyAtWordStart(pattern.regex) : undefined)));
    const placeOffset = startLiterals.length;
    for (const place of set.places) startLiterals.push(place.startLiterals);
    startLiterals.push(AGE_START_LITERALS);
    p = {
      extract: createEntityExtractor(set, placeOffset), prefilter: createPrefilter(set), starts: createStartIndex(startLiterals),
      targets, sticky, score: createScoring(set),
      alwaysLook: Uint8Array.from(set.signals, (signal) => (signal.entity || signal.amount || signal.patterns.some((pattern) => !pattern.startLiterals) ? 1 : 0)),
    };
    prepared.set(set, p);
  }
  return p;
}

function windowHas(regex: RegExp | undefined, text: string, from: number, to: number, width: number): boolean {
  if (!regex) return false;
  regex.lastIndex = 0;
  const hit = regex.test(text.slice(Math.max(0, from - width), Math.min(text.length, to + width)));
  regex.lastIndex = 0;
  return hit;
}

/** Characters before an amount in which a word such as "bayar" makes it a payment. */
const PAID_OUT_WINDOW = 30;

/** The amount at `from` follows a word that makes it money paid out ("bayar 15jt"), not pay. */
function paidOut(notAfter: RegExp | undefined, text: string, from: number): boolean {
  return notAfter !== undefined && notAfter.test(text.slice(Math.max(0, from - PAID_OUT_WINDOW), from));
}

// Plain functions, no closures per signal: this runs for every signal of every ad.
// A number's pattern takes its separators ("usia 18-35,"): the sentence's comma or stop is no part of the quote.
const TRAILING_PUNCTUATION = /[.,;:]+$/;

function addQuote(quotes: string[], quote: string): void {
  const trimmed = quote.replace(TRAILING_PUNCTUATION, '');
  const q = trimmed.length > 80 ? `${trimmed.slice(0, 77)}…` : trimmed;
  if (q.length === 0 || quotes.length >= MAX_EVIDENCE) return;
  const lower = q.toLowerCase();
  for (const x of quotes) if (x.toLowerCase() === lower) return;
  quotes.push(q);
}

function cancelled(signal: CompiledSignal, text: string, from: number, to: number): boolean {
  return windowHas(signal.unless, text, from, to, UNLESS_WINDOW);
}

const NO_EVIDENCE: string[] = [];

/** The quotes with the match [from, to) added unless `unless` cancels it (a new array the first time). */
function withMatch(quotes: string[], signal: CompiledSignal, original: string, mapped: MappedText, from: number, to: number): string[] {
  if (cancelled(signal, mapped.text, from, to)) return quotes;
  const q = quotes === NO_EVIDENCE ? [] : quotes;
  addQuote(q, quoteOriginal(original, mapped, from, to));
  return q;
}

/** Per ad: what the prefilter and the start index found. */
interface AdScan {
  readonly present: Uint8Array;
  readonly positions: StartPositions;
}

function evidenceFor(
  signal: CompiledSignal, original: string, mapped: MappedText, entities: LocatedEntities,
  scan: AdScan, patternIds: readonly (Int32Array | undefined)[], targets: readonly number[], stickies: readonly (RegExp | undefined)[],
): string[] {
  let quotes = NO_EVIDENCE;
  const text = mapped.text;

  for (let p = 0; p < signal.patterns.length; p += 1) {
    const pattern = signal.patterns[p];
    if (!pattern) continue;
    const sticky = stickies[p];
    if (sticky) {
      // Tried only where a match can begin (start-index.ts): the same matches, in the same order,
      // as the exec loop below would find scanning every character. The loop of eachMatchAt,
      // written out: a closure per pattern per ad measured ~6 % slower on the whole check.
      const t = targets[p] ?? 0;
      const { from: first, at } = scan.positions;
      const end = first[t + 1] ?? 0;
      let next = 0;
      let seen = 0;
      for (let k = first[t] ?? 0; k < end; k += 1) {
        const from = at[k] ?? 0;
        if (from < next) continue;
        sticky.lastIndex = from;
        // test, not exec: a sticky regex leaves lastIndex at the end of its match, and no match array is built.
        if (!sticky.test(text)) continue;
        const to = sticky.lastIndex;
        next = to > from ? to : from + 1;
        seen += 1;
        quotes = withMatch(quotes, signal, original, mapped, from, to);
        if (quotes.length >= MAX_EVIDENCE || seen >= MAX_MATCHES_PER_PATTERN) break;
      }
      sticky.lastIndex = 0;
      continue;
    }
    if (!mayMatch(scan.present, patternIds[p])) continue;
    // exec on the pattern itself, as matchAll would on its copy (no copy per call).
    const regex = pattern.regex;
    regex.lastIndex = 0;
    let seen = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) regex.lastIndex += 1;
      seen += 1;
      quotes = withMatch(quotes, signal, original, mapped, m.index, m.index + m[0].length);
      if (quotes.length >= MAX_EVIDENCE || seen >= MAX_MATCHES_PER_PATTERN) break;
    }
    regex.lastIndex = 0;
  }
  const rule = signal.entity;
  if (rule) {
    if (quotes === NO_EVIDENCE) quotes = [];
    const { phones, links, emails, handles } = entities.located;
    switch (rule.kind) {
      case 'phone':
        for (const p of phones) if (p.country !== null && rule.countries.includes(p.country) && !cancelled(signal, text, p.from, p.to)) addQuote(quotes, p.text);
        break;
      case 'link':
        for (const l of links) if (rule.hosts.includes(l.host) && !cancelled(signal, text, l.from, l.to)) addQuote(quotes, l.value);
        break;
      case 'email':
        for (const e of emails) if (rule.domains.includes(e.domain) && !cancelled(signal, text, e.from, e.to)) addQuote(quotes, e.value);
        break;
      case 'handle':
        for (const h of handles) if (!cancelled(signal, text, h.from, h.to)) addQuote(quotes, h.value);
        break;
    }
  }
  if (signal.amount) {
    if (quotes === NO_EVIDENCE) quotes = [];
    for (const a of entities.located.amounts) {
      // NT$29,500 in Taiwan is the legal minimum wage, not bait, whatever it is in rupiah.
      if (a.idr >= signal.amount.minIdr && !a.ordinaryWage && windowHas(signal.amount.near, text, a.from, a.to, AMOUNT_CONTEXT_WINDOW)
        && !paidOut(signal.amount.notAfter, text, a.from) && !cancelled(signal, text, a.from, a.to)) addQuote(quotes, a.text);
    }
  }
  return quotes;
}

/** True when one of `targets` has a start in the ad (start-index.ts). */
function anyStart(from: Int32Array, targets: readonly number[]): boolean {
  for (const t of targets) if ((from[t] ?? 0) < (from[t + 1] ?? 0)) return true;
  return false;
}

/** Countries of the places named, hub countries first, each once. */
function countriesOf(places: readonly PlaceEntity[]): string[] {
  const countries: string[] = [];
  for (const hub of [true, false]) {
    for (const p of places) if (p.hub === hub && !countries.includes(p.country)) countries.push(p.country);
  }
  return countries;
}

export function checkAd(text: string, signals: SignalSet): CheckResult {
  const input = typeof text === 'string' ? text : '';
  const truncated = input.length > MAX_AD_LENGTH;
  const original = truncated ? input.slice(0, MAX_AD_LENGTH) : input;
  const mapped = matchingCopy(original);
  const { extract, prefilter, starts, targets, sticky, score, alwaysLook } = preparedFor(signals);
  const scan: AdScan = { present: prefilter.scan(mapped.text), positions: starts.positions(mapped.text) };
  const found = extract(original, mapped, scan.present, prefilter.placeIds, scan.positions);

  const evidence: (string[] | undefined)[] = [];
  const { from } = scan.positions;
  for (let i = 0; i < signals.signals.length; i += 1) {
    const signal = signals.signals[i];
    // Most signals have no start in a given ad: skip them without touching their patterns.
    if (signal && alwaysLook[i] === 0 && !anyStart(from, targets[i] ?? [])) evidence.push(NO_EVIDENCE);
    else evidence.push(signal ? evidenceFor(signal, original, mapped, found, scan, prefilter.patternIds[i] ?? [], targets[i] ?? [], sticky[i] ?? []) : undefined);
  }
  const { verdict, score: points, signals: fired, combinations, markers } = score(evidence, found);
  return { verdict, score: points, signals: fired, combinations, markers, entities: found.entities, countries: countriesOf(found.entities.places), truncated };
}
