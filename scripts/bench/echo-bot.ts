/**
 * The baseline for the webhook benchmark: a bare grammY echo bot behind exactly the server,
 * webhook handler, de-duplication store and per-chat queue that src/main.ts uses in webhook
 * mode, configured from the same environment variables. What it costs is the floor: grammY,
 * HTTP in, one Bot API call out. Run as a child process by scripts/bench/webhook-bench.ts.
 */
import { serve } from '@hono/node-server';
import { Bot } from 'grammy';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { createServer } from '../../src/server/create-server.js';
import { createKeyedQueue } from '../../src/server/keyed-queue.js';
import { createWebhookHandler } from '../../src/server/webhook.js';
import { createMemoryStore } from '../../src/store/memory-store.js';

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is required`);
  return value;
}

async function main(): Promise<void> {
  const logger = createLogger(process.env['LOG_LEVEL'] === 'silent' ? 'silent' : 'info');
  const bot = new Bot(required('BOT_TOKEN'), { client: { apiRoot: required('TELEGRAM_API_ROOT') } });
  bot.on('message', (ctx) => ctx.reply(ctx.message.text ?? 'ok'));
  await bot.init();
  const metrics = createMetrics();
  const store = createMemoryStore();
  const server = createServer({
    metrics,
    readiness: async () => ({ ready: true, checks: { store: 'memory' } }),
    webhook: {
      path: new URL(required('WEBHOOK_URL')).pathname,
      handler: createWebhookHandler({
        secret: required('WEBHOOK_SECRET'),
        handleUpdate: (update) => bot.handleUpdate(update),
        store,
        queue: createKeyedQueue(),
        logger,
        metrics,
      }),
    },
  });
  const http = serve({ fetch: server.fetch, port: Number(required('PORT')), hostname: '127.0.0.1' });
  if ('keepAliveTimeout' in http) http.keepAliveTimeout = 65_000; // as in src/main.ts
  process.once('SIGTERM', () => http.close(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`echo bot could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
