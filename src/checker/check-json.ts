/**
 * The machine-readable form of a CheckResult, the contract of `kawan check --json`:
 * {verdict, score, signals: [{id, weight, evidence}], combinations, entities: {phones, links,
 * amounts, places, emails, handles, ages}}.
 */
import type { CheckResult, Entities, Verdict } from './types.js';

export interface CheckJson {
  readonly verdict: Verdict;
  readonly score: number;
  readonly signals: readonly { id: string; weight: number; evidence: readonly string[] }[];
  readonly combinations: readonly { id: string; bonus: number }[];
  readonly entities: Entities;
  readonly truncated?: true;
}

export function toCheckJson(result: CheckResult): CheckJson {
  return {
    verdict: result.verdict,
    score: result.score,
    signals: result.signals.map((s) => ({ id: s.id, weight: s.weight, evidence: s.evidence })),
    combinations: result.combinations.map((c) => ({ id: c.id, bonus: c.bonus })),
    entities: result.entities,
    ...(result.truncated ? { truncated: true as const } : {}),
  };
}
