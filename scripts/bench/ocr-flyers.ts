/**
 * Child process of the OCR benchmark: draws a few typical recruitment flyers from the OCR
 * fixtures (test/ocr/fixtures/flyers.jsonl) and measures reading them with `measureOcr` (the
 * first read starts the worker and is not counted). Prints one JSON line.
 *   node --import tsx scripts/bench/ocr-flyers.ts <count>
 */
import { built } from './built.js';
import { loadFlyerFixtures } from '../../test/ocr/flyer-corpus.js';
import { drawFlyer } from '../../test/ocr/flyer-images.js';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? '4');
  if (!Number.isInteger(count) || count < 1) throw new Error('usage: ocr-flyers.ts <count>');
  const { measureOcr } = await built<typeof import('../../src/ocr/index.js')>('ocr/index.js');
  // Typical flyers: the straight, un-noised dev fixtures (a tilted phone photo is a harder case).
  const fixtures = loadFlyerFixtures().filter((f) => f.split === 'dev' && !f.style.rotate && !f.style.noise);
  const flyers = await Promise.all(fixtures.slice(0, count).map((f) => drawFlyer(f.lines, f.style)));
  const measured = await measureOcr(flyers);
  process.stdout.write(`${JSON.stringify({ ...measured, bytes: flyers.map((f) => f.byteLength) })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`OCR benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
