/**
 * Webhook benchmark: the real bot (dist/main.js, the build `npm start` runs, in webhook mode:
 * memory store, every feature, info logs) and a bare grammY echo bot behind the same built
 * server, each in its own process, both
 * talking over real HTTP to the same stand-in Bot API on 127.0.0.1, both driven by one load
 * generator (a third process) with the same update mix, in the same run. Reports throughput at a
 * fixed concurrency and latency at a fixed open-loop rate, plus counters that show the bot did
 * real work (Bot API calls per update, nothing rate-limited).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadPlan, LoadResult, LoadStep } from './load-generator.js';
import { REPO, freePort, runJsonScript, startScript, waitForHealthy, type Child } from './child-process.js';
import { BENCH_BOT_INFO, startStandInApi, type StandInApi } from './stand-in-api.js';
import { round } from './stats.js';

export const CONCURRENCY = 32;
export const OPEN_RATE = 200;
const WEBHOOK_PATH = '/telegram';
const SECRET = 'kawan-bench-secret_0123456789';
// Ads are checked after the message joiner's quiet time (1.5 s in production); let them finish
// before the next step so one step's work does not land in another's figures.
const JOIN_DRAIN_MS = 2_500;

type TargetName = 'bot' | 'baseline';

export interface TargetFigures {
  readonly throughput: LoadResult;
  readonly latency: LoadResult;
  /** Bot API calls made per update answered, over the whole run. */
  readonly apiCallsPerUpdate: number;
  readonly rateLimited: number | null;
  /**
   * CPU time the target process spent per update answered (user + system, warm-up included,
   * start-up excluded). Unlike updates/s this hardly depends on what else the machine runs, so
   * it is the steadier way to compare the bot with the echo bot on a shared machine.
   */
  readonly cpuMsPerUpdate: number | null;
}

export interface WebhookFigures {
  readonly rps: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
  readonly baseline_rps: number;
  readonly ratio: number;
  readonly details: {
    readonly bot: TargetFigures;
    readonly baseline: TargetFigures;
    readonly concurrency: number;
    readonly openRate: number;
    readonly seconds: number;
  };
}

interface Target {
  readonly name: TargetName;
  readonly token: string;
  readonly child: Child;
  readonly origin: string;
}

async function startTarget(name: TargetName, api: StandInApi, log: (line: string) => void): Promise<Target> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // One token per bot, so the stand-in API can count each bot's calls.
  const token = `${BENCH_BOT_INFO.id}:AAbench-token-for-kawan-migran-${name === 'bot' ? 'bot01' : 'echo1'}`;
  const env = {
    BOT_MODE: 'webhook',
    BOT_TOKEN: token,
    TELEGRAM_API_ROOT: api.url,
    // The public URL Telegram would post to (https only); only its path matters here, the load
    // generator posts straight to 127.0.0.1.
    WEBHOOK_URL: `https://kawan-bench.invalid${WEBHOOK_PATH}`,
    WEBHOOK_SECRET: SECRET,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    CONTENT_DIR: join(REPO, 'content'),
    LOCALES_DIR: join(REPO, 'locales'),
  };
  // The bot as `npm start` runs it (built.ts says why); the echo bot's few lines run through tsx
  // and use the same built server.
  const script = name === 'bot' ? 'dist/main.js' : 'scripts/bench/echo-bot.ts';
  log(`starting ${name} (${script}) on ${origin}`);
  // BENCH_NODE_FLAGS_BOT or _BASELINE (say "--cpu-prof --cpu-prof-dir=/tmp/prof") profile a target under this load.
  const nodeFlags = (process.env[`BENCH_NODE_FLAGS_${name.toUpperCase()}`] ?? '').split(' ').filter(Boolean);
  return { name, token, child: startScript(script, [], env, { stdout: 'ignore', nodeFlags }), origin };
}

// Linux clock ticks per second for /proc/<pid>/stat (USER_HZ, 100 on every mainstream kernel).
const CLOCK_TICKS = 100;

/** User + system CPU seconds a process has used so far, from /proc (null elsewhere). */
function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

