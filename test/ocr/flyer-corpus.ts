/** The flyer fixtures (test/ocr/fixtures/flyers.jsonl) and the word-recall measure used on them. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { flyerStyleSchema } from './flyer-images.js';

export const flyerFixtureSchema = z.object({
  id: z.string(),
  split: z.enum(['dev', 'holdout']),
  kind: z.enum(['scam', 'legit']),
  lines: z.array(z.string()).min(1),
  style: flyerStyleSchema.partial(),
});

export type FlyerFixture = z.infer<typeof flyerFixtureSchema>;

export function loadFlyerFixtures(): FlyerFixture[] {
  const file = new URL('./fixtures/flyers.jsonl', import.meta.url);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => flyerFixtureSchema.parse(JSON.parse(line)));
}

function tokens(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length >= 2);
}

/** Share of the flyer's words (2+ letters or digits) that appear among the words read. */
export function wordRecall(expected: string, read: string): number {
  const want = tokens(expected);
  const got = new Set(tokens(read));
  if (want.length === 0) return 1;
  return want.filter((t) => got.has(t)).length / want.length;
}
