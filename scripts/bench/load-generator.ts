/**
 * The load generator, run as its own process so its work is not counted against the bots' event
 * loops: `node --import tsx scripts/bench/load-generator.ts '<json plan>'`. Runs the plan's
 * steps in order, each posting webhook updates over keep-alive HTTP (undici Pool) to 127.0.0.1
 * only, bounded in time and count, and prints one JSON line with the figures of every step.
 *   closed: `concurrency` requests always in flight for `durationMs` (throughput).
 *   open:   a fixed `rate` of requests per second whatever the answers (latency at that load),
 *           over at most 40 connections as Telegram uses by default; latency runs from the
 *           moment each request is handed to the client, so waiting for a free connection counts.
 */
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { percentile, round } from './stats.js';
import { createUpdateMix, type UpdateMix } from './update-mix.js';

export interface LoadStep {
  readonly label: string;
  readonly url: string;
  readonly mode: 'closed' | 'open';
  readonly durationMs: number;
  readonly concurrency: number;
  /** Requests per second in open mode. */
  readonly rate: number;
  /** Quiet time after the step (work the bot finishes in the background lands here). */
  readonly pauseAfterMs: number;
}

export interface LoadPlan {
  readonly secret: string;
  readonly fixturesDir: string;
  /** First update_id; each request takes the next one. */
  readonly firstUpdateId: number;
  readonly steps: readonly LoadStep[];
}

export interface LoadResult {
  readonly label: string;
  readonly sent: number;
  readonly ok: number;
  /** Errors and non-200 answers. */
  readonly failed: number;
  /** Open mode: still unanswered when the drain timeout ran out (the bot fell behind). */
  readonly unfinished: number;
  readonly seconds: number;
  readonly rps: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
  readonly max_ms: number;
  /** Open mode: how late the generator itself sent requests (p99), to show it kept the pace. */
  readonly send_lag_p99_ms: number;
}

const MAX_REQUESTS_PER_STEP = 500_000;
const TELEGRAM_MAX_CONNECTIONS = 40;
const DRAIN_TIMEOUT_MS = 15_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function runStep(step: LoadStep, plan: LoadPlan, mix: UpdateMix, nextId: () => number): Promise<LoadResult> {
  const target = new URL(step.url);
  if (target.hostname !== '127.0.0.1') throw new Error('the load generator only talks to 127.0.0.1');
  const pool = new Pool(target.origin, {
    connections: step.mode === 'closed' ? step.concurrency : TELEGRAM_MAX_CONNECTIONS,
    pipelining: 1,
    keepAliveTimeout: 30_000,
  });
  const headers = { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': plan.secret };
  let sent = 0;
  let ok = 0;
  let failed = 0;
  const latencies: number[] = [];
  const lags: number[] = [];

  const post = async (): Promise<void> => {
    const body = mix.body(nextId());
    sent += 1;
    const started = performance.now();
    try {
      const res = await pool.request({ path: target.pathname, method: 'POST', headers, body });
      await res.body.dump();
      if (res.statusCode === 200) ok += 1;
      else failed += 1;
    } catch {
      failed += 1;
    }
    latencies.push(performance.now() - started);
  };

  const start = performance.now();
  const end = start + step.durationMs;
  if (step.mode === 'closed') {
    const worker = async (): Promise<void> => {
      while (performance.now() < end && sent < MAX_REQUESTS_PER_STEP) await post();
    };
    await Promise.all(Array.from({ length: step.concurrency }, worker));
  } else {
    const interval = 1000 / step.rate;
    const total = Math.min(MAX_REQUESTS_PER_STEP, Math.floor(step.durationMs / interval));
    const inFlight = new Map<Promise<void>, number>();
    for (let i = 0; i < total; i += 1) {
      const due = start + i * interval;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      lags.push(Math.max(0, performance.now() - due));
      const sentAt = performance.now();
      const p: Promise<void> = post().finally(() => inFlight.delete(p));
      inFlight.set(p, sentAt);
    }
    await Promise.race([Promise.all(inFlight.keys()), sleep(DRAIN_TIMEOUT_MS)]);
    // Unanswered requests count with the time waited so far, so p99 is not flattered.
    const now = performance.now();
    for (const sentAt of inFlight.values()) latencies.push(now - sentAt);
  }
  const seconds = (performance.now() - start) / 1000;
  const result: LoadResult = {
    label: step.label,
    sent,
    ok,
    failed,
    unfinished: sent - ok - failed,
    seconds: round(seconds, 3),
    rps: round(ok / seconds, 1),
    p50_ms: round(percentile(latencies, 50)),
    p99_ms: round(percentile(latencies, 99)),
    max_ms: round(percentile(latencies, 100)),
    send_lag_p99_ms: round(percentile(lags, 99)),
  };
  await pool.destroy();
  if (step.pauseAfterMs > 0) await sleep(step.pauseAfterMs);
  return result;
}

async function main(): Promise<void> {
  const raw = process.argv[2];
  if (raw === undefined) throw new Error('usage: load-generator.ts <json plan>');
  const plan = JSON.parse(raw) as LoadPlan;
  const mix = createUpdateMix(plan.fixturesDir);
  let updateId = plan.firstUpdateId;
  const nextId = (): number => updateId++;
  const results: LoadResult[] = [];
  for (const step of plan.steps) {
    process.stderr.write(`bench: ${step.label}\n`);
    results.push(await runStep(step, plan, mix, nextId));
  }
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`load generator failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
