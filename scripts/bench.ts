/**
 * `npm run bench` (`-- --json`, `-- --quick`, `-- --only webhook,checker`): measures the webhook
 * bot against a bare grammY echo bot, the ad checker, the knowledge base (real and a generated
 * 10,000-article corpus) and OCR, on this machine, in one run. Progress goes to stderr; with
 * --json stdout carries only the figures. See docs/benchmarks.md.
 */
import { writeFile } from 'node:fs/promises';
import { benchChecker } from './bench/checker-bench.js';
import { benchKnowledge } from './bench/knowledge-bench.js';
import { describeMachine } from './bench/machine.js';
import { benchOcr } from './bench/ocr-bench.js';
import { parseBenchOptions, UsageError, type BenchOptions } from './bench/options.js';
import { toJson, toTable, type BenchFigures } from './bench/report.js';
import { benchWebhook } from './bench/webhook-bench.js';

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchOptions(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(error instanceof UsageError ? error.message : `${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const log = (line: string): void => {
    process.stderr.write(`bench: ${line}\n`);
  };
  const figures: BenchFigures = { machine: describeMachine() };
  // The webhook first: it needs both cores for the bot, the baseline and the load generator.
  if (options.only.has('webhook')) figures.webhook = await benchWebhook({ quick: options.quick, log });
  if (options.only.has('checker')) figures.checker = await benchChecker({ quick: options.quick, contentDir: options.contentDir, log });
  if (options.only.has('knowledge')) figures.knowledge = await benchKnowledge({ quick: options.quick, contentDir: options.contentDir, log });
  if (options.only.has('ocr')) figures.ocr = await benchOcr({ quick: options.quick, log });
  if (figures.machine) figures.machine.loadAfter = describeMachine().loadBefore;
  if (options.save) await writeFile(options.save, `${JSON.stringify({ quick: options.quick, ...figures }, null, 2)}\n`);
  process.stdout.write(options.json ? `${JSON.stringify(toJson(figures))}\n` : `${toTable(figures, options.quick)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);
