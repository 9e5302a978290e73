/**
 * `npm run eval` (`-- --json`, `-- --misses`): the quality figures on the team's fixture sets,
 * each next to its baseline. Readable tables by default; with --json one object with keys
 * `questions`, `ads` and `routing` on stdout (warnings go to stderr). See docs/quality.md.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { collectEval, withoutMisses } from './eval/collect.js';
import { formatEval } from './eval/format.js';

const USAGE = 'usage: npm run eval -- [--json] [--misses] [--fixtures DIR]\n';

async function main(): Promise<number> {
  const parse = () =>
    parseArgs({
      args: process.argv.slice(2),
      options: {
        json: { type: 'boolean', default: false },
        misses: { type: 'boolean', default: false },
        fixtures: { type: 'string', default: 'test/fixtures' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  let values: ReturnType<typeof parse>;
  try {
    values = parse();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const figures = await collectEval({
    contentDir: resolve(process.env['CONTENT_DIR'] ?? './content'),
    fixturesDir: resolve(values.fixtures),
    warn: (line) => process.stderr.write(`eval: ${line}\n`),
  });
  if (values.json) process.stdout.write(`${JSON.stringify(values.misses ? figures : withoutMisses(figures), null, 2)}\n`);
  else process.stdout.write(`${formatEval(figures, { misses: values.misses })}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`eval failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);
