/**
 * Measures search quality on labelled questions (test/fixtures/questions.jsonl): top-1, top-3,
 * how often confident answers are right, and how often off-topic questions are declined, per
 * language and per split, next to a plain BM25 baseline (MiniSearch defaults, no normalisation,
 * no boosts, no fuzzy) over the same articles. Returns plain data for `npm run eval`.
 */
import MiniSearch from 'minisearch';
import { z } from 'zod';
import type { Lang } from '../text/translate.js';
import { LANGS, type Article } from './article.js';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';

export const labelledQuestionSchema = z.object({
  text: z.string(),
  lang: z.enum(['id', 'en']),
  expect: z.string().nullable(),
  split: z.enum(['dev', 'holdout']).optional(),
});
export type LabelledQuestion = z.infer<typeof labelledQuestionSchema>;

export function parseQuestionsJsonl(text: string): LabelledQuestion[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, index }) => {
      const parsed = labelledQuestionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`questions line ${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data;
    });
}

export interface Scores {
  /** Questions that have an expected article. */
  readonly inScope: number;
  readonly top1: number;
  readonly top3: number;
  /** Share of in-scope questions answered confidently. */
  readonly confidentRate: number;
  /** Of the confident answers (in scope or not), the share that named the expected article. */
  readonly confidentPrecision: number;
  /** Questions with no expected article. */
  readonly outOfScope: number;
  /** Share of those not answered confidently. */
  readonly outOfScopeDeclined: number;
  /** Share of those flagged as out of scope (the bot says what it helps with). */
  readonly outOfScopeFlagged: number;
}

export interface Miss {
  readonly text: string;
  readonly expect: string | null;
  readonly got: readonly string[];
  readonly confident: boolean;
}

export interface EvaluationReport {
  readonly ours: { readonly all: Scores; readonly byLang: Record<Lang, Scores>; readonly dev: Scores; readonly holdout: Scores };
  readonly baseline: { readonly all: Scores; readonly byLang: Record<Lang, Scores>; readonly dev: Scores; readonly holdout: Scores };
  /** Our wrong or unconfident answers, for tuning content (not the engine) question by question. */
  readonly misses: readonly Miss[];
}

interface Outcome {
  readonly question: LabelledQuestion;
  readonly ids: readonly string[];
  readonly confident: boolean;
  readonly outOfScope: boolean;
}

const ratio = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n / d) * 1000) / 1000);

function score(outcomes: readonly Outcome[]): Scores {
  const inScope = outcomes.filter((o) => o.question.expect !== null);
  const outside = outcomes.filter((o) => o.question.expect === null);
  const confident = outcomes.filter((o) => o.confident);
  return {
    inScope: inScope.length,
    top1: ratio(inScope.filter((o) => o.ids[0] === o.question.expect).length, inScope.length),
    top3: ratio(inScope.filter((o) => o.ids.slice(0, 3).includes(o.question.expect ?? '')).length, inScope.length),
    confidentRate: ratio(inScope.filter((o) => o.confident).length, inScope.length),
    confidentPrecision: ratio(confident.filter((o) => o.ids[0] === o.question.expect).length, confident.length),
    outOfScope: outside.length,
    outOfScopeDeclined: ratio(outside.filter((o) => !o.confident).length, outside.length),
    outOfScopeFlagged: ratio(outside.filter((o) => o.outOfScope).length, outside.length),
  };
}

function summarise(outcomes: readonly Outcome[]) {
  const byLang = Object.fromEntries(LANGS.map((lang) => [lang, score(outcomes.filter((o) => o.question.lang === lang))])) as Record<Lang, Scores>;
  return {
    all: score(outcomes),
    byLang,
    dev: score(outcomes.filter((o) => o.question.split !== 'holdout')),
    holdout: score(outcomes.filter((o) => o.question.split === 'holdout')),
  };
}

/** Plain BM25: what MiniSearch does out of the box. Declines only when nothing matches. */
function createBaseline(articles: readonly Article[]): (question: LabelledQuestion) => Outcome {
  const indexes = new Map(
    LANGS.map((lang) => {
      const index = new MiniSearch({ fields: ['title', 'aliases', 'questions', 'summary', 'body'], idField: 'id' });
      index.addAll(
        articles
          .filter((a) => a.lang === lang)
          .map((a) => ({ id: a.id, title: a.title, aliases: a.aliases.join(' '), questions: a.questions.join(' '), summary: a.summary, body: a.body })),
      );
      return [lang, index] as const;
    }),
  );
  return (question) => {
    const results = indexes.get(question.lang)?.search(question.text) ?? [];
    const ids = results.slice(0, 5).map((r) => String(r.id));
    return { question, ids, confident: ids.length > 0, outOfScope: ids.length === 0 };
  };
}

export function evaluateQuestions(
  articles: readonly Article[],
  questions: readonly LabelledQuestion[],
  knowledgeBase: KnowledgeBase = createKnowledgeBase(articles),
): EvaluationReport {
  const ours: Outcome[] = questions.map((question) => {
    // The fixture's language stands in for the user's interface language (a tie-breaker only).
    const response = knowledgeBase.search(question.text, { lang: question.lang });
    return { question, ids: response.results.map((r) => r.id), confident: response.confident, outOfScope: response.outOfScope };
  });
  const baseline = createBaseline(articles);
  const misses = ours
    .filter((o) => (o.question.expect === null ? o.confident : !o.confident || o.ids[0] !== o.question.expect))
    .map((o) => ({ text: o.question.text, expect: o.question.expect, got: o.ids.slice(0, 3), confident: o.confident }));
  return { ours: summarise(ours), baseline: summarise(questions.map(baseline)), misses };
}
