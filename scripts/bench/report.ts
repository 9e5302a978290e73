/**
 * Turns the measured figures into the two outputs of `npm run bench`: the JSON shape other tools
 * read (exact keys, nothing else) and a readable table with each figure next to its target.
 */
import type { CheckerFigures } from './checker-bench.js';
import type { KnowledgeFigures } from './knowledge-bench.js';
import type { OcrFigures } from './ocr-bench.js';
import { formatMachine, type MachineInfo } from './machine.js';
import { table } from './table.js';
import type { WebhookFigures } from './webhook-bench.js';

export interface BenchFigures {
  machine?: MachineInfo;
  webhook?: WebhookFigures;
  checker?: CheckerFigures;
  knowledge?: KnowledgeFigures;
  ocr?: OcrFigures;
}

export const TARGETS = {
  webhookRatio: 0.5,
  webhookP99Ms: 20,
  checkerMbPerS: 5,
  /** Time for 10× the input at most this many times longer. */
  checkerStepRatio: 12,
  synthetic10kBuildMs: 3_000,
  synthetic10kRssMb: 300,
  ocrMsPerFlyer: 1_000,
} as const;

/** The documented JSON shape: exactly these keys (sections not run are left out). */
export function toJson(f: BenchFigures): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (f.webhook) {
    const { rps, p50_ms, p99_ms, baseline_rps, ratio } = f.webhook;
    out['webhook'] = { rps, p50_ms, p99_ms, baseline_rps, ratio };
  }
  if (f.checker) out['checker'] = { mb_per_s: f.checker.mb_per_s, scaling: f.checker.scaling.map(({ bytes, ms }) => ({ bytes, ms })) };
  if (f.knowledge) {
    const k = f.knowledge;
    out['knowledge'] = {
      articles: k.articles,
      build_ms: k.build_ms,
      query_p50_ms: k.query_p50_ms,
      query_p99_ms: k.query_p99_ms,
      synthetic_10k: { build_ms: k.synthetic_10k.build_ms, rss_mb: k.synthetic_10k.rss_mb, query_p99_ms: k.synthetic_10k.query_p99_ms },
    };
  }
  if (f.ocr) out['ocr'] = { ms_per_flyer: f.ocr.ms_per_flyer, rss_mb: f.ocr.rss_mb };
  return out;
}

const verdict = (met: boolean): string => (met ? 'met' : 'MISSED');

export function toTable(f: BenchFigures, quick: boolean): string {
  const parts: string[] = [];
  if (quick) parts.push('(--quick: short phases and a small synthetic corpus; do not record these figures)\n');
  if (f.machine) parts.push(`${formatMachine(f.machine)}\n`);
  if (f.webhook) {
    const w = f.webhook;
    const { bot, baseline } = w.details;
    parts.push(
      `Webhook (${w.details.concurrency} in flight for ${w.details.seconds} s; latency at ${w.details.openRate} updates/s open loop)`,
      table([
        ['', 'updates/s', 'p50 ms', 'p99 ms', 'max ms', 'failed/unanswered', 'API calls/update', 'CPU ms/update'],
        ['Kawan Migran', String(bot.throughput.rps), String(bot.latency.p50_ms), String(bot.latency.p99_ms), String(bot.latency.max_ms), String(bot.throughput.failed + bot.latency.failed + bot.latency.unfinished), String(bot.apiCallsPerUpdate), String(bot.cpuMsPerUpdate ?? '?')],
        ['grammY echo bot', String(baseline.throughput.rps), String(baseline.latency.p50_ms), String(baseline.latency.p99_ms), String(baseline.latency.max_ms), String(baseline.throughput.failed + baseline.latency.failed + baseline.latency.unfinished), String(baseline.apiCallsPerUpdate), String(baseline.cpuMsPerUpdate ?? '?')],
      ]),
      `ratio ${w.ratio} (target ≥ ${TARGETS.webhookRatio}: ${verdict(w.ratio >= TARGETS.webhookRatio)}); ` +
        `p99 ${w.p99_ms} ms (target < ${TARGETS.webhookP99Ms} ms: ${verdict(w.p99_ms < TARGETS.webhookP99Ms)}); ` +
        `rate-limited updates: ${bot.rateLimited ?? 'unknown'}; generator send lag p99 ${bot.latency.send_lag_p99_ms} ms` +
        (bot.cpuMsPerUpdate && baseline.cpuMsPerUpdate ? `; CPU-time ratio echo/bot ${(baseline.cpuMsPerUpdate / bot.cpuMsPerUpdate).toFixed(2)}` : '') +
        '\n',
    );
  }
  if (f.checker) {
    const c = f.checker;
    parts.push(
      `Checker (${c.details.ads} fixture ads, ${c.details.adBytes} bytes, looped for ${c.details.seconds} s)`,
      table([['input', 'ms (median)'], ...c.scaling.map((s) => [`${s.bytes.toLocaleString('en')} bytes`, String(s.ms)])]),
      `throughput ${c.mb_per_s} MB/s (target ≥ ${TARGETS.checkerMbPerS}: ${verdict(c.mb_per_s >= TARGETS.checkerMbPerS)}); ` +
        `worst 10× step ${c.details.worstStepRatio}× time (target ≤ ${TARGETS.checkerStepRatio}×: ${verdict(c.details.worstStepRatio <= TARGETS.checkerStepRatio)})\n`,
    );
  }
  if (f.knowledge) {
    const k = f.knowledge;
    const s = k.details.synthetic;
    parts.push(
      'Knowledge base',
      table([
        ['corpus', 'articles', 'build ms', 'RSS MB (index)', 'query p50 ms', 'query p99 ms'],
        ['real content (id + en)', String(k.articles), String(k.build_ms), '', String(k.query_p50_ms), String(k.query_p99_ms)],
        ['  words seen before', '', '', '', String(k.details.remembered.query_p50_ms), String(k.details.remembered.query_p99_ms)],
        [`synthetic (${s.lang})`, String(s.articles), String(s.build_ms), `${s.rss_mb} (process ${s.rss_total_mb})`, String(s.query_p50_ms), String(s.query_p99_ms)],
      ]),
      `synthetic build ${s.build_ms} ms (target < ${TARGETS.synthetic10kBuildMs}: ${verdict(s.build_ms < TARGETS.synthetic10kBuildMs)}); ` +
        `RSS ${s.rss_mb} MB (target < ${TARGETS.synthetic10kRssMb}: ${verdict(s.rss_mb < TARGETS.synthetic10kRssMb)})\n`,
    );
  }
  if (f.ocr) {
    const o = f.ocr;
    parts.push(
      `OCR (${o.details.flyers} generated flyers; worker start + first read ${o.details.first_read_ms} ms, not counted)`,
      `${o.ms_per_flyer} ms per flyer (target ≤ ${TARGETS.ocrMsPerFlyer}: ${verdict(o.ms_per_flyer <= TARGETS.ocrMsPerFlyer)}); RSS ${o.rss_mb} MB\n`,
    );
  }
  return parts.join('\n');
}
