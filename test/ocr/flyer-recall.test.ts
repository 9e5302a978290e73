import { afterAll, describe, it, expect } from 'vitest';
import { createOcrReader } from '../../src/ocr/ocr-reader.js';
import { drawFlyer } from './flyer-images.js';
import { loadFlyerFixtures, wordRecall } from './flyer-corpus.js';

describe('how much of a varied set of flyers is read word for word', () => {
  const reader = createOcrReader();
  afterAll(() => reader.close());

  it('reads at least 90% of the words on dev flyers and 85% on held-out ones, and no flyer below 70%', async () => {
    const scores: Record<'dev' | 'holdout', number[]> = { dev: [], holdout: [] };
    const worst: string[] = [];
    for (const fixture of loadFlyerFixtures()) {
      const result = await reader.read(await drawFlyer(fixture.lines, fixture.style));
      const recall = wordRecall(fixture.lines.join('\n'), result.text);
      scores[fixture.split].push(recall);
      if (recall < 0.9) worst.push(`${fixture.id} ${recall.toFixed(2)}: ${JSON.stringify(result.text)}`);
    }
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    console.log(
      `OCR word recall: dev ${mean(scores.dev).toFixed(3)} (n=${scores.dev.length}), holdout ${mean(scores.holdout).toFixed(3)} (n=${scores.holdout.length})`,
      worst.length > 0 ? `\nbelow 0.9:\n${worst.join('\n')}` : '',
    );
    expect(mean(scores.dev)).toBeGreaterThanOrEqual(0.9);
    expect(mean(scores.holdout)).toBeGreaterThanOrEqual(0.85);
    expect(Math.min(...scores.dev, ...scores.holdout)).toBeGreaterThanOrEqual(0.7);
  }, 60_000);
});
