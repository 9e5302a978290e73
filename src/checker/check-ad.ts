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
import { createEntityExtractor, type EntityExtractor, type LocatedEntities } from './entities.js';
import { matchingCopy } from './matching-text.js';
import { createPrefilter, mayMatch, type Prefilter } from './prefilter.js';
import { createStartIndex, stickyCopy, type StartIndex } from './start-index.js';
import {
  MAX_AD_LENGTH,
  type CheckResult, type CompiledSignal, type FiredCombination, type FiredSignal, type SignalSet, type Verdict,
} from './types.js';

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
}

// Built once per loaded signal set: the entity extractor, the literal prefilter and the start index.
const prepared = new WeakMap<SignalSet, Prepared>();

function preparedFor(set: SignalSet): Prepared {
  let p = prepared.get(set);
  if (!p) {
    const startLiterals: (readonly string[] | undefined)[] = [];
    const targets = set.signals.map((signal) => signal.patterns.map((pattern) => startLiterals.push(pattern.startLiterals) - 1));
    const sticky = set.signals.map((signal) => signal.patterns.map((pattern) => (pattern.startLiterals ? stickyCopy(pattern.regex) : undefined)));
    const placeOffset = startLiterals.length;
    for (const place of set.places) startLiterals.push(place.startLiterals);
    p = { extract: createEntityExtractor(set, placeOffset), prefilter: createPrefilter(set), starts: createStartIndex(startLiterals), targets, sticky };
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

// Plain functions, no closures per signal: this runs for every signal of every ad.
function addQuote(quotes: string[], quote: string): void {
  const q = quote.length > 80 ? `${quote.slice(0, 77)}…` : quote;
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
  readonly positions: readonly (number[] | undefined)[];
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
      const starts = scan.positions[targets[p] ?? -1];
      if (!starts) continue;
      let next = 0;
      let seen = 0;
      for (let k = 0; k < starts.length; k += 1) {
        const from = starts[k] ?? 0;
        if (from < next) continue;
        sticky.lastIndex = from;
        const m = sticky.exec(text);
        if (m === null) continue;
        const to = from + m[0].length;
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
      if (a.idr >= signal.amount.minIdr && windowHas(signal.amount.near, text, a.from, a.to, AMOUNT_CONTEXT_WINDOW) && !cancelled(signal, text, a.from, a.to)) addQuote(quotes, a.text);
    }
  }
  return quotes;
}

function verdictOf(score: number, set: SignalSet): Verdict {
  if (score >= set.thresholds.likelyScam) return 'likely-scam';
  if (score >= set.thresholds.suspicious) return 'suspicious';
  return 'no-signs-found';
}

const VERDICT_RANK: Readonly<Record<Verdict, number>> = { 'no-signs-found': 0, suspicious: 1, 'likely-scam': 2 };

/**
 * A warning poster or a news report lists every bait word, but asks nobody to apply: when one of
 * the `notRecruiting` signals stood (they step aside for a call to apply) and the text gives no
 * phone number, @handle, e-mail or link outside the official hosts, the verdict is capped. A scam
 * ad that copies a warning still needs a way to be contacted, and then the cap does not apply.
 */
function capIfNotRecruiting(verdict: Verdict, set: SignalSet, fired: ReadonlySet<string>, entities: LocatedEntities): Verdict {
  const rule = set.thresholds.notRecruiting;
  if (!rule || !rule.signals.some((id) => fired.has(id))) return verdict;
  const { phones, handles, emails, links } = entities.located;
  const official = (host: string): boolean => rule.officialHosts.some((h) => host === h || host.endsWith(`.${h}`));
  if (phones.length > 0 || handles.length > 0 || emails.length > 0 || links.some((l) => !official(l.host))) return verdict;
  return VERDICT_RANK[verdict] > VERDICT_RANK[rule.maxVerdict] ? rule.maxVerdict : verdict;
}

export function checkAd(text: string, signals: SignalSet): CheckResult {
  const input = typeof text === 'string' ? text : '';
  const truncated = input.length > MAX_AD_LENGTH;
  const original = truncated ? input.slice(0, MAX_AD_LENGTH) : input;
  const mapped = matchingCopy(original);
  const { extract, prefilter, starts, targets, sticky } = preparedFor(signals);
  const scan: AdScan = { present: prefilter.scan(mapped.text), positions: starts.positions(mapped.text) };
  const entities = extract(original, mapped, scan.present, prefilter.placeIds, scan.positions);

  const found = new Map<string, { signal: CompiledSignal; evidence: string[] }>();
  for (let i = 0; i < signals.signals.length; i += 1) {
    const signal = signals.signals[i];
    if (!signal) continue;
    const evidence = evidenceFor(signal, original, mapped, entities, scan, prefilter.patternIds[i] ?? [], targets[i] ?? [], sticky[i] ?? []);
    if (evidence.length > 0) found.set(signal.id, { signal, evidence });
  }
  // A signal may step aside when a more specific one fired (e.g. "workplace in Indonesia" when the ad names a country abroad).
  const firedIds = new Set(found.keys());
  for (const [id, { signal }] of found) {
    if (signal.unlessSignals.some((other) => firedIds.has(other))) found.delete(id);
  }
  const fired = new Set(found.keys());

  const combinations: FiredCombination[] = signals.combinations
    .filter((c) => c.requires.every((group) => group.some((id) => fired.has(id))) && !c.unless.some((id) => fired.has(id)))
    .map((c) => ({ id: c.id, bonus: c.bonus, explain: c.explain }))
    .sort((a, b) => b.bonus - a.bonus);

  let positive = 0;
  let negative = 0;
  for (const { signal } of found.values()) {
    if (signal.weight > 0) positive += signal.weight;
    else negative += signal.weight;
  }
  const bonus = combinations.reduce((sum, c) => sum + c.bonus, 0);
  const score = Math.round((positive + bonus + Math.max(negative, -signals.thresholds.maxReduction)) * 10) / 10;

  const firedSignals: FiredSignal[] = [...found.values()]
    .filter(({ signal }) => signal.weight !== 0)
    .sort((a, b) => b.signal.weight - a.signal.weight)
    .map(({ signal, evidence }) => ({
      id: signal.id, category: signal.category, weight: signal.weight, evidence,
      title: signal.title, explain: signal.explain, advice: signal.advice, article: signal.article,
    }));

  const countries = [...new Set([...entities.places].sort((a, b) => Number(b.hub) - Number(a.hub)).map((p) => p.country))];
  const { located: _located, ...plainEntities } = entities;
  void _located;
  const verdict = capIfNotRecruiting(verdictOf(score, signals), signals, fired, entities);
  return { verdict, score, signals: firedSignals, combinations, entities: plainEntities, countries, truncated };
}
