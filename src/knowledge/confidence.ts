/**
 * Decides how sure the search is. Three signals, calibrated on test/fixtures/questions.jsonl:
 * how much of the question the best article covers, how far it stands ahead of the next one,
 * and whether anything matched at all. Off-topic questions must never get a confident answer,
 * so "not sure" is the default and confidence has to be earned.
 */
export interface Judgement {
  readonly confident: boolean;
  readonly outOfScope: boolean;
}

export interface Evidence {
  /** Scores of the ranked articles, best first. */
  readonly scores: readonly number[];
  /** Coverage of the best article (0–1). */
  readonly coverage: number;
  /** Topic words the best article covers (headline matches 1, body 0.6). */
  readonly covered: number;
  /** Topic words the best article has in its title, aliases, questions or summary. */
  readonly headlineWords: number;
  /** Topic words in the question (question words and filler excluded). */
  readonly topicWords: number;
  /** Plainly off-topic words in the question. */
  readonly offTopicWords: number;
}

export const THRESHOLDS = {
  /** Below this coverage the question is about something the articles do not discuss... */
  outOfScopeCoverage: 0.2,
  /** ...unless the best article covers this many of its words: a long story asks little per word. */
  inScopeCovered: 1.5,
  /** Coverage needed to answer with one article. */
  confidentCoverage: 0.55,
  /** The best article must lead the second by this share of its score... */
  confidentGap: 0.25,
  /** ...unless it covers nearly everything asked. */
  fullCoverage: 0.9,
  fullCoverageGap: 0.1,
} as const;

export function judge(evidence: Evidence): Judgement {
  const [top = 0, second = 0] = evidence.scores;
  if (top <= 0 || evidence.topicWords === 0) return { confident: false, outOfScope: true };
  if (evidence.coverage < THRESHOLDS.outOfScopeCoverage && evidence.covered < THRESHOLDS.inScopeCovered) return { confident: false, outOfScope: true };
  if (evidence.offTopicWords > 0 && evidence.coverage < 0.75) return { confident: false, outOfScope: true };
  const gap = (top - second) / top;
  // An article that mentions the words only in its body ("perpanjang SIM" in a passage on lost
  // passports) is not about them: offer it as a choice, never as the answer.
  const confident = evidence.headlineWords > 0 && (
    (evidence.coverage >= THRESHOLDS.confidentCoverage && gap >= THRESHOLDS.confidentGap) ||
    (evidence.coverage >= THRESHOLDS.fullCoverage && gap >= THRESHOLDS.fullCoverageGap));
  return { confident, outOfScope: false };
}
