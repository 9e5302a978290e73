/**
 * `kawan content check` for content/signals: schema and pattern problems with file and line,
 * then every signal's own examples (SpamAssassin-style rule tests): each `match` text must make
 * the signal fire and each `noMatch` text must not. Also warns when the approximate exchange
 * rates have not been reviewed for a year (an error with `strict`).
 */
import type { ContentIssue } from '../content/content-issue.js';
import { checkAd } from './check-ad.js';
import { readSignalContent, type SignalExample } from './load-signals.js';
import type { SignalSet } from './types.js';

const RATES_MAX_AGE_DAYS = 365;

/** Whether one signal fires on a text, judged alone (so other signals cannot hide it). */
export function signalFiresOn(set: SignalSet, signalId: string, text: string): boolean {
  const signal = set.signals.find((s) => s.id === signalId);
  if (!signal) return false;
  // Weight 0 signals are not listed in results; judge them with a stand-in weight.
  const probe = { ...signal, weight: signal.weight === 0 ? 1 : signal.weight, unlessSignals: [] };
  return checkAd(text, { ...set, signals: [probe], combinations: [] }).signals.some((s) => s.id === signalId);
}

export function exampleFailures(set: SignalSet, examples: readonly SignalExample[]): SignalExample[] {
  return examples.filter((ex) => signalFiresOn(set, ex.signalId, ex.text) !== (ex.expect === 'match'));
}

export async function validateSignals(contentDir: string, opts: { now: Date; strict: boolean }): Promise<ContentIssue[]> {
  const { set, issues, examples, ratesReviewed } = await readSignalContent(contentDir);
  if (set) {
    for (const ex of exampleFailures(set, examples)) {
      issues.push({
        file: ex.file,
        line: ex.line,
        severity: 'error',
        message: ex.expect === 'match'
          ? `signal '${ex.signalId}' does not fire on its example "${ex.text}"; add a pattern that covers it or fix the example`
          : `signal '${ex.signalId}' fires on its noMatch example "${ex.text}"; narrow the pattern or add an 'unless' phrase`,
      });
    }
  }
  if (ratesReviewed) {
    const ageDays = (opts.now.getTime() - ratesReviewed.date.getTime()) / 86_400_000;
    if (ageDays > RATES_MAX_AGE_DAYS) {
      issues.push({
        file: ratesReviewed.file,
        line: ratesReviewed.line,
        severity: opts.strict ? 'error' : 'warning',
        message: `'reviewed' is more than a year old; check the approximate rates and update the date (YYYY-MM-DD)`,
      });
    }
  }
  return issues;
}
