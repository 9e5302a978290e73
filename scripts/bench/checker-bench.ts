/**
 * Checker benchmark: throughput on the team's realistic ads (test/fixtures/ads.jsonl) and the
 * time for an input of 1 KB, 10 KB, 100 KB and 1 MB made by concatenating those ads, to show
 * the cost grows linearly with the input (median of several runs; small inputs are repeated
 * within a run so timer resolution does not dominate, and sizes below the whole corpus are
 * averaged over several starting ads so every size reads the same mix).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { built } from './built.js';
import { REPO } from './child-process.js';
import { median, round } from './stats.js';

export const SCALING_SIZES = [1_000, 10_000, 100_000, 1_000_000] as const;
// --quick stops at 100 KB: a 1 MB check takes seconds on a busy machine.
const QUICK_SIZES = [1_000, 10_000, 100_000] as const;

export interface CheckerFigures {
  readonly mb_per_s: number;
  readonly scaling: ReadonlyArray<{ bytes: number; ms: number }>;
  readonly details: { readonly ads: number; readonly adBytes: number; readonly seconds: number; readonly worstStepRatio: number };
}

/** The longest prefix of `text` that fits in `bytes` UTF-8 bytes, without splitting a character. */
export function fitToBytes(text: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch);
    if (used + size > bytes) break;
    used += size;
    end += ch.length;
  }
  return text.slice(0, end);
}

export function concatenatedAds(ads: readonly string[], bytes: number): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i += 1) {
    const ad = ads[i % ads.length] ?? '';
    parts.push(ad);
    total += Buffer.byteLength(ad) + 2;
  }
  return fitToBytes(parts.join('\n\n'), bytes);
}

// Inputs smaller than the whole corpus start at this many evenly spread ads, and their times are
// averaged: otherwise 1 KB would be the first three ads of the file and 10 KB the first thirty,
// and the "scaling" would compare which ads happen to come first (how many phone numbers and links
// they hold), not input sizes.
const SCALING_STARTS = 8;

/** Inputs of `bytes` bytes made of the ads from evenly spread starting points, so each size reads the same mix. */
export function scalingInputs(ads: readonly string[], bytes: number, corpusBytes: number): string[] {
  const count = bytes >= corpusBytes ? 1 : SCALING_STARTS;
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor((i * ads.length) / count);
    return concatenatedAds([...ads.slice(start), ...ads.slice(0, start)], bytes);
  });
}

export async function benchChecker(options: { quick: boolean; contentDir: string; log: (line: string) => void }): Promise<CheckerFigures> {
  const { checkAd, loadSignals, parseAdsJsonl } = await built<typeof import('../../src/checker/index.js')>('checker/index.js');
  const signals = await loadSignals(options.contentDir);
  const ads = parseAdsJsonl(await readFile(join(REPO, 'test', 'fixtures', 'ads.jsonl'), 'utf8')).map((a) => a.text);
  const adBytes = ads.reduce((n, ad) => n + Buffer.byteLength(ad), 0);
  for (let i = 0; i < 3; i += 1) for (const ad of ads) checkAd(ad, signals);

  options.log(`checker: throughput on ${ads.length} ads`);
  const budgetMs = options.quick ? 300 : 3_000;
  let bytes = 0;
  const start = performance.now();
  let rounds = 0;
  while (performance.now() - start < budgetMs && rounds < 100_000) {
    for (const ad of ads) checkAd(ad, signals);
    bytes += adBytes;
    rounds += 1;
  }
  const seconds = (performance.now() - start) / 1000;

  options.log('checker: scaling 1 KB → 1 MB');
  const runs = options.quick ? 1 : 5;
  const scaling = (options.quick ? QUICK_SIZES : SCALING_SIZES).map((size) => {
    const inputs = scalingInputs(ads, size, adBytes);
    const repeats = Math.max(1, Math.floor(200_000 / size));
    if (!options.quick) for (const input of inputs) checkAd(input, signals);
    const samples: number[] = [];
    for (let r = 0; r < runs; r += 1) {
      const t0 = performance.now();
      // The inputs take turns: the same small input checked again right away would find everything
      // it touches still in the CPU's caches and look faster than it is.
      for (let k = 0; k < repeats; k += 1) for (const input of inputs) checkAd(input, signals);
      samples.push((performance.now() - t0) / (repeats * inputs.length));
    }
    return { bytes: size, ms: round(median(samples), 3) };
  });
  const steps = scaling.slice(1).map((s, i) => s.ms / Math.max(1e-6, scaling[i]?.ms ?? 1e-6));
  return {
    mb_per_s: round(bytes / 1e6 / seconds, 2),
    scaling,
    details: { ads: ads.length, adBytes, seconds: round(seconds, 2), worstStepRatio: round(Math.max(...steps), 2) },
  };
}
