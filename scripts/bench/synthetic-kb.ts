/**
 * Child process of the knowledge benchmark (run with --expose-gc, so memory is measured after
 * collection and in a process of its own): builds the knowledge base over a generated corpus,
 * then times the team's question fixtures against it. Prints one JSON line.
 *   node --expose-gc --import tsx scripts/bench/synthetic-kb.ts <count> <contentDir> <questions.jsonl>
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { knowledgeModules } from './built.js';
import { syntheticArticles } from './synthetic-corpus.js';
import { percentile, round } from './stats.js';

export interface SyntheticFigures {
  readonly articles: number;
  readonly lang: 'id';
  readonly generate_ms: number;
  readonly build_ms: number;
  /** Resident memory added by building the index (corpus already in memory), after GC. */
  readonly rss_mb: number;
  /** Resident memory of the whole process afterwards, corpus and index. */
  readonly rss_total_mb: number;
  readonly heap_mb: number;
  readonly queries: number;
  readonly query_p50_ms: number;
  readonly query_p99_ms: number;
}

const MB = 1024 * 1024;

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
}

async function main(): Promise<void> {
  const [countArg, contentDir, questionsFile] = process.argv.slice(2);
  const count = Number(countArg);
  if (!Number.isInteger(count) || count <= 0 || !contentDir || !questionsFile) throw new Error('usage: synthetic-kb.ts <count> <contentDir> <questions.jsonl>');
  const { parseQuestionsJsonl, createKnowledgeBase, inspectArticles } = await knowledgeModules();
  const { articles: real } = await inspectArticles(contentDir, { now: new Date(), strict: false });
  const questions = parseQuestionsJsonl(await readFile(questionsFile, 'utf8')).filter((q) => q.lang === 'id');

  const g0 = performance.now();
  const corpus = syntheticArticles(real, { count, lang: 'id' });
  const generateMs = performance.now() - g0;
  collect();
  const before = process.memoryUsage();

  const t0 = performance.now();
  // Every query word looked up afresh, as for words the bot has not met yet (the worst case).
  const kb = createKnowledgeBase(corpus, { rememberedExpansions: 0 });
  const buildMs = performance.now() - t0;
  collect();
  const after = process.memoryUsage();

  for (const q of questions.slice(0, 20)) kb.search(q.text, { lang: 'id' });
  const samples: number[] = [];
  for (let pass = 0; pass < 2; pass += 1) {
    for (const q of questions) {
      const s0 = performance.now();
      kb.search(q.text, { lang: 'id' });
      samples.push(performance.now() - s0);
    }
  }
  const figures: SyntheticFigures = {
    articles: corpus.length,
    lang: 'id',
    generate_ms: round(generateMs, 0),
    build_ms: round(buildMs, 0),
    rss_mb: round((after.rss - before.rss) / MB, 1),
    rss_total_mb: round(after.rss / MB, 1),
    heap_mb: round((after.heapUsed - before.heapUsed) / MB, 1),
    queries: samples.length,
    query_p50_ms: round(percentile(samples, 50), 2),
    query_p99_ms: round(percentile(samples, 99), 2),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`synthetic knowledge benchmark failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
