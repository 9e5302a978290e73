/**
 * How fast and how heavy image reading is on this machine, for `npm run bench`. Give it the
 * flyers to read (test/ocr/flyer-images.ts draws realistic ones); the first read also starts the
 * worker, so it is a warm-up and not counted.
 */
import { performance } from 'node:perf_hooks';
import { createOcrReader, type OcrReaderOptions } from './ocr-reader.js';

export interface OcrMeasurement {
  ms_per_flyer: number;
  /** Resident memory of the whole process (the OCR worker is a thread of it), after reading. */
  rss_mb: number;
  /** Worker start plus the first flyer. */
  first_read_ms: number;
  flyers: number;
}

export async function measureOcr(
  flyers: readonly Uint8Array[],
  options: OcrReaderOptions = {},
): Promise<OcrMeasurement> {
  const [first] = flyers;
  if (first === undefined) throw new Error('measureOcr needs at least one flyer');
  const reader = createOcrReader(options);
  try {
    const warmStart = performance.now();
    await reader.read(first);
    const firstReadMs = performance.now() - warmStart;
    const start = performance.now();
    for (const flyer of flyers) await reader.read(flyer);
    const msPerFlyer = (performance.now() - start) / flyers.length;
    return {
      ms_per_flyer: Math.round(msPerFlyer),
      rss_mb: Math.round(process.memoryUsage().rss / (1024 * 1024)),
      first_read_ms: Math.round(firstReadMs),
      flyers: flyers.length,
    };
  } finally {
    await reader.close();
  }
}
