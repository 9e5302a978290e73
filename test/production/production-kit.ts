/**
 * Shared by the production/fault suite: a webhook replica around the real app, the Redis gate
 * (CI must have Redis; locally a missing Redis skips with a notice), and the log-hygiene check
 * every file runs over all the log lines it produced.
 */
import { expect } from 'vitest';
import type { FeatureApp } from '../helpers/feature-app.js';
import type { LogCapture } from '../helpers/log-capture.js';
import { REDIS_REQUIRED, REDIS_URL, redisReachable } from '../helpers/redis.js';
import { createWebhookFixture, type WebhookFixture } from '../helpers/webhook-fixture.js';

/** A token in Telegram's shape, distinct from other suites', so it can be searched for in logs. */
export const PRODUCTION_TOKEN = '987654321:AAprod-fault-suite-token_0123456789x';

export function replicaOf(bot: FeatureApp, ackAfterMs?: number): WebhookFixture {
  const app = bot.app;
  return createWebhookFixture({
    handleUpdate: (update) => app.bot.handleUpdate(update),
    logger: bot.log.logger,
    store: app.deps.store,
    metrics: app.deps.metrics,
    readiness: () => app.readiness(),
    ...(ackAfterMs !== undefined ? { ackAfterMs } : {}),
  });
}

/** True when the shared Redis answers; throws under CI=true when it does not. */
export async function sharedRedisAvailable(): Promise<boolean> {
  if (await redisReachable()) return true;
  if (REDIS_REQUIRED) throw new Error(`Redis at ${REDIS_URL} must be reachable when CI=true`);
  console.warn(`⚠ Redis at ${REDIS_URL} is not reachable: the Redis production tests are skipped`);
  return false;
}

/** No user words, no recruiter numbers and no bot token in anything logged. */
export function expectCleanLogs(log: LogCapture, forbidden: readonly string[]): void {
  const text = log.text();
  expect(text.length, 'the suite produced logs to inspect').toBeGreaterThan(0);
  for (const secret of [PRODUCTION_TOKEN, PRODUCTION_TOKEN.split(':')[1] ?? PRODUCTION_TOKEN, ...forbidden]) {
    expect(text.includes(secret), `logs must not contain ${JSON.stringify(secret.slice(0, 12))}…`).toBe(false);
  }
}
