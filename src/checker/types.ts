/**
 * Shapes shared by the job-ad checker: the compiled signal set loaded from content/signals and
 * the result of checking one ad. Plain data only, so the bot, the CLI and the benchmarks see
 * exactly the same thing.
 */
import type { Lang } from '../text/translate.js';

export type Localized = Readonly<Record<Lang, string>>;
export type Verdict = 'likely-scam' | 'suspicious' | 'no-signs-found';

export type EntityRule =
  | { readonly kind: 'phone'; readonly countries: readonly string[] }
  | { readonly kind: 'link'; readonly hosts: readonly string[] }
  | { readonly kind: 'email'; readonly domains: readonly string[] }
  | { readonly kind: 'handle' };

export interface AmountRule {
  readonly minIdr: number;
  /** Matches "gaji", "/bulan"… near the amount (within `AMOUNT_CONTEXT_WINDOW`). */
  readonly near: RegExp;
  /** Matches a word right before the amount that makes it a payment, not pay ("bayar 15jt", "fee 70 million"). */
  readonly notAfter: RegExp | undefined;
}

/** One compiled pattern and, when known, literals of which one must be in the ad for it to match. */
export interface SignalPattern {
  /** Global regex over the matching copy. */
  readonly regex: RegExp;
  /** Derived at load time; undefined means the pattern always runs. */
  readonly literals: readonly string[] | undefined;
  /**
   * Literals one of which every match begins with, at a word start (start-literals.ts); the
   * pattern is tried only there. Undefined: it scans the whole ad.
   */
  readonly startLiterals: readonly string[] | undefined;
}

export interface CompiledSignal {
  readonly id: string;
  readonly category: string;
  readonly weight: number;
  readonly title: Localized;
  readonly explain: Localized;
  readonly advice: Localized;
  readonly article: string;
  readonly patterns: readonly SignalPattern[];
  readonly unless: RegExp | undefined;
  readonly unlessSignals: readonly string[];
  readonly entity: EntityRule | undefined;
  readonly amount: AmountRule | undefined;
  readonly file: string;
}

export interface Combination {
  readonly id: string;
  readonly requires: readonly (readonly string[])[];
  readonly unless: readonly string[];
  readonly bonus: number;
  readonly explain: Localized;
}

export interface PlaceMatcher {
  readonly country: string;
  readonly hub: boolean;
  readonly transit: boolean;
  readonly regex: RegExp;
  /** Literals of which one must be in the ad for `regex` to match; undefined: always run it. */
  readonly literals: readonly string[] | undefined;
  /** Literals one of which every match begins with, at a word start; undefined: scan the whole ad. */
  readonly startLiterals: readonly string[] | undefined;
}

export interface Currency {
  readonly code: string;
  /** Approximate rupiah per unit. */
  readonly rate: number;
  readonly symbols: readonly string[];
  /**
   * Monthly pay in this currency up to which a wage is ordinary where it is paid (a legal minimum
   * wage times rates.yaml's `ordinaryPayOverLegalWage`), so a legal wage is never "too high".
   */
  readonly ordinaryPayUpTo?: number;
}

export interface VerdictThresholds {
  readonly likelyScam: number;
  readonly suspicious: number;
  readonly maxReduction: number;
  /**
   * A text that reads as a warning or a news report (one of `signals` fired and stood) and gives no
   * way to apply (no phone number, @handle or e-mail, no link outside `officialHosts`) recruits
   * nobody: its verdict is at most `maxVerdict`.
   */
  readonly notRecruiting?: {
    readonly signals: readonly string[];
    readonly maxVerdict: 'suspicious' | 'no-signs-found';
    readonly officialHosts: readonly string[];
  };
}

export interface SignalSet {
  readonly signals: readonly CompiledSignal[];
  readonly combinations: readonly Combination[];
  readonly places: readonly PlaceMatcher[];
  readonly currencies: readonly Currency[];
  readonly thresholds: VerdictThresholds;
}

export interface PhoneEntity { readonly e164: string; readonly country: string | null }
export interface AmountEntity {
  readonly text: string;
  readonly currency: string;
  readonly value: number;
  /** Approximate value in rupiah (fixed rates from content/signals/rates.yaml). */
  readonly idr: number;
}
export interface PlaceEntity { readonly text: string; readonly country: string; readonly hub: boolean }
export interface AgeEntity { readonly text: string; readonly min: number; readonly max: number }

export interface Entities {
  readonly phones: readonly PhoneEntity[];
  readonly links: readonly string[];
  readonly emails: readonly string[];
  readonly handles: readonly string[];
  readonly amounts: readonly AmountEntity[];
  readonly places: readonly PlaceEntity[];
  readonly ages: readonly AgeEntity[];
}

export interface FiredSignal {
  readonly id: string;
  readonly category: string;
  readonly weight: number;
  /** Words quoted from the ORIGINAL text (at most a few). */
  readonly evidence: readonly string[];
  readonly title: Localized;
  readonly explain: Localized;
  readonly advice: Localized;
  readonly article: string;
}

export interface FiredCombination {
  readonly id: string;
  readonly bonus: number;
  readonly explain: Localized;
}

export interface CheckResult {
  readonly verdict: Verdict;
  readonly score: number;
  /** Signals with a non-zero weight, warning signs first (highest weight first). */
  readonly signals: readonly FiredSignal[];
  readonly combinations: readonly FiredCombination[];
  /**
   * Weight-0 signals found ("abroad-mention", "job-context"): they change no score, only how the
   * reply is worded (render.ts: a job at home gets the checks for a job at home).
   */
  readonly markers: readonly string[];
  readonly entities: Entities;
  /** Countries of the places named, hub countries first (for the embassy advice). */
  readonly countries: readonly string[];
  /** True when the input was longer than MAX_AD_LENGTH and only its start was read. */
  readonly truncated: boolean;
}

/** checkAd reads at most this many UTF-16 units (1 MB of text). */
export const MAX_AD_LENGTH = 1_000_000;
