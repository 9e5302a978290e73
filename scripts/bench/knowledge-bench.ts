/**
 * Knowledge benchmark: index build time and question latency on the real content (the team's
 * question fixtures, both languages), and on a generated 10,000-article Indonesian corpus in a
 * child process of its own (build time, resident memory after GC, query p99).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { knowledgeModules } from './built.js';
import { REPO, runJsonScript } from './child-process.js';
import type { SyntheticFigures } from './synthetic-kb.js';
import { median, percentile, round } from './stats.js';

export interface KnowledgeFigures {
  readonly articles: number;
  readonly build_ms: number;
  readonly query_p50_ms: number;
  readonly query_p99_ms: number;
  readonly synthetic_10k: { readonly build_ms: number; readonly rss_mb: number; readonly query_p99_ms: number };
  readonly details: {
    readonly queries: number;
    /** Latency once the words of the questions have been seen (what the running bot mostly meets). */
    readonly remembered: { readonly query_p50_ms: number; readonly query_p99_ms: number };
    readonly synthetic: SyntheticFigures;
  };
}

export const SYNTHETIC_ARTICLES = 10_000;
const QUICK_SYNTHETIC_ARTICLES = 200;

export async function benchKnowledge(options: { quick: boolean; contentDir: string; log: (line: string) => void }): Promise<KnowledgeFigures> {
  const { parseQuestionsJsonl, createKnowledgeBase, inspectArticles } = await knowledgeModules();
  const questionsFile = join(REPO, 'test', 'fixtures', 'questions.jsonl');
  const { articles } = await inspectArticles(options.contentDir, { now: new Date(), strict: false });
  const questions = parseQuestionsJsonl(await readFile(questionsFile, 'utf8'));

  options.log(`knowledge: build and ${questions.length} questions on ${articles.length} real articles`);
  createKnowledgeBase(articles);
  const builds: number[] = [];
  for (let i = 0; i < (options.quick ? 1 : 5); i += 1) {
    const t0 = performance.now();
    createKnowledgeBase(articles);
    builds.push(performance.now() - t0);
  }
  // The headline figures look every word up afresh (nothing remembered between questions): the
  // cost of a question full of words the bot has not met yet. The bot's default remembers word
  // expansions; that figure is in details.
  const latencies = (kb: ReturnType<typeof createKnowledgeBase>): number[] => {
    for (const q of questions) kb.search(q.text, { lang: q.lang });
    const samples: number[] = [];
    for (let pass = 0; pass < (options.quick ? 1 : 5); pass += 1) {
      for (const q of questions) {
        const t0 = performance.now();
        kb.search(q.text, { lang: q.lang });
        samples.push(performance.now() - t0);
      }
    }
    return samples;
  };
  const samples = latencies(createKnowledgeBase(articles, { rememberedExpansions: 0 }));
  const remembered = latencies(createKnowledgeBase(articles));

  const count = options.quick ? QUICK_SYNTHETIC_ARTICLES : SYNTHETIC_ARTICLES;
  options.log(`knowledge: synthetic corpus of ${count} Indonesian articles (child process)`);
  const synthetic = await runJsonScript<SyntheticFigures>(
    'scripts/bench/synthetic-kb.ts',
    [String(count), resolve(options.contentDir), questionsFile],
    { nodeFlags: ['--expose-gc', '--max-old-space-size=4096'], timeoutMs: 600_000 },
  );
  return {
    articles: articles.length,
    build_ms: round(median(builds), 1),
    query_p50_ms: round(percentile(samples, 50), 3),
    query_p99_ms: round(percentile(samples, 99), 3),
    synthetic_10k: { build_ms: synthetic.build_ms, rss_mb: synthetic.rss_mb, query_p99_ms: synthetic.query_p99_ms },
    details: {
      queries: samples.length,
      remembered: { query_p50_ms: round(percentile(remembered, 50), 3), query_p99_ms: round(percentile(remembered, 99), 3) },
      synthetic,
    },
  };
}
