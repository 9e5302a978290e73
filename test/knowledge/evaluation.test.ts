import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateQuestions, parseQuestionsJsonl, type EvaluationReport, type LabelledQuestion } from '../../src/knowledge/evaluate.js';
import { inspectArticles } from '../../src/knowledge/validate-articles.js';

const questions: LabelledQuestion[] = parseQuestionsJsonl(readFileSync('test/fixtures/questions.jsonl', 'utf8'));
let report: EvaluationReport;
let articleIds: string[];

beforeAll(async () => {
  const { articles } = await inspectArticles('content', { now: new Date('2026-12-01T00:00:00Z'), strict: false });
  articleIds = [...new Set(articles.map((a) => a.id))];
  report = evaluateQuestions(articles, questions);
});

describe('the labelled question set', () => {
  it('has at least 8 phrasings for every article, in both languages overall, and 30 off-topic questions', () => {
    for (const id of articleIds) expect(questions.filter((q) => q.expect === id).length, id).toBeGreaterThanOrEqual(8);
    expect(questions.filter((q) => q.expect === null).length).toBeGreaterThanOrEqual(30);
    expect(questions.filter((q) => q.lang === 'en').length).toBeGreaterThan(50);
    expect(questions.filter((q) => q.split === 'holdout').length).toBeGreaterThan(questions.length / 5);
  });

  it('only names articles that exist', () => {
    const unknown = questions.filter((q) => q.expect !== null && !articleIds.includes(q.expect));
    expect(unknown).toEqual([]);
  });
});

describe('search quality does not regress', () => {
  it('finds the right article first for at least 80% of questions, and in the top 3 for 90%', () => {
    expect(report.ours.all.top1).toBeGreaterThanOrEqual(0.8);
    expect(report.ours.all.top3).toBeGreaterThanOrEqual(0.9);
  });

  it('declines at least 80% of off-topic questions, far more than plain BM25', () => {
    expect(report.ours.all.outOfScopeDeclined).toBeGreaterThanOrEqual(0.8);
    expect(report.ours.all.outOfScopeDeclined).toBeGreaterThan(report.baseline.all.outOfScopeDeclined);
  });

  it('is right at least 95% of the times it answers confidently', () => {
    expect(report.ours.all.confidentPrecision).toBeGreaterThanOrEqual(0.95);
  });

  it('works in both languages', () => {
    expect(report.ours.byLang.id.top1).toBeGreaterThanOrEqual(0.8);
    expect(report.ours.byLang.en.top1).toBeGreaterThanOrEqual(0.8);
  });
});
