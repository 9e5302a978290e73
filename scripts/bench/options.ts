/**
 * Command-line options of `npm run bench`. `--quick` shrinks every phase so the smoke test runs
 * in seconds; its figures are for checking the shape only and are never recorded.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  readonly json: boolean;
  readonly quick: boolean;
  /** Sections to run (default all). */
  readonly only: ReadonlySet<Section>;
  readonly contentDir: string;
  /** Also write every figure, with the details behind it, to this JSON file. */
  readonly save: string | undefined;
}

export const SECTIONS = ['webhook', 'checker', 'knowledge', 'ocr'] as const;
export type Section = (typeof SECTIONS)[number];

function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}

export function parseBenchOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      json: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      save: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    throw new UsageError(
      'usage: npm run bench -- [--json] [--quick] [--only webhook,checker,knowledge,ocr] [--save FILE]\n' +
        '  --json   print only the figures as JSON on stdout (progress goes to stderr)\n' +
        '  --quick  short phases for a smoke test; do not record these figures\n' +
        '  --save   also write all figures with their details (per phase, per target) to FILE\n',
    );
  }
  const requested = (values.only ?? SECTIONS.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = requested.filter((s) => !isSection(s));
  if (unknown.length > 0) throw new UsageError(`unknown section(s) for --only: ${unknown.join(', ')} (use ${SECTIONS.join(', ')})\n`);
  return {
    json: values.json,
    quick: values.quick,
    only: new Set(requested.filter(isSection)),
    contentDir: env['CONTENT_DIR'] ?? './content',
    save: values.save,
  };
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}
