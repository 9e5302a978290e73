/**
 * OCR benchmark: time per typical flyer and resident memory, read in a child process of its own
 * so the memory figure is the reader's and not the benchmark's.
 */
import type { OcrMeasurement } from '../../src/ocr/index.js';
import { runJsonScript } from './child-process.js';

export interface OcrFigures {
  readonly ms_per_flyer: number;
  readonly rss_mb: number;
  readonly details: OcrMeasurement & { readonly bytes: readonly number[] };
}

export async function benchOcr(options: { quick: boolean; log: (line: string) => void }): Promise<OcrFigures> {
  const count = options.quick ? 1 : 5;
  options.log(`ocr: reading ${count} generated flyer(s) (child process)`);
  const details = await runJsonScript<OcrMeasurement & { bytes: number[] }>('scripts/bench/ocr-flyers.ts', [String(count)], { timeoutMs: 120_000 });
  return { ms_per_flyer: details.ms_per_flyer, rss_mb: details.rss_mb, details };
}