async function rateLimitedCount(target: Target): Promise<number | null> {
  try {
    const text = await (await fetch(`${target.origin}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith('kawan_rate_limited_total'));
    return line ? Number(line.split(' ')[1]) : null;
  } catch {
    return null;
  }
}

/** Throughput over several closed-loop runs: all answers over all the time taken. */
function combine(runs: readonly LoadResult[]): LoadResult {
  const ok = runs.reduce((n, r) => n + r.ok, 0);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  const worst = (f: (r: LoadResult) => number): number => Math.max(0, ...runs.map(f));
  return {
    label: runs.map((r) => r.label).join(' + '),
    sent: runs.reduce((n, r) => n + r.sent, 0),
    ok,
    failed: runs.reduce((n, r) => n + r.failed, 0),
    unfinished: runs.reduce((n, r) => n + r.unfinished, 0),
    seconds: round(seconds, 3),
    rps: seconds === 0 ? 0 : round(ok / seconds, 1),
    // Percentiles do not combine; the worse half is the honest summary.
    p50_ms: worst((r) => r.p50_ms),
    p99_ms: worst((r) => r.p99_ms),
    max_ms: worst((r) => r.max_ms),
    send_lag_p99_ms: worst((r) => r.send_lag_p99_ms),
  };
}

export async function benchWebhook(options: { quick: boolean; log: (line: string) => void }): Promise<WebhookFigures> {
  const seconds = options.quick ? 1 : 6;
  const warmupMs = options.quick ? 500 : 3_000;
  const drainMs = options.quick ? 300 : JOIN_DRAIN_MS;
  const api = await startStandInApi();
  const targets: Target[] = [];
  try {
    // Start both at once (start-up is not measured), then load one at a time.
    const baseline = await startTarget('baseline', api, options.log);
    targets.push(baseline);
    const bot = await startTarget('bot', api, options.log);
    targets.push(bot);
    await Promise.all(targets.map((t) => waitForHealthy(`${t.origin}/healthz`, t.child, 90_000)));
    const cpuAtStart = new Map(targets.map((t) => [t.name, cpuSeconds(t.child.child.pid)]));

    const step = (target: Target, kind: 'warm-up' | 'throughput' | 'latency', durationMs: number): LoadStep => ({
      label:
        kind === 'latency'
          ? `${target.name}: latency at ${OPEN_RATE} updates/s for ${durationMs / 1000} s`
          : `${target.name}: ${kind}, ${CONCURRENCY} in flight for ${durationMs / 1000} s`,
      url: `${target.origin}${WEBHOOK_PATH}`,
      mode: kind === 'latency' ? 'open' : 'closed',
      durationMs,
      concurrency: CONCURRENCY,
      rate: OPEN_RATE,
      pauseAfterMs: target.name === 'bot' ? drainMs : 200,
    });
    const half = (seconds * 1000) / 2;
    const plan: LoadPlan = {
      secret: SECRET,
      fixturesDir: join(REPO, 'test', 'fixtures'),
      firstUpdateId: 1_000_000,
      steps: [
        // Warm up both (and the stand-in API they share) before measuring either: the JIT needs
        // a few thousand requests, and whoever went first would otherwise pay for the stand-in's.
        step(baseline, 'warm-up', warmupMs),
        step(bot, 'warm-up', warmupMs),
        // Throughput in A-B-B-A halves, so a change in the machine's load during the run (other
        // processes) falls on both alike.
        step(baseline, 'throughput', half),
        step(bot, 'throughput', half),
        step(bot, 'throughput', half),
        step(baseline, 'throughput', half),
        step(baseline, 'latency', seconds * 1000),
        step(bot, 'latency', seconds * 1000),
      ],
    };
    const results = await runJsonScript<LoadResult[]>('scripts/bench/load-generator.ts', [JSON.stringify(plan)], {
      timeoutMs: 4 * seconds * 1000 + 2 * warmupMs + 10 * drainMs + 120_000,
      onStderr: (text) => process.stderr.write(text),
    });
    const cpuAtEnd = new Map(targets.map((t) => [t.name, cpuSeconds(t.child.child.pid)]));
    const figuresOf = async (target: Target): Promise<TargetFigures> => {
      const mine = results.filter((r) => r.label.startsWith(`${target.name}:`));
      const throughput = combine(mine.filter((r) => r.label.includes('throughput')));
      const latency = mine.find((r) => r.label.includes('latency'));
      if (!latency) throw new Error('latency step missing');
      const answered = mine.reduce((n, r) => n + r.ok, 0);
      const calls = Object.entries(api.counts(target.token))
        .filter(([method]) => method !== 'getMe')
        .reduce((n, [, c]) => n + c, 0);
      const cpuBefore = cpuAtStart.get(target.name);
      const cpuAfter = cpuAtEnd.get(target.name);
      return {
        throughput,
        latency,
        apiCallsPerUpdate: answered === 0 ? 0 : round(calls / answered, 2),
        rateLimited: target.name === 'bot' ? await rateLimitedCount(target) : null,
        cpuMsPerUpdate:
          cpuBefore == null || cpuAfter == null || answered === 0 ? null : round(((cpuAfter - cpuBefore) * 1000) / answered, 2),
      };
    };
    const botFigures = await figuresOf(bot);
    const baselineFigures = await figuresOf(baseline);
    return {
      rps: botFigures.throughput.rps,
      p50_ms: botFigures.latency.p50_ms,
      p99_ms: botFigures.latency.p99_ms,
      baseline_rps: baselineFigures.throughput.rps,
      ratio: baselineFigures.throughput.rps === 0 ? 0 : round(botFigures.throughput.rps / baselineFigures.throughput.rps, 3),
      details: { bot: botFigures, baseline: baselineFigures, concurrency: CONCURRENCY, openRate: OPEN_RATE, seconds },
    };
  } finally {
    await Promise.all(targets.map((t) => t.child.stop()));
    await api.close();
  }
}
