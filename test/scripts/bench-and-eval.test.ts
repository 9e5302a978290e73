/**
 * Smoke tests of `npm run eval -- --json` and `npm run bench -- --json --quick`: the commands run
 * and print the documented JSON shapes. No timing is asserted (figures vary with the machine);
 * the benchmark figures themselves live in docs/benchmarks.md.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { toJson, type BenchFigures } from '../../scripts/bench/report.js';
import { percentile } from '../../scripts/bench/stats.js';

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '../..');

async function tsx(script: string, args: string[], timeout: number): Promise<unknown> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO,
    timeout,
    maxBuffer: 16 * 1024 * 1024,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: process.env['HOME'] ?? '/tmp' },
  });
  return JSON.parse(stdout) as unknown;
}

// Counts (cases, hits per signal, confusion cells) are whole numbers; everything else is a share.
const COUNT_KEYS = new Set(['total', 'inScope', 'outOfScope', 'dev', 'holdout', 'count', 'scam', 'suspicious', 'legit', 'weight', 'distressCases', 'routingCases', 'folds']);

function shares(value: unknown, path: string, out: Array<[string, number]>): Array<[string, number]> {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => shares(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'confusion' || (COUNT_KEYS.has(key) && typeof v === 'number')) continue;
      shares(v, `${path}.${key}`, out);
    }
  }
  return out;
}

function keysOf(value: unknown): string[] {
  return typeof value === 'object' && value !== null ? Object.keys(value).sort() : [];
}

describe('npm run eval -- --json', () => {
  it('gives questions, ads and routing figures, each a share between 0 and 1, next to their baselines', async () => {
    const figures = await tsx('scripts/eval.ts', ['--json'], 60_000);
    expect(keysOf(figures)).toEqual(['ads', 'questions', 'routing']);
    const f = figures as Record<string, Record<string, unknown>>;
    expect(keysOf(f['questions'])).toEqual(['baseline', 'cases', 'ours']);
    expect(keysOf(f['ads'])).toEqual(['baseline', 'cases', 'massCheck', 'ours']);
    // Beside the router's figures: the hand-written cues alone, and the examples cross-validated.
    expect(keysOf(f['routing'])).toEqual(['all', 'cuesOnly', 'dev', 'devCrossValidated', 'holdout']);
    const all = shares(figures, '$', []);
    expect(all.length).toBeGreaterThan(100);
    const outside = all.filter(([, v]) => !(Number.isFinite(v) && v >= 0 && v <= 1));
    expect(outside).toEqual([]);
    // The held-out split exists in every fixture set, so its figures are measured, not empty.
    const q = f['questions'] as { cases: { holdout: number } };
    expect(q.cases.holdout).toBeGreaterThan(0);
  }, 90_000);
});

describe('npm run bench -- --json --quick', () => {
  it('prints exactly the documented keys, every figure a number', async () => {
    const figures = await tsx('scripts/bench.ts', ['--json', '--quick', '--only', 'webhook,checker,knowledge'], 170_000);
    expect(keysOf(figures)).toEqual(['checker', 'knowledge', 'webhook']);
    const f = figures as Record<string, Record<string, unknown>>;
    expect(keysOf(f['webhook'])).toEqual(['baseline_rps', 'p50_ms', 'p99_ms', 'ratio', 'rps']);
    expect(keysOf(f['checker'])).toEqual(['mb_per_s', 'scaling']);
    expect(keysOf(f['knowledge'])).toEqual(['articles', 'build_ms', 'query_p50_ms', 'query_p99_ms', 'synthetic_10k']);
    expect(keysOf(f['knowledge']?.['synthetic_10k'])).toEqual(['build_ms', 'query_p99_ms', 'rss_mb']);
    const scaling = f['checker']?.['scaling'] as Array<Record<string, unknown>>;
    expect(scaling.length).toBeGreaterThanOrEqual(3);
    for (const point of scaling) expect(keysOf(point)).toEqual(['bytes', 'ms']);
    const numbers = shares(figures, '$', []);
    expect(numbers.filter(([, v]) => !(Number.isFinite(v) && v >= 0))).toEqual([]);
    // The bot really answered: some throughput, and the ratio is computed from the same run.
    const w = f['webhook'] as { rps: number; baseline_rps: number; ratio: number };
    expect(w.rps).toBeGreaterThan(0);
    expect(w.ratio).toBeCloseTo(w.rps / w.baseline_rps, 2);
  }, 180_000);

  it('adds an ocr key with time per flyer and memory when OCR was measured', () => {
    const figures: BenchFigures = {
      ocr: { ms_per_flyer: 480, rss_mb: 150, details: { ms_per_flyer: 480, rss_mb: 150, first_read_ms: 900, flyers: 5, bytes: [1] } },
    };
    expect(toJson(figures)).toEqual({ ocr: { ms_per_flyer: 480, rss_mb: 150 } });
  });

  it('reports the 99th percentile as the value below which 99 of 100 samples fall', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile([], 99)).toBe(0);
  });
});
