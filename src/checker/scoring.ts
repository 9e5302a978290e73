/**
 * From the evidence each signal found to what the user sees: which signals stand (a signal steps
 * aside when a more specific one fired), which combinations apply, the score and the verdict.
 * Everything that depends only on the signal set (ids to indices, the order by weight and by
 * bonus) is worked out once per set, so scoring an ad builds no maps, sets or sorted copies.
 */
import type { LocatedEntities } from './entities.js';
import type { CompiledSignal, FiredCombination, FiredSignal, SignalSet, Verdict } from './types.js';

export interface Scored {
  readonly verdict: Verdict;
  readonly score: number;
  /** Standing signals with a non-zero weight, highest weight first (ties in file order). */
  readonly signals: FiredSignal[];
  /** Combinations that apply, highest bonus first (ties in file order). */
  readonly combinations: FiredCombination[];
  /** Ids of standing weight-0 signals (context such as "abroad-mention"), in file order. */
  readonly markers: string[];
}

export type Score = (evidence: readonly (string[] | undefined)[], entities: LocatedEntities) => Scored;

const VERDICT_RANK: Readonly<Record<Verdict, number>> = { 'no-signs-found': 0, suspicious: 1, 'likely-scam': 2 };

/** Indices of the known ids (unknown ones are reported by validate-signals.ts, not here). */
function indicesOf(ids: readonly string[], index: ReadonlyMap<string, number>): Int32Array {
  return Int32Array.from(ids.flatMap((id) => {
    const i = index.get(id);
    return i === undefined ? [] : [i];
  }));
}

function anyIn(indices: Int32Array, mask: Uint8Array): boolean {
  for (let k = 0; k < indices.length; k += 1) if (mask[indices[k] ?? 0] === 1) return true;
  return false;
}

function firedSignal(signal: CompiledSignal, evidence: string[]): FiredSignal {
  return {
    id: signal.id, category: signal.category, weight: signal.weight, evidence,
    title: signal.title, explain: signal.explain, advice: signal.advice, article: signal.article,
  };
}

export function createScoring(set: SignalSet): Score {
  const index = new Map(set.signals.map((s, i) => [s.id, i]));
  const count = set.signals.length;
  const unlessOf = set.signals.map((s) => indicesOf(s.unlessSignals, index));
  // Array.prototype.sort is stable: equal weights (bonuses) keep their file order.
  const byWeight = set.signals.map((_, i) => i).sort((a, b) => (set.signals[b]?.weight ?? 0) - (set.signals[a]?.weight ?? 0));
  const combinations = [...set.combinations].sort((a, b) => b.bonus - a.bonus).map((c) => ({
    fired: { id: c.id, bonus: c.bonus, explain: c.explain } satisfies FiredCombination,
    requires: c.requires.map((group) => indicesOf(group, index)),
    unless: indicesOf(c.unless, index),
  }));
  const { thresholds } = set;
  const notRecruiting = thresholds.notRecruiting;
  const notRecruitingSignals = indicesOf(notRecruiting?.signals ?? [], index);
  const official = (host: string): boolean => (notRecruiting?.officialHosts ?? []).some((h) => host === h || host.endsWith(`.${h}`));
  // Scratch masks: scoring is synchronous and runs one ad at a time.
  const found = new Uint8Array(count);
  const stands = new Uint8Array(count);

  /**
   * A warning poster or a news report lists every bait word, but asks nobody to apply: when one of
   * the `notRecruiting` signals stood and the text gives no phone number, @handle, e-mail or link
   * outside the official hosts, the verdict is capped. A scam ad that copies a warning still needs
   * a way to be contacted, and then the cap does not apply.
   */
  function capped(verdict: Verdict, entities: LocatedEntities): Verdict {
    if (!notRecruiting || !anyIn(notRecruitingSignals, stands)) return verdict;
    const { phones, handles, emails, links } = entities.located;
    if (phones.length > 0 || handles.length > 0 || emails.length > 0 || links.some((l) => !official(l.host))) return verdict;
    return VERDICT_RANK[verdict] > VERDICT_RANK[notRecruiting.maxVerdict] ? notRecruiting.maxVerdict : verdict;
  }

  return (evidence, entities) => {
    for (let i = 0; i < count; i += 1) found[i] = (evidence[i]?.length ?? 0) > 0 ? 1 : 0;
    // Stepping aside looks at what fired, not at what still stands after others stepped aside.
    for (let i = 0; i < count; i += 1) stands[i] = found[i] === 1 && !anyIn(unlessOf[i] ?? new Int32Array(0), found) ? 1 : 0;

    let positive = 0;
    let negative = 0;
    for (let i = 0; i < count; i += 1) {
      if (stands[i] !== 1) continue;
      const weight = set.signals[i]?.weight ?? 0;
      if (weight > 0) positive += weight;
      else negative += weight;
    }
    const applied: FiredCombination[] = [];
    let bonus = 0;
    for (const c of combinations) {
      if (!c.requires.every((group) => anyIn(group, stands)) || anyIn(c.unless, stands)) continue;
      applied.push(c.fired);
      bonus += c.fired.bonus;
    }
    const score = Math.round((positive + bonus + Math.max(negative, -thresholds.maxReduction)) * 10) / 10;
    const verdict: Verdict = score >= thresholds.likelyScam ? 'likely-scam' : score >= thresholds.suspicious ? 'suspicious' : 'no-signs-found';

    const signals: FiredSignal[] = [];
    for (const i of byWeight) {
      const signal = set.signals[i];
      const quotes = evidence[i];
      if (stands[i] === 1 && signal && quotes && signal.weight !== 0) signals.push(firedSignal(signal, quotes));
    }
    const markers: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const signal = set.signals[i];
      if (stands[i] === 1 && signal && signal.weight === 0) markers.push(signal.id);
    }
    return { verdict: capped(verdict, entities), score, signals, combinations: applied, markers };
  };
}
