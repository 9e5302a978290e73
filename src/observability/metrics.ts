/**
 * Prometheus metrics (prom-client). One registry per process, created explicitly so tests and
 * several bots in one process never share counters. Labels are bounded enums, never user data.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  readonly registry: Registry;
  readonly updates: Counter<'type'>;
  readonly handlerSeconds: Histogram<'type' | 'outcome'>;
  readonly apiCalls: Counter<'method' | 'result'>;
  readonly verdicts: Counter<'verdict'>;
  readonly answers: Counter<'confidence'>;
  readonly emergencies: Counter;
  readonly dedupHits: Counter;
  readonly rateLimited: Counter;
  readonly redisUp: Gauge;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: 'kawan_' });
  const registers = [registry];
  return {
    registry,
    updates: new Counter({ name: 'kawan_updates_total', help: 'Updates received, by type', labelNames: ['type'], registers }),
    handlerSeconds: new Histogram({
      name: 'kawan_handler_seconds',
      help: 'Time to handle one update',
      labelNames: ['type', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    apiCalls: new Counter({
      name: 'kawan_bot_api_calls_total',
      help: 'Calls to the Telegram Bot API, by method and result',
      labelNames: ['method', 'result'],
      registers,
    }),
    verdicts: new Counter({ name: 'kawan_ad_verdicts_total', help: 'Job-ad verdicts, by kind', labelNames: ['verdict'], registers }),
    answers: new Counter({
      name: 'kawan_answers_total',
      help: 'Questions answered, by confidence (confident, unsure, out-of-scope)',
      labelNames: ['confidence'],
      registers,
    }),
    emergencies: new Counter({ name: 'kawan_emergency_replies_total', help: 'Emergency replies sent', registers }),
    dedupHits: new Counter({ name: 'kawan_dedup_hits_total', help: 'Re-delivered updates skipped', registers }),
    rateLimited: new Counter({ name: 'kawan_rate_limited_total', help: 'Updates refused by the per-user rate limit', registers }),
    redisUp: new Gauge({ name: 'kawan_redis_up', help: '1 when Redis answers, 0 when the memory fallback is in use', registers }),
  };
}
