/**
 * Gathers the quality figures for `npm run eval` from the owners' evaluators, each next to its
 * baseline: questions (knowledge base vs plain BM25), ads (checker vs a naive keyword list, plus
 * the per-signal mass-check) and routing (emergencies, ad/question/other). Returns plain data
 * in which every rate is a share in [0, 1], plus the per-case misses (`withoutMisses` drops them
 * for the short JSON).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { evaluateChecker, loadSignals, parseAdsJsonl } from '../../src/checker/index.js';
import { evaluateQuestions, parseQuestionsJsonl } from '../../src/knowledge/evaluate.js';
import { inspectArticles } from '../../src/knowledge/validate-articles.js';
import { evaluateRouter } from '../../src/router/index.js';

export interface EvalOptions {
  readonly contentDir: string;
  readonly fixturesDir: string;
  readonly warn: (line: string) => void;
}

const share = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n / d) * 1000) / 1000);

const MISS_KEYS = new Set(['misses', 'mistakes']);

/** A copy without the per-case lists of misses, for the figures-only JSON. */
export function withoutMisses(figures: EvalFigures): unknown {
  return JSON.parse(JSON.stringify(figures, (key, value: unknown) => (MISS_KEYS.has(key) ? undefined : value))) as unknown;
}

export async function collectQuestions(options: EvalOptions) {
  const { articles, issues } = await inspectArticles(options.contentDir, { now: new Date(), strict: false });
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) options.warn(`${errors.length} article error(s); evaluating the ${articles.length} valid articles`);
  const questions = parseQuestionsJsonl(await readFile(join(options.fixturesDir, 'questions.jsonl'), 'utf8'));
  const report = evaluateQuestions(articles, questions);
  const holdout = questions.filter((q) => q.split === 'holdout').length;
  return {
    cases: {
      total: questions.length,
      inScope: questions.filter((q) => q.expect !== null).length,
      outOfScope: questions.filter((q) => q.expect === null).length,
      dev: questions.length - holdout,
      holdout,
    },
    ours: report.ours,
    baseline: report.baseline,
    misses: report.misses,
  };
}

export async function collectAds(options: EvalOptions) {
  const ads = parseAdsJsonl(await readFile(join(options.fixturesDir, 'ads.jsonl'), 'utf8'));
  const signals = await loadSignals(options.contentDir);
  const report = evaluateChecker(ads, signals);
  const count = (label: string): number => ads.filter((a) => a.label === label).length;
  const scam = count('scam');
  const legit = count('legit');
  const suspicious = count('suspicious');
  return {
    cases: { total: ads.length, scam, suspicious, legit, holdout: ads.filter((a) => a.split === 'holdout').length },
    ours: { train: report.train, holdout: report.holdout, all: report.all },
    baseline: report.baseline,
    massCheck: report.massCheck.map((m) => ({
      ...m,
      scamRate: share(m.scam, scam),
      suspiciousRate: share(m.suspicious, suspicious),
      legitRate: share(m.legit, legit),
    })),
  };
}

export async function collectRouting(options: EvalOptions) {
  const report = await evaluateRouter({
    distress: join(options.fixturesDir, 'distress.jsonl'),
    routing: join(options.fixturesDir, 'routing.jsonl'),
    contentDir: options.contentDir,
  });
  return report;
}

export async function collectEval(options: EvalOptions) {
  const [questions, ads, routing] = await Promise.all([collectQuestions(options), collectAds(options), collectRouting(options)]);
  return { questions, ads, routing };
}

export type EvalFigures = Awaited<ReturnType<typeof collectEval>>;
