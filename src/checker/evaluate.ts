/**
 * Measures the checker on labelled ads (test/fixtures/ads.jsonl) for `npm run eval` and the
 * regression test: verdict confusion matrix per split, the SpamAssassin-style "mass-check"
 * (how often each signal fires on scam vs legitimate text) and a naive keyword-list baseline
 * for comparison. Returns plain data; printing is the caller's job.
 */
import { z } from 'zod';
import { checkAd } from './check-ad.js';
import type { SignalSet, Verdict } from './types.js';
import { normalize } from '../text/normalize.js';

export const labelledAdSchema = z.object({
  text: z.string(),
  label: z.enum(['scam', 'suspicious', 'legit']),
  note: z.string().optional(),
  split: z.enum(['train', 'holdout']).optional(),
});
export type LabelledAd = z.infer<typeof labelledAdSchema>;
type Label = LabelledAd['label'];

export function parseAdsJsonl(jsonl: string): LabelledAd[] {
  return jsonl.split('\n').filter((l) => l.trim() !== '').map((l) => labelledAdSchema.parse(JSON.parse(l)));
}

export type Confusion = Record<Label, Record<Verdict, number>>;

export interface SplitReport {
  readonly count: number;
  readonly confusion: Confusion;
  /** Share of scam ads judged likely-scam. */
  readonly scamLikely: number;
  /** Share of scam ads judged at least suspicious. */
  readonly scamFlagged: number;
  /** Share of legitimate texts judged likely-scam. */
  readonly legitLikely: number;
  /** Share of legitimate texts judged at least suspicious. */
  readonly legitFlagged: number;
  readonly mistakes: readonly { note: string; label: Label; verdict: Verdict; score: number }[];
}

export interface EvaluationReport {
  readonly train: SplitReport;
  readonly holdout: SplitReport;
  readonly all: SplitReport;
  /** Per signal: how many scam / legit texts it fired on (all splits). */
  readonly massCheck: readonly { id: string; weight: number; scam: number; suspicious: number; legit: number }[];
  /** The naive keyword list on the same ads (likely-scam when any keyword appears). */
  readonly baseline: { readonly train: SplitReport; readonly holdout: SplitReport; readonly all: SplitReport };
}

/** A deliberately naive filter for comparison: any of these words means "likely-scam". */
export const BASELINE_KEYWORDS = [
  'kamboja', 'cambodia', 'myanmar', 'laos', 'visa turis', 'bebas visa', 'gaji besar', 'tanpa pengalaman',
  'tiket ditanggung', 'admin', 'customer service', 'crypto', 'judi', 'no experience', 'tourist visa',
];

function emptyConfusion(): Confusion {
  const row = (): Record<Verdict, number> => ({ 'likely-scam': 0, suspicious: 0, 'no-signs-found': 0 });
  return { scam: row(), suspicious: row(), legit: row() };
}

function report(rows: readonly { ad: LabelledAd; verdict: Verdict; score: number }[]): SplitReport {
  const confusion = emptyConfusion();
  for (const r of rows) confusion[r.ad.label][r.verdict] += 1;
  const share = (label: Label, verdicts: Verdict[]): number => {
    const total = Object.values(confusion[label]).reduce((a, b) => a + b, 0);
    return total === 0 ? 0 : verdicts.reduce((s, v) => s + confusion[label][v], 0) / total;
  };
  const wrong = (r: { ad: LabelledAd; verdict: Verdict }): boolean =>
    r.ad.label === 'scam' ? r.verdict !== 'likely-scam' : r.ad.label === 'legit' ? r.verdict === 'likely-scam' : r.verdict === 'no-signs-found';
  return {
    count: rows.length,
    confusion,
    scamLikely: share('scam', ['likely-scam']),
    scamFlagged: share('scam', ['likely-scam', 'suspicious']),
    legitLikely: share('legit', ['likely-scam']),
    legitFlagged: share('legit', ['likely-scam', 'suspicious']),
    mistakes: rows.filter(wrong).map((r) => ({ note: r.ad.note ?? r.ad.text.slice(0, 60), label: r.ad.label, verdict: r.verdict, score: r.score })),
  };
}

function bySplit(rows: readonly { ad: LabelledAd; verdict: Verdict; score: number }[]): { train: SplitReport; holdout: SplitReport; all: SplitReport } {
  return {
    train: report(rows.filter((r) => r.ad.split !== 'holdout')),
    holdout: report(rows.filter((r) => r.ad.split === 'holdout')),
    all: report(rows),
  };
}

export function evaluateChecker(ads: readonly LabelledAd[], signals: SignalSet): EvaluationReport {
  const results = ads.map((ad) => ({ ad, result: checkAd(ad.text, signals) }));
  const rows = results.map(({ ad, result }) => ({ ad, verdict: result.verdict, score: result.score }));

  const massCheck = signals.signals.map((s) => {
    const count = (label: Label): number => results.filter(({ ad, result }) => ad.label === label && result.signals.some((f) => f.id === s.id)).length;
    return { id: s.id, weight: s.weight, scam: count('scam'), suspicious: count('suspicious'), legit: count('legit') };
  });

  const keywords = BASELINE_KEYWORDS.map((k) => new RegExp(`(?<![a-z0-9])${k}(?![a-z0-9])`));
  const baselineRows = ads.map((ad) => {
    const text = normalize(ad.text);
    const hit = keywords.some((k) => k.test(text));
    return { ad, verdict: (hit ? 'likely-scam' : 'no-signs-found') as Verdict, score: hit ? 1 : 0 };
  });

  return { ...bySplit(rows), massCheck, baseline: bySplit(baselineRows) };
}
