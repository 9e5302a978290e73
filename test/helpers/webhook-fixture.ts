/**
 * The webhook server as main.ts assembles it (createServer + createWebhookHandler + keyed queue),
 * around the real app or around a stand-in handleUpdate.
 */
import type { Update } from 'grammy/types';
import type { Hono } from 'hono';
import type { Logger } from 'pino';
import { createMetrics, type Metrics } from '../../src/observability/metrics.js';
import { createServer } from '../../src/server/create-server.js';
import { createKeyedQueue, type KeyedQueue } from '../../src/server/keyed-queue.js';
import { createWebhookHandler, type WebhookOptions } from '../../src/server/webhook.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { Store } from '../../src/store/store.js';

export const WEBHOOK_PATH = '/telegram';
export const WEBHOOK_SECRET = 'kawan-webhook-secret_0123456789';

export interface WebhookFixture {
  readonly server: Hono;
  readonly queue: KeyedQueue;
  readonly store: Store;
  readonly metrics: Metrics;
  post(body: string | Update, secret?: string | null): Promise<Response>;
}

export function createWebhookFixture(options: {
  handleUpdate: WebhookOptions['handleUpdate'];
  callLate?: WebhookOptions['callLate'];
  logger: Logger;
  store?: Store;
  metrics?: Metrics;
  ackAfterMs?: number;
  readiness?: () => Promise<{ ready: boolean; checks: Record<string, string> }>;
}): WebhookFixture {
  const store = options.store ?? createMemoryStore({ sweepMs: 0 });
  const metrics = options.metrics ?? createMetrics();
  const queue = createKeyedQueue();
  const server = createServer({
    metrics,
    readiness: options.readiness ?? (async () => ({ ready: true, checks: { store: 'memory' } })),
    webhook: {
      path: WEBHOOK_PATH,
      handler: createWebhookHandler({
        secret: WEBHOOK_SECRET,
        handleUpdate: options.handleUpdate,
        ...(options.callLate ? { callLate: options.callLate } : {}),
        store,
        queue,
        logger: options.logger,
        metrics,
        ...(options.ackAfterMs !== undefined ? { ackAfterMs: options.ackAfterMs } : {}),
      }),
    },
  });
  return {
    server,
    queue,
    store,
    metrics,
    post: async (body, secret = WEBHOOK_SECRET) =>
      server.request(WEBHOOK_PATH, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(secret !== null ? { 'x-telegram-bot-api-secret-token': secret } : {}),
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}
